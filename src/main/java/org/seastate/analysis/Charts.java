package org.seastate.analysis;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.seastate.gui.NationColors;
import org.seastate.io.AtomicFiles;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;
import org.seastate.scenario.ChartSpec;
import org.seastate.scenario.EscalationSettings;

/**
 * Draws the charts of a results folder with JFreeChart, each as PNG and SVG in
 * {@code RESULTS/charts/}. The sweep's {@code charts:} section says which; without one,
 * {@link #defaults} chooses. A chart that cannot be drawn from the data (a Sobol chart of a
 * factorial sweep, a metric the folder lacks) is skipped with a reason; thin data (one
 * replicate, one point) draws without intervals and says so on the chart.
 */
public final class Charts {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 750;
  /** Most groups (lines, boxes, bars) one chart shows. */
  static final int MAX_GROUPS = 10;

  private Charts() {}

  /** A chart drawn (png and svg set) or skipped (reason set). */
  public record Drawn(ChartSpec spec, String name, String title, Path png, Path svg, String note, String skipped) {
    public boolean ok() {
      return skipped == null;
    }
  }

  /** A built chart with the note it carries, if any. */
  record Built(JFreeChart chart, String note) {}

  /** Draws the configured (or default) charts of a results folder into RESULTS/charts. */
  public static List<Drawn> drawAll(Path results) throws IOException {
    return drawAll(ResultsData.load(results), Optional.empty(), WIDTH, HEIGHT);
  }

  public static List<Drawn> drawAll(ResultsData data, Optional<Path> observations, int width, int height)
      throws IOException {
    List<ChartSpec> specs = data.chartSpecs();
    if (specs.isEmpty()) {
      specs = defaults(data);
    }
    Path dir = data.dir().resolve("charts");
    Files.createDirectories(dir);
    List<Drawn> out = new ArrayList<>();
    int n = 1;
    for (ChartSpec s : specs) {
      String name = String.format(Locale.ROOT, "%02d-%s", n++, fileName(s));
      try {
        out.add(draw(data, s, observations, dir, name, width, height));
      } catch (ResultsInputException e) {
        out.add(new Drawn(s, name, name, null, null, null, e.getMessage()));
      }
    }
    return out;
  }

  static String fileName(ChartSpec s) {
    StringBuilder b = new StringBuilder(s.type().replace('_', '-'));
    s.metric().ifPresent(m -> b.append('-').append(m));
    s.by().ifPresent(f -> b.append("-by-").append(ResultsData.shortName(f)));
    return b.toString().replaceAll("[^A-Za-z0-9_-]+", "-").toLowerCase(Locale.ROOT);
  }

  /** The charts drawn when a sweep names none. */
  public static List<ChartSpec> defaults(ResultsData data) {
    List<ChartSpec> out = new ArrayList<>();
    Optional<String> by = data.factors().stream().filter(f -> !data.continuous(f)).findFirst();
    if (Sensitivity.applies(data)) {
      for (String m : List.of("incidents_total", "max_level", "resupply_success_rate")) {
        if (data.metrics().contains(m)) {
          out.add(new ChartSpec("sobol", Optional.of(m), Optional.empty()));
        }
      }
    }
    out.add(new ChartSpec("timeseries", Optional.of("tension"), by));
    out.add(new ChartSpec("incidents_by_level", Optional.empty(), by));
    if (by.isPresent()) {
      out.add(new ChartSpec("distribution", Optional.of("incidents_total"), by));
      out.add(new ChartSpec("distribution", Optional.of("resupply_success_rate"), by));
      List<String> discrete = data.factors().stream().filter(f -> !data.continuous(f)).toList();
      if (discrete.size() >= 2) {
        out.add(new ChartSpec("heatmap", Optional.of("max_level"), Optional.of(discrete.get(1))));
      }
    }
    out.add(new ChartSpec("presence_vs_observed", Optional.of("presence_calendar_days"), by));
    return out;
  }

  /** Builds one chart and writes NAME.png and NAME.svg into {@code dir}. */
  public static Drawn draw(ResultsData data, ChartSpec spec, Optional<Path> observations, Path dir, String name,
      int width, int height) throws IOException {
    Built b = build(data, spec, observations);
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    writePng(b.chart(), png, width, height);
    writeSvg(b.chart(), svg, width, height);
    String title = b.chart().getTitle() == null ? name : b.chart().getTitle().getText();
    return new Drawn(spec, name, title, png, svg, b.note(), null);
  }

  public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
    BufferedImage img = chart.createBufferedImage(width, height);
    AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
  }

  public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart.draw(g, new Rectangle(0, 0, width, height));
    AtomicFiles.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n");
  }

  /** Builds the chart a spec asks for. */
  static Built build(ResultsData data, ChartSpec spec, Optional<Path> observations) {
    if (data.size() == 0) {
      throw new ResultsInputException("no successful runs in " + data.dir());
    }
    spec.by().ifPresent(data::requireFactor);
    return switch (spec.type()) {
      case "timeseries" -> timeseries(data, spec.metric().orElse("tension"), spec.by());
      case "distribution" -> distribution(data, data.requireMetric(spec.metric().orElse("incidents_total")), spec.by());
      case "incidents_by_level" -> incidentsByLevel(data, spec.by());
      case "heatmap" -> heatmap(data, data.requireMetric(spec.metric().orElse("max_level")), spec.by());
      case "presence_vs_observed" -> presence(data, spec.metric().orElse("presence_calendar_days"), spec.by(),
          Observations.load(data.dir(), observations));
      case "sobol" -> sobol(data, data.requireMetric(spec.metric().orElse("incidents_total")));
      default -> throw new ResultsInputException("unknown chart type " + spec.type());
    };
  }

  // ---- grouping -------------------------------------------------------------------------------

  /** Groups of runs: by the factor's levels, or by design point; at most MAX_GROUPS. */
  static Map<String, List<Integer>> groups(ResultsData data, Optional<String> by, List<String> notes) {
    Map<String, List<Integer>> g;
    if (by.isPresent() && data.continuous(by.get())) {
      g = binned(data, by.get(), 5);
      notes.add(ResultsData.shortName(by.get()) + " is continuous: runs binned into 5 equal ranges");
    } else if (by.isPresent()) {
      g = new LinkedHashMap<>();
      for (Map.Entry<String, List<Integer>> e : data.groupBy(by.get()).entrySet()) {
        g.put(ResultsData.shortName(by.get()) + " = " + e.getKey(), e.getValue());
      }
    } else {
      g = data.groupByPoint();
      if (g.size() == 1 && data.factors().isEmpty()) {
        g = Map.of(data.size() == 1 ? "run" : "all runs", g.values().iterator().next());
      }
    }
    if (g.size() > MAX_GROUPS) {
      notes.add("showing the first " + MAX_GROUPS + " of " + g.size() + " groups");
      Map<String, List<Integer>> cut = new LinkedHashMap<>();
      g.entrySet().stream().limit(MAX_GROUPS).forEach(e -> cut.put(e.getKey(), e.getValue()));
      g = cut;
    }
    int min = g.values().stream().mapToInt(List::size).min().orElse(0);
    if (min < 2) {
      notes.add(g.size() == 1 && data.size() == 1 ? "a single run: no interval over replicates"
          : "a group with one run: no interval for it");
    }
    return g;
  }

  static Map<String, List<Integer>> binned(ResultsData data, String factor, int bins) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < data.size(); i++) {
      double v = CsvTable.parse(data.factorValue(i, factor));
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double w = (hi - lo) / bins;
    Map<String, List<Integer>> g = new LinkedHashMap<>();
    for (int b = 0; b < bins; b++) {
      g.put(String.format(Locale.ROOT, "%s %.3g–%.3g", ResultsData.shortName(factor), lo + b * w, lo + (b + 1) * w),
          new ArrayList<>());
    }
    List<String> keys = new ArrayList<>(g.keySet());
    for (int i = 0; i < data.size(); i++) {
      double v = CsvTable.parse(data.factorValue(i, factor));
      int b = w == 0 ? 0 : Math.min(bins - 1, (int) ((v - lo) / w));
      g.get(keys.get(b)).add(i);
    }
    g.values().removeIf(List::isEmpty);
    return g;
  }

  static String joinNotes(List<String> notes) {
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  static String byText(Optional<String> by) {
    return by.map(f -> "by " + f).orElse("by scenario point");
  }

  // ---- time series ----------------------------------------------------------------------------

  static Built timeseries(ResultsData data, String series, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = groups(data, by, notes);
    Map<Long, Integer> runIndex = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      runIndex.put(data.runId(i), i);
    }
    CsvTable ts = ResultsReader.read(data.dir().resolve("timeseries.csv"),
        r -> r.get(3).equals(series) || r.get(3).startsWith(series + "."));
    if (ts.size() == 0) {
      throw new ResultsInputException("timeseries.csv has no series '" + series + "' (nor " + series + ".*)");
    }
    TreeSet<String> matched = new TreeSet<>();
    // run index → date → summed value
    Map<Integer, TreeMap<LocalDate, Double>> byRun = new HashMap<>();
    for (int r = 0; r < ts.size(); r++) {
      Integer i = runIndex.get(Long.parseLong(ts.get(r, 0)));
      if (i == null) {
        continue;
      }
      matched.add(ts.get(r, 3));
      LocalDate d = LocalDate.parse(ts.get(r, 2));
      byRun.computeIfAbsent(i, k -> new TreeMap<>()).merge(d, ts.number(r, 4), Double::sum);
    }
    String label = matched.size() == 1 ? matched.first() : series + ", sum of " + matched.size() + " series";
    YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      TreeMap<LocalDate, List<Double>> perDay = new TreeMap<>();
      for (int i : g.getValue()) {
        byRun.getOrDefault(i, new TreeMap<>()).forEach((d, v) -> perDay.computeIfAbsent(d, k -> new ArrayList<>()).add(v));
      }
      YIntervalSeries s = new YIntervalSeries(g.getKey() + " (n=" + g.getValue().size() + ")");
      perDay.forEach((d, vs) -> {
        double[] x = Stats.finite(vs.stream().mapToDouble(Double::doubleValue).toArray());
        double m = Stats.mean(x);
        double h = Stats.tHalfWidth(x);
        double ms = d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        s.add(ms, m, Double.isNaN(h) ? m : m - h, Double.isNaN(h) ? m : m + h);
      });
      ds.addSeries(s);
    }
    LocalDate first = byRun.values().stream().filter(m -> !m.isEmpty()).map(TreeMap::firstKey)
        .min(LocalDate::compareTo).orElse(null);
    DateAxis x = new DateAxis(first == null ? "date" : "date (from " + first + ")");
    x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    NumberAxis y = new NumberAxis(label + " (index)");
    if (!series.startsWith("tension")) {
      y.setLabel(label);
    }
    y.setAutoRangeIncludesZero(true);
    DeviationRenderer r = new DeviationRenderer(true, false);
    r.setAlpha(0.18f);
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      r.setSeriesPaint(i, ChartStyle.category(i));
      r.setSeriesFillPaint(i, ChartStyle.category(i));
      r.setSeriesStroke(i, ChartStyle.line(i));
    }
    XYPlot plot = new XYPlot(ds, x, y, r);
    JFreeChart c = new JFreeChart(title(series) + " over time", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    return new Built(ChartStyle.apply(c, "Mean over replicates with 95% t interval (band), " + byText(by),
        joinNotes(notes)), joinNotes(notes));
  }

  static String title(String metric) {
    String t = metric.replace('_', ' ').replace('.', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  // ---- distribution ---------------------------------------------------------------------------

  static Built distribution(ResultsData data, String metric, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = groups(data, by, notes);
    DefaultBoxAndWhiskerCategoryDataset box = new DefaultBoxAndWhiskerCategoryDataset();
    DefaultMultiValueCategoryDataset pts = new DefaultMultiValueCategoryDataset();
    int maxN = 0;
    int dropped = 0;
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      double[] all = g.getValue().stream().mapToDouble(i -> data.value(i, metric)).toArray();
      double[] x = Stats.finite(all);
      dropped += all.length - x.length;
      List<Double> vs = new ArrayList<>();
      for (double v : x) {
        vs.add(v);
      }
      String key = g.getKey() + " (n=" + x.length + ")";
      box.add(vs, metric, key);
      pts.add(new ArrayList<Number>(vs), "runs", key);
      maxN = Math.max(maxN, x.length);
    }
    if (dropped > 0) {
      notes.add(dropped + " runs without a value (NaN) left out");
    }
    CategoryAxis x = new CategoryAxis(by.map(ResultsData::shortName).orElse("scenario point"));
    NumberAxis y = new NumberAxis(metric);
    y.setAutoRangeIncludesZero(false);
    BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
    r.setSeriesPaint(0, new Color(0x56B4E9));
    r.setFillBox(true);
    r.setMeanVisible(false);
    r.setMedianVisible(true);
    r.setMaxOutlierVisible(true);
    r.setMinOutlierVisible(true);
    r.setMaximumBarWidth(0.12);
    r.setDefaultOutlinePaint(Color.BLACK);
    r.setUseOutlinePaintForWhiskers(true);
    CategoryPlot plot = new CategoryPlot(box, x, y, r);
    if (maxN <= 40) {
      ScatterRenderer s = new ScatterRenderer();
      s.setSeriesPaint(0, new Color(0x000000));
      s.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
      s.setUseOutlinePaint(false);
      plot.setDataset(1, pts);
      plot.setRenderer(1, s);
      plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }
    if (groups.size() > 4) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart c = new JFreeChart("Distribution of " + metric, ChartStyle.TITLE, plot, false);
    String sub = "Box: quartiles and median, whiskers to 1.5 IQR, circles beyond = outliers"
        + (maxN <= 40 ? ", dots = runs" : "") + "; " + byText(by);
    return new Built(ChartStyle.apply(c, sub, joinNotes(notes)), joinNotes(notes));
  }

  // ---- incidents by level ---------------------------------------------------------------------

  /** Incidents start at level 3 (a block or dangerous manoeuvre); lower levels are routine. */
  static final int FIRST_INCIDENT_LEVEL = 3;

  static Built incidentsByLevel(ResultsData data, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = groups(data, by, notes);
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    // Reported incidents (what the public record can be held against) when the run has them.
    String prefix = data.metrics().contains("reported_incidents_level_4") ? "reported_incidents_level_" : "incidents_level_";
    for (int l = FIRST_INCIDENT_LEVEL; l <= 7; l++) {
      String col = prefix + l;
      if (!data.metrics().contains(col)) {
        throw new ResultsInputException("runs.csv has no column " + col);
      }
      String key = l + " " + EscalationSettings.LEVEL_NAMES[l].replace('_', ' ');
      for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
        double[] x = Stats.finite(g.getValue().stream().mapToDouble(i -> data.value(i, col)).toArray());
        ds.addValue(Stats.mean(x), key, g.getKey() + " (n=" + g.getValue().size() + ")");
      }
    }
    CategoryAxis x = new CategoryAxis(by.map(ResultsData::shortName).orElse("scenario point"));
    NumberAxis y = new NumberAxis((prefix.startsWith("reported") ? "reported incidents" : "incidents")
        + " per run (mean over replicates)");
    StackedBarRenderer r = new StackedBarRenderer();
    ChartStyle.flatBars(r);
    r.setMaximumBarWidth(0.18);
    for (int l = FIRST_INCIDENT_LEVEL; l <= 7; l++) {
      r.setSeriesPaint(l - FIRST_INCIDENT_LEVEL, ChartStyle.LEVELS[l - 1]);
    }
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    if (groups.size() > 4) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart c = new JFreeChart((prefix.startsWith("reported") ? "Reported incidents" : "Incidents")
        + " by escalation level", ChartStyle.TITLE, plot, true);
    c.getLegend().setPosition(RectangleEdge.RIGHT);
    return new Built(ChartStyle.apply(c, "Highest act in each incident (an episode's acts against one side on one day); "
        + byText(by),
        joinNotes(notes)), joinNotes(notes));
  }

  // ---- heat map -------------------------------------------------------------------------------

  static Built heatmap(ResultsData data, String metric, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    List<String> factors = data.sweepFactors().stream().filter(data.factors()::contains).toList();
    if (factors.isEmpty()) {
      throw new ResultsInputException("a heat map needs at least one factor; " + data.dir() + " has none");
    }
    String fx = by.orElse(factors.get(0));
    Optional<String> fy = factors.stream().filter(f -> !f.equals(fx)).findFirst();
    if (fy.isEmpty()) {
      notes.add("only one factor: a single row");
    }
    Map<String, List<Integer>> gx = axisGroups(data, fx, notes);
    Map<String, List<Integer>> gy = fy.isPresent() ? axisGroups(data, fy.get(), notes) : Map.of("all", allRuns(data));
    List<String> xs = new ArrayList<>(gx.keySet());
    List<String> ys = new ArrayList<>(gy.keySet());
    int n = xs.size() * ys.size();
    double[][] xyz = new double[3][n];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int k = 0;
    int minN = Integer.MAX_VALUE;
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        List<Integer> cell = new ArrayList<>(gx.get(xs.get(i)));
        cell.retainAll(gy.get(ys.get(j)));
        double[] v = Stats.finite(cell.stream().mapToDouble(r -> data.value(r, metric)).toArray());
        minN = Math.min(minN, v.length);
        double m = Stats.mean(v);
        xyz[0][k] = i;
        xyz[1][k] = j;
        xyz[2][k] = m;
        if (!Double.isNaN(m)) {
          lo = Math.min(lo, m);
          hi = Math.max(hi, m);
        }
        k++;
      }
    }
    if (Double.isInfinite(lo)) {
      throw new ResultsInputException("no values of " + metric + " to draw");
    }
    DefaultXYZDataset ds = new DefaultXYZDataset();
    ds.addSeries(metric, xyz);
    SymbolAxis x = new SymbolAxis(ResultsData.shortName(fx), xs.toArray(new String[0]));
    SymbolAxis y = new SymbolAxis(fy.map(ResultsData::shortName).orElse(""), ys.toArray(new String[0]));
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    y.setLowerMargin(0);
    y.setUpperMargin(0);
    x.setRange(-0.5, xs.size() - 0.5);
    y.setRange(-0.5, ys.size() - 0.5);
    XYBlockRenderer r = new XYBlockRenderer();
    ChartStyle.Viridis scale = new ChartStyle.Viridis(lo, hi);
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(ds, x, y, r);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    Font cellFont = new Font(ChartStyle.FONT, Font.BOLD, n > 60 ? 11 : 15);
    for (int q = 0; q < n; q++) {
      double m = xyz[2][q];
      XYTextAnnotation a = new XYTextAnnotation(Double.isNaN(m) ? "–" : Comparison.g(m), xyz[0][q], xyz[1][q]);
      a.setFont(cellFont);
      a.setTextAnchor(TextAnchor.CENTER);
      Color bg = scale.color(m);
      double lum = 0.299 * bg.getRed() + 0.587 * bg.getGreen() + 0.114 * bg.getBlue();
      a.setPaint(lum > 140 ? Color.BLACK : Color.WHITE);
      plot.addAnnotation(a);
    }
    JFreeChart c = new JFreeChart("Mean " + metric, ChartStyle.TITLE, plot, false);
    NumberAxis sa = new NumberAxis(metric);
    sa.setTickLabelFont(ChartStyle.TICK);
    sa.setLabelFont(ChartStyle.LABEL);
    sa.setRange(lo, hi > lo ? hi : lo + 1);
    sa.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep((hi > lo ? hi - lo : 1) / 5)));
    PaintScaleLegend legend = new PaintScaleLegend(scale, sa);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(10, 10, 10, 10));
    legend.setStripWidth(18);
    legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    c.addSubtitle(legend);
    if (minN < 2) {
      notes.add(minN == 0 ? "some cells have no runs" : "some cells rest on a single run");
    }
    return new Built(ChartStyle.apply(c, "Mean over replicates in each cell (number shown)", joinNotes(notes)),
        joinNotes(notes));
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static List<Integer> allRuns(ResultsData data) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      all.add(i);
    }
    return all;
  }

  private static Map<String, List<Integer>> axisGroups(ResultsData data, String factor, List<String> notes) {
    if (data.continuous(factor)) {
      notes.add(ResultsData.shortName(factor) + " binned into 5 ranges");
      Map<String, List<Integer>> b = binned(data, factor, 5);
      Map<String, List<Integer>> out = new LinkedHashMap<>();
      String prefix = ResultsData.shortName(factor) + " ";
      b.forEach((key, v) -> out.put(key.substring(prefix.length()), v));
      return out;
    }
    return data.groupBy(factor);
  }

  // ---- presence vs observed -------------------------------------------------------------------

  static Built presence(ResultsData data, String metric, Optional<String> by, List<Observations.Observation> obs) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = groups(data, by, notes);
    List<Observations.Observation> matching = obs.stream().filter(o -> o.metric().equals(metric)).toList();
    String nation = matching.isEmpty() ? "CN" : matching.get(0).nation();
    String agency = matching.isEmpty() ? "coast_guard" : matching.get(0).agency();
    int year = preferredYear(data, matching);
    Map<String, Observations.Observation> observed = new LinkedHashMap<>();
    matching.stream().filter(o -> o.year() == year).forEach(o -> observed.putIfAbsent(o.feature(), o));
    // model values per run and feature, scaled to a year
    Map<Long, Integer> runIndex = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      runIndex.put(data.runId(i), i);
    }
    CsvTable mt = ResultsReader.read(data.dir().resolve("metrics.csv"),
        r -> r.get(1).equals(metric) && r.get(2).equals(nation) && r.get(3).equals(agency));
    Map<String, double[]> perFeature = new LinkedHashMap<>();
    for (String f : observed.keySet()) {
      perFeature.put(f, new double[data.size()]);
    }
    for (int r = 0; r < mt.size(); r++) {
      Integer i = runIndex.get(Long.parseLong(mt.get(r, 0)));
      String f = mt.get(r, 4);
      if (i == null || (!observed.isEmpty() && !observed.containsKey(f))) {
        continue;
      }
      perFeature.computeIfAbsent(f, k -> new double[data.size()])[i] += mt.number(r, 5);
    }
    if (perFeature.isEmpty()) {
      throw new ResultsInputException("metrics.csv has no " + metric + " for " + nation + " " + agency);
    }
    double days = Double.NaN;
    for (int i = 0; i < data.size(); i++) {
      days = Double.isNaN(days) ? data.daysSimulated(i) : Math.max(days, data.daysSimulated(i));
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    ChartStyle.ErrorBarRenderer r = new ChartStyle.ErrorBarRenderer();
    int row = 0;
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      String key = (groups.size() == 1 ? "model" : "model, " + g.getKey()) + " (n=" + g.getValue().size() + ")";
      for (Map.Entry<String, double[]> f : perFeature.entrySet()) {
        double[] x = g.getValue().stream().mapToDouble(i -> f.getValue()[i] * 365.0 / data.daysSimulated(i)).toArray();
        double m = Stats.mean(x);
        double h = Stats.tHalfWidth(x);
        ds.addValue(m, key, f.getKey());
        if (!Double.isNaN(h)) {
          r.interval(key, f.getKey(), Math.max(0, m - h), m + h);
        }
      }
      Color base = NationColors.of(nation);
      r.setSeriesPaint(row, groups.size() == 1 ? base
          : NationColors.blend(base, Color.WHITE, 0.55 * row / Math.max(1, groups.size() - 1)));
      row++;
    }
    if (!observed.isEmpty()) {
      String key = "observed " + year;
      for (String f : perFeature.keySet()) {
        Observations.Observation o = observed.get(f);
        ds.addValue(o == null ? null : o.value(), key, f);
      }
      r.setSeriesPaint(row, new Color(0x666666));
    } else {
      notes.add("no observations of " + metric + " to compare with");
    }
    ChartStyle.flatBars(r);
    r.setItemMargin(0.04);
    CategoryAxis x = new CategoryAxis("feature");
    NumberAxis y = new NumberAxis(metric.replace('_', ' ') + " per year");
    double top = Math.max(ds.getRowCount() == 0 ? 0 : maxValue(ds), Double.isNaN(r.maxHigh()) ? 0 : r.maxHigh());
    if (metric.equals("presence_calendar_days")) {
      top = Math.max(top, 365);
    }
    y.setRange(0, top * 1.06);
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    if (metric.equals("presence_calendar_days")) {
      org.jfree.chart.plot.ValueMarker mk = new org.jfree.chart.plot.ValueMarker(365, new Color(0x999999),
          new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
              new float[] {4f, 4f}, 0f));
      mk.setLabel("every day");
      mk.setLabelFont(ChartStyle.TICK);
      mk.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      mk.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      mk.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(mk);
    }
    JFreeChart c = new JFreeChart("Presence at features: " + nation + " " + agency.replace('_', ' ')
        + ", model and observation", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    String source = observed.values().stream().map(Observations.Observation::source).findFirst().orElse("");
    String sub = String.format(Locale.ROOT, "Model scaled to a year from %s simulated days; mean with 95%% t interval%s",
        Numbers(days), source.isEmpty() ? "" : ". Observed: " + source);
    return new Built(ChartStyle.apply(c, sub, joinNotes(notes)), joinNotes(notes));
  }

  private static String Numbers(double v) {
    return org.seastate.io.Numbers.format(v);
  }

  private static double maxValue(DefaultCategoryDataset ds) {
    double m = 0;
    for (int i = 0; i < ds.getRowCount(); i++) {
      for (int j = 0; j < ds.getColumnCount(); j++) {
        Number v = ds.getValue(i, j);
        if (v != null && !Double.isNaN(v.doubleValue())) {
          m = Math.max(m, v.doubleValue());
        }
      }
    }
    return m;
  }

  /** The scenario's start year when observed, else the latest observed year. */
  static int preferredYear(ResultsData data, List<Observations.Observation> obs) {
    TreeSet<Integer> years = new TreeSet<>();
    obs.forEach(o -> years.add(o.year()));
    if (years.isEmpty()) {
      return 0;
    }
    Optional<Integer> start = data.scenarioYaml().flatMap(y -> {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+start:\\s*\"?(\\d{4})-").matcher(y);
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    });
    return start.filter(years::contains).orElse(years.last());
  }

  // ---- Sobol indices --------------------------------------------------------------------------

  static Built sobol(ResultsData data, String metric) {
    List<Sensitivity.Index> idx = Sensitivity.compute(data, List.of(metric), Sensitivity.DEFAULT_RESAMPLES,
        Sensitivity.DEFAULT_SEED);
    if (idx.isEmpty()) {
      throw new ResultsInputException("no Sobol indices for " + metric + " (no complete base samples)");
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    ChartStyle.ErrorBarRenderer r = new ChartStyle.ErrorBarRenderer();
    for (Sensitivity.Index x : idx) {
      String f = ResultsData.shortName(x.factor());
      ds.addValue(x.s1(), "first order S1", f);
      ds.addValue(x.st(), "total ST", f);
      r.interval("first order S1", f, x.s1Low(), x.s1High());
      r.interval("total ST", f, x.stLow(), x.stHigh());
    }
    ChartStyle.flatBars(r);
    r.setSeriesPaint(0, new Color(0x0072B2));
    r.setSeriesPaint(1, new Color(0xE69F00));
    r.setItemMargin(0.05);
    CategoryAxis x = new CategoryAxis("factor");
    NumberAxis y = new NumberAxis("share of output variance");
    y.setRange(Math.min(0, Math.min(r.minLow(), 0) * 1.1), Math.max(1, r.maxHigh() * 1.05));
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart c = new JFreeChart("Sobol indices of " + metric, ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    String sub = String.format(Locale.ROOT,
        "Saltelli (S1) and Jansen (ST) estimators, N = %d base samples, replicates averaged; 95%% bootstrap intervals",
        idx.get(0).samples());
    return new Built(ChartStyle.apply(c, sub, null), null);
  }
}
