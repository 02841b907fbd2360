package org.seastate.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Effect estimates as small multiples: one panel per metric, the effect (treatment −
 * reference) in each stratum and over all strata as a point with its 95% interval, against a
 * zero line. A reader sees at once where an effect is, whether its sign holds across strata,
 * and whether the overall estimate agrees; each panel has its own scale because metrics differ
 * in units. Significant effects (Holm-adjusted) are filled, the others hollow; the overall
 * effect comes last, in another colour, on a shaded band.
 *
 * <p>JFreeChart lays out combined plots in one row or column only, so the panels are whole
 * charts drawn into the cells of a grid by {@link PanelGrid}; the result is one JFreeChart
 * and draws the same into PNG and SVG.
 */
public final class EffectChart {
  /** Panels per row. */
  static final int COLUMNS = 3;
  /** The category label of the effect over all strata. */
  static final String OVERALL = "all (stratified)";
  static final Color STRATUM_COLOR = new Color(0x0072B2);
  static final Color OVERALL_COLOR = new Color(0xD55E00);
  private static final Color BAND = new Color(0xF0F0F0);
  private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_.-]+)=");

  private EffectChart() {}

  /**
   * The chart of {@code effects}: a panel per metric in order of first appearance, titled with
   * the metric and its note from {@code panelNotes} (e.g. "calibrated"), if any.
   */
  public static JFreeChart build(String title, String subtitle, List<Effect> effects, Map<String, String> panelNotes) {
    Map<String, List<Effect>> byMetric = new LinkedHashMap<>();
    for (Effect e : effects) {
      byMetric.computeIfAbsent(e.metric(), k -> new ArrayList<>()).add(e);
    }
    List<JFreeChart> panels = new ArrayList<>();
    byMetric.forEach((m, es) -> panels.add(panel(m, panelNotes == null ? null : panelNotes.get(m), es)));
    PanelGrid grid = new PanelGrid(panels, COLUMNS);
    JFreeChart c = new JFreeChart(title, ChartStyle.TITLE, grid, false);
    LegendTitle legend = new LegendTitle(EffectChart::legendItems);
    legend.setPosition(RectangleEdge.BOTTOM);
    c.addSubtitle(legend);
    ChartStyle.apply(c, subtitle, panels.isEmpty() ? "no effects to show" : null);
    grid.setOutlineVisible(false);
    return c;
  }

  /** Writes the chart as PNG and SVG. */
  public static void write(JFreeChart chart, Path png, Path svg, int width, int height) throws IOException {
    Charts.writePng(chart, png, width, height);
    Charts.writeSvg(chart, svg, width, height);
  }

  /** One metric's panel: strata in order of first appearance, then the overall effect. */
  static JFreeChart panel(String metric, String note, List<Effect> effects) {
    List<Effect> ordered = new ArrayList<>(effects.stream().filter(e -> !e.overall()).toList());
    ordered.addAll(effects.stream().filter(Effect::overall).toList());
    boolean severalTreatments = effects.stream().map(Effect::treatment).distinct().count() > 1;
    String keys = commonKeys(ordered);
    MetricBounds bounds = MetricBounds.of(metric);
    double reach = bounds.max() - bounds.min(); // a difference of two values cannot exceed this
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    IntervalRenderer r = new IntervalRenderer();
    double lo = 0;
    double hi = 0;
    for (Effect e : ordered) {
      String stratum = keys == null ? shorten(e.stratum()) : KEY.matcher(e.stratum()).replaceAll("");
      String label = (severalTreatments ? e.treatment() + ", " : "") + (e.overall() ? OVERALL : stratum);
      double low = Double.isNaN(e.low()) ? Double.NaN : Math.max(-reach, e.low());
      double high = Double.isNaN(e.high()) ? Double.NaN : Math.min(reach, e.high());
      ds.addValue(e.diff(), "effect", label);
      r.items.put(label, new Item(low, high, e.significant(), e.overall()));
      for (double v : new double[] {e.diff(), low, high}) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    CategoryAxis x = new CategoryAxis(keys);
    x.setMaximumCategoryLabelLines(3);
    x.setMaximumCategoryLabelWidthRatio(1.6f);
    x.setCategoryMargin(0.1);
    x.setLowerMargin(0.04);
    x.setUpperMargin(0.04);
    NumberAxis y = new NumberAxis(null);
    y.setStandardTickUnits(ChartAxes.tickUnits());
    y.setRange(range(lo, hi));
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    plot.addRangeMarker(new ValueMarker(0, new Color(0x555555), new BasicStroke(1.2f)), Layer.BACKGROUND);
    for (Object k : ds.getColumnKeys()) {
      if (r.items.get(k).overall()) {
        CategoryMarker band = new CategoryMarker((String) k, BAND, new BasicStroke(1f));
        band.setDrawAsLine(false);
        plot.addDomainMarker(band, Layer.BACKGROUND);
      }
    }
    String title = metric + (note == null || note.isBlank() ? "" : " (" + note + ")");
    JFreeChart c = new JFreeChart(title, new Font(ChartStyle.FONT, Font.BOLD, 15), plot, false);
    ChartStyle.apply(c, null, null);
    c.getTitle().setFont(new Font(ChartStyle.FONT, Font.BOLD, 15));
    c.setPadding(new RectangleInsets(4, 4, 4, 8));
    x.setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
    x.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
    y.setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
    return c;
  }

  /** A y range holding 0 and every value, with a margin; ±1 when everything is 0. */
  static Range range(double lo, double hi) {
    if (hi <= lo) {
      return new Range(-1, 1);
    }
    double pad = (hi - lo) * 0.08;
    return new Range(lo - pad, hi + pad);
  }

  /**
   * The factor names every stratum of the panel gives, in the same order ("posture.resolve"
   * for strata "nations.CN.posture.resolve=1.5", ...), or null when they differ: then the
   * axis is titled with them and the categories show the values only.
   */
  static String commonKeys(List<Effect> effects) {
    String keys = null;
    for (Effect e : effects) {
      if (e.overall()) {
        continue;
      }
      List<String> ks = new ArrayList<>();
      Matcher m = KEY.matcher(e.stratum());
      while (m.find()) {
        ks.add(ResultsData.shortName(m.group(1)));
      }
      String k = String.join(", ", ks);
      if (ks.isEmpty() || (keys != null && !keys.equals(k))) {
        return null;
      }
      keys = k;
    }
    return keys;
  }

  /** "nations.CN.posture.resolve=1.5" → "posture.resolve=1.5". */
  static String shorten(String stratum) {
    Matcher m = KEY.matcher(stratum);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(ResultsData.shortName(m.group(1)) + "="));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static LegendItemCollection legendItems() {
    LegendItemCollection c = new LegendItemCollection();
    c.add(legendItem("significant (Holm-adjusted p < 0.05)", circle(10), true, STRATUM_COLOR));
    c.add(legendItem("not significant", circle(10), false, STRATUM_COLOR));
    c.add(legendItem("over all strata", diamond(13), true, OVERALL_COLOR));
    c.add(new LegendItem("bars: 95% interval", null, null, null, new Line2D.Double(-7, 0, 7, 0),
        new BasicStroke(2f), STRATUM_COLOR));
    return c;
  }

  private static LegendItem legendItem(String label, Shape shape, boolean filled, Color color) {
    LegendItem i = new LegendItem(label, null, null, null, true, shape, filled, filled ? color : Color.WHITE, true,
        color, new BasicStroke(2f), false, new Line2D.Double(), new BasicStroke(), color);
    return i;
  }

  static Shape circle(double d) {
    return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
  }

  static Shape diamond(double d) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -d / 2);
    p.lineTo(d / 2, 0);
    p.lineTo(0, d / 2);
    p.lineTo(-d / 2, 0);
    p.closePath();
    return p;
  }

  /** How one category is drawn: its interval (NaN: none) and style. */
  record Item(double low, double high, boolean significant, boolean overall) {}

  /** Draws each category's effect as a point with an error bar; filled when significant. */
  static final class IntervalRenderer extends AbstractCategoryItemRenderer {
    private static final long serialVersionUID = 1L;
    final Map<Comparable<?>, Item> items = new HashMap<>();

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      Number v = dataset.getValue(row, column);
      Item it = items.get(dataset.getColumnKey(column));
      if (v == null || it == null) {
        return;
      }
      RectangleEdge edge = plot.getRangeAxisEdge();
      double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
      Color color = it.overall() ? OVERALL_COLOR : STRATUM_COLOR;
      g2.setPaint(color);
      g2.setStroke(new BasicStroke(it.overall() ? 2.6f : 2f));
      if (Double.isFinite(it.low()) && Double.isFinite(it.high())) {
        double lo = rangeAxis.valueToJava2D(it.low(), dataArea, edge);
        double hi = rangeAxis.valueToJava2D(it.high(), dataArea, edge);
        g2.draw(new Line2D.Double(x, lo, x, hi));
        g2.draw(new Line2D.Double(x - 6, lo, x + 6, lo));
        g2.draw(new Line2D.Double(x - 6, hi, x + 6, hi));
      }
      if (Double.isNaN(v.doubleValue())) {
        return;
      }
      double y = rangeAxis.valueToJava2D(v.doubleValue(), dataArea, edge);
      Shape s = org.jfree.chart.util.ShapeUtils.createTranslatedShape(it.overall() ? diamond(16) : circle(12), x, y);
      g2.setPaint(it.significant() ? color : Color.WHITE);
      g2.fill(s);
      g2.setPaint(color);
      g2.setStroke(new BasicStroke(2f));
      g2.draw(s);
    }
  }

  /** A plot that draws whole charts into the cells of a grid, row by row. */
  static final class PanelGrid extends Plot {
    private static final long serialVersionUID = 1L;
    private final List<JFreeChart> panels;
    private final int columns;

    PanelGrid(List<JFreeChart> panels, int columns) {
      this.panels = List.copyOf(panels);
      this.columns = columns;
    }

    List<JFreeChart> panels() {
      return panels;
    }

    /** Columns actually used: at most {@link #columns}, fewer when there are fewer panels. */
    int columnCount() {
      return Math.max(1, Math.min(columns, panels.size()));
    }

    int rowCount() {
      return (panels.size() + columnCount() - 1) / columnCount();
    }

    @Override
    public String getPlotType() {
      return "Panel grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
      if (panels.isEmpty()) {
        TextTitle t = new TextTitle("no effects", ChartStyle.NOTE);
        t.draw(g2, area);
        return;
      }
      int cols = columnCount();
      double w = area.getWidth() / cols;
      double h = area.getHeight() / rowCount();
      for (int i = 0; i < panels.size(); i++) {
        Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * w, area.getY() + (i / cols) * h, w, h);
        panels.get(i).draw(g2, cell);
      }
    }
  }
}
