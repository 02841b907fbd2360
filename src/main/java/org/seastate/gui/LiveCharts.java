package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.seastate.model.DayReport;
import org.seastate.model.RunListener;

/**
 * Three live JFreeChart charts, as tabs of one window, fed by the daily reports of the run:
 * tension per dyad (a dyad with China in the rival's colour), cumulative incidents by escalation level, and vessels on station by nation
 * (on a log axis: China's hundreds would flatten everyone else's handful). The x axis is the
 * date. Knob changes and scenario events are vertical lines with a label; a branch
 * ({@link Branch}) adds its own series, dashed, and a marked branch point.
 *
 * <p>Reports arrive on the simulation thread; they are queued and drawn by a Swing timer a
 * few times a second, so fast runs do not redraw the charts every simulated day. Series keep
 * one colour for a name across runs and are listed in sorted order.
 */
public final class LiveCharts implements RunListener {
  /** Charts: tension, incidents, on station. */
  public static final int TENSION = 0;
  public static final int INCIDENTS = 1;
  public static final int ON_STATION = 2;
  private static final String[] TITLES = {"Tension by dyad", "Incidents by level (cumulative)",
      "Vessels on station by nation"};
  private static final String[] Y = {"tension index", "incidents", "vessels (log scale)"};
  /** Paul Tol's bright + muted qualitative colours, for dyads (stable by name). */
  private static final Color[] DYAD = {new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833),
      new Color(0xCCBB44), new Color(0x66CCEE), new Color(0xAA3377), new Color(0x332288),
      new Color(0x999933), new Color(0x882255), new Color(0x44AA99), new Color(0x117733), new Color(0xBBBBBB)};
  private static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
      10f, new float[] {6f, 4f}, 0f);

  private final LocalDate start;
  private final List<XYSeriesCollection> data = List.of(new XYSeriesCollection(), new XYSeriesCollection(),
      new XYSeriesCollection());
  private final List<JFreeChart> charts = new ArrayList<>();
  private final JFrame frame = new JFrame("Charts");
  private final JTabbedPane tabs = new JTabbedPane();
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final Timer timer;

  /** Builds the chart window (not yet visible) for a run starting on {@code start}. Needs a display. */
  public LiveCharts(LocalDate start) {
    this.start = start;
    for (int i = 0; i < 3; i++) {
      JFreeChart c = chart(i);
      charts.add(c);
      ChartPanel p = new ChartPanel(c);
      p.setPreferredSize(new Dimension(520, 320));
      tabs.addTab(TITLES[i].replace(" (cumulative)", ""), p);
    }
    frame.getContentPane().add(tabs);
    frame.pack();
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    timer = new Timer((int) Throttle.INTERVAL_MS, e -> flush());
    timer.start();
  }

  private JFreeChart chart(int i) {
    DateAxis x = new DateAxis("date");
    x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    NumberAxis y;
    if (i == ON_STATION) {
      LogarithmicAxis log = new LogarithmicAxis(Y[i]);
      log.setAllowNegativesFlag(true); // maps 0 smoothly instead of refusing it
      y = log;
    } else {
      y = new NumberAxis(Y[i]);
    }
    XYPlot plot = new XYPlot(data.get(i), x, y, new XYLineAndShapeRenderer(true, false));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    return new JFreeChart(TITLES[i], JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** The chart window, for the controller to register. */
  public JFrame frame() {
    return frame;
  }

  /** The chart windows (one, with a tab per chart). */
  public List<JFrame> frames() {
    return List.of(frame);
  }

  /** The charts: tension, incidents, on station. */
  public List<JFreeChart> charts() {
    return charts;
  }

  /** Shows chart {@code i}'s tab. */
  public void show(int i) {
    tabs.setSelectedIndex(i);
  }

  /** The x value of a day of the run (midnight UTC of its date, in milliseconds). */
  public double x(double day) {
    return start.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + day * 86_400_000d;
  }

  /** Items in all series of chart {@code i} (read on the Swing thread, after {@link #flush()}). */
  public int itemCount(int i) {
    XYSeriesCollection c = data.get(i);
    int n = 0;
    for (int s = 0; s < c.getSeriesCount(); s++) {
      n += c.getSeries(s).getItemCount();
    }
    return n;
  }

  /** Labels of the vertical markers of chart {@code i} (Swing thread, after {@link #flush()}). */
  public List<String> markerLabels(int i) {
    List<String> out = new ArrayList<>();
    java.util.Collection<?> ms = charts.get(i).getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    if (ms != null) {
      for (Object m : ms) {
        out.add(((ValueMarker) m).getLabel());
      }
    }
    return out;
  }

  /** Names of the series of chart {@code i} (Swing thread, after {@link #flush()}). */
  public List<String> seriesNames(int i) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < data.get(i).getSeriesCount(); s++) {
      out.add(data.get(i).getSeries(s).getKey().toString());
    }
    return out;
  }

  /** Empties every chart (a new run). */
  public void clear() {
    queue.add(() -> {
      for (int i = 0; i < 3; i++) {
        data.get(i).removeAllSeries();
        charts.get(i).getXYPlot().clearDomainMarkers();
      }
    });
  }

  /** Draws what has been queued (the timer calls this a few times a second). */
  public void flush() {
    if (queue.isEmpty()) {
      return;
    }
    charts.forEach(c -> c.setNotify(false));
    try {
      for (Runnable r; (r = queue.poll()) != null; ) {
        r.run();
      }
    } finally {
      charts.forEach(c -> c.setNotify(true));
    }
  }

  /** Stops the redraw timer and closes the window. */
  public void dispose() {
    timer.stop();
    frame.dispose();
  }

  /**
   * A vertical line with a label on every chart at an hour of the run (a knob change, a
   * scenario event, a branch point). {@code strong} lines (branch points) are drawn thicker.
   */
  public void mark(double hour, String label, boolean strong) {
    double at = x(Math.max(0, hour) / 24.0);
    queue.add(() -> {
      for (JFreeChart c : charts) {
        ValueMarker m = new ValueMarker(at, strong ? new Color(0x000000) : new Color(0x777777),
            new BasicStroke(strong ? 2.2f : 1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                strong ? null : new float[] {3f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, strong ? Font.BOLD : Font.PLAIN, 10));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        c.getXYPlot().addDomainMarker(m);
      }
    });
  }

  @Override
  public void day(DayReport report) {
    add(report, "");
  }

  /** A listener that draws another run's reports as dashed series named "... (suffix)". */
  public RunListener branchListener(String suffix) {
    return new RunListener() {
      @Override
      public void day(DayReport report) {
        add(report, " (" + suffix + ")");
      }
    };
  }

  /** Gathers a report on the simulation thread and queues a copy for the charts. */
  private void add(DayReport report, String suffix) {
    List<Map<String, Double>> rows = List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    report.series().forEach((k, v) -> {
      if (k.startsWith("tension.")) {
        rows.get(TENSION).put(k.substring("tension.".length()), v);
      } else if (k.startsWith("incidents_cumulative.level_")) {
        rows.get(INCIDENTS).put("level " + k.substring("incidents_cumulative.level_".length()), v);
      } else if (k.startsWith("on_station.")) {
        rows.get(ON_STATION).merge(k.split("\\.")[1], v, Double::sum);
      }
    });
    double at = x(report.day());
    queue.add(() -> {
      for (int i = 0; i < 3; i++) {
        final int chart = i;
        rows.get(i).forEach((name, v) -> put(chart, name, suffix, at, v));
      }
    });
  }

  private void put(int chart, String name, String suffix, double at, double v) {
    XYSeriesCollection c = data.get(chart);
    String key = name + suffix;
    int idx = c.getSeriesIndex(key);
    if (idx < 0) {
      if (v == 0 && suffix.isEmpty()) {
        return; // appear once there is something to show
      }
      addSorted(chart, new XYSeries(key, true, false));
      idx = c.getSeriesIndex(key);
    }
    c.getSeries(idx).addOrUpdate(at, v);
  }

  /** Adds a series keeping the legend sorted, and colours every series by its name. */
  private void addSorted(int chart, XYSeries s) {
    XYSeriesCollection c = data.get(chart);
    List<XYSeries> all = new ArrayList<>();
    for (int i = 0; i < c.getSeriesCount(); i++) {
      all.add(c.getSeries(i));
    }
    all.add(s);
    all.sort(java.util.Comparator.comparing(x -> x.getKey().toString()));
    c.removeAllSeries();
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) charts.get(chart).getXYPlot().getRenderer();
    for (int i = 0; i < all.size(); i++) {
      c.addSeries(all.get(i));
      String key = all.get(i).getKey().toString();
      String base = key.replaceAll(" \\(.*\\)$", "");
      r.setSeriesPaint(i, colour(chart, base));
      r.setSeriesStroke(i, key.equals(base) ? new BasicStroke(1.8f) : DASHED);
    }
  }

  /** Nations in their colours, levels in theirs, dyads from a fixed palette by name (stable across runs). */
  static Color colour(int chart, String name) {
    if (chart == ON_STATION) {
      return NationColors.of(name);
    }
    if (chart == INCIDENTS) {
      return Glyphs.levelColor(Integer.parseInt(name.substring("level ".length())));
    }
    // a dyad with China takes the rival's colour; others a fixed colour by name
    String[] two = name.split("-");
    if (two.length == 2 && (two[0].equals("CN") || two[1].equals("CN"))) {
      String other = two[0].equals("CN") ? two[1] : two[0];
      if (NationColors.has(other)) {
        return NationColors.of(other);
      }
    }
    return DYAD[Math.floorMod(name.hashCode(), DYAD.length)];
  }

  /** Runs {@code r} on the Swing thread and then draws what is queued (for tests and pauses). */
  public void flushLater() {
    SwingUtilities.invokeLater(this::flush);
  }
}
