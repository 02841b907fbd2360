package org.seastate.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The two charts of a scenario discovery: the peeling trajectory (coverage against density,
 * the chosen box marked) and the chosen box drawn over the runs on its two most restricted
 * factors. Kept apart from {@link Discovery} so that the statistics read without the drawing.
 */
final class DiscoveryCharts {
  private DiscoveryCharts() {}

  static final int WIDTH = 1200;
  static final int HEIGHT = 750;
  /** Jitter as a share of the gap between levels, so runs at the same level stay visible. */
  private static final double JITTER = 0.3;

  static void write(Discovery d, Path charts) throws IOException {
    JFreeChart t = trajectory(d);
    Charts.writePng(t, charts.resolve("discovery-trajectory.png"), WIDTH, HEIGHT);
    Charts.writeSvg(t, charts.resolve("discovery-trajectory.svg"), WIDTH, HEIGHT);
    JFreeChart b = box(d);
    Charts.writePng(b, charts.resolve("discovery-box.png"), WIDTH, HEIGHT);
    Charts.writeSvg(b, charts.resolve("discovery-box.svg"), WIDTH, HEIGHT);
  }

  static JFreeChart trajectory(Discovery d) {
    Prim.Result r = d.result();
    XYSeries path = new XYSeries("peeling trajectory (step 0 = all runs)", false, true);
    for (Prim.Step s : r.trajectory()) {
      path.add(s.coverage(), s.density());
    }
    XYSeriesCollection data = new XYSeriesCollection(path);
    XYSeries chosen = new XYSeries("chosen box (step " + d.peeled().index() + ")", false, true);
    chosen.add(d.peeled().coverage(), d.peeled().density());
    data.addSeries(chosen);
    boolean pruned = !d.box().restricted().equals(d.peeled().restricted());
    if (pruned) {
      XYSeries p = new XYSeries("reported box (insignificant restrictions dropped)", false, true);
      p.add(d.box().coverage(), d.box().density());
      data.addSeries(p);
    }
    XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(true, true);
    rend.setSeriesPaint(0, ChartStyle.category(0));
    rend.setSeriesStroke(0, new BasicStroke(2f));
    rend.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    for (int i = 1; i < data.getSeriesCount(); i++) {
      rend.setSeriesLinesVisible(i, false);
      rend.setSeriesPaint(i, ChartStyle.category(i));
      rend.setSeriesShape(i, i == 1 ? new Rectangle2D.Double(-8, -8, 16, 16) : new Ellipse2D.Double(-8, -8, 16, 16));
    }
    NumberAxis x = new NumberAxis("coverage (share of all runs of interest inside the box)");
    x.setRange(0, 1.02);
    NumberAxis y = new NumberAxis("density (share of the box's runs of interest)");
    double top = r.trajectory().stream().mapToDouble(Prim.Step::density).max().orElse(1);
    y.setRange(0, Math.min(1.02, Math.max(0.1, top * 1.08)));
    XYPlot plot = new XYPlot(data, x, y, rend);
    if (d.question().box() < 0) {
      ValueMarker m = new ValueMarker(d.question().minCoverage(), new Color(0x777777),
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
      m.setLabel(" minimum coverage " + Discovery.pct(d.question().minCoverage()));
      m.setLabelFont(ChartStyle.TICK);
      m.setLabelPaint(new Color(0x555555));
      m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
      m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
      plot.addDomainMarker(m);
    }
    XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "  step %d: coverage %s, density %s",
        d.peeled().index(), Discovery.pct(d.peeled().coverage()), Discovery.pct(d.peeled().density())),
        d.peeled().coverage(), d.peeled().density());
    label.setFont(ChartStyle.TICK);
    label.setTextAnchor(d.peeled().coverage() > 0.5 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    plot.addAnnotation(label);
    JFreeChart c = new JFreeChart("PRIM peeling trajectory", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    return ChartStyle.apply(c, subtitle(d), "");
  }

  private static String subtitle(Discovery d) {
    Prim.Step all = d.result().trajectory().get(0);
    return String.format(Locale.ROOT, "%s: runs of interest %s (%d of %d); %s", d.data().name(),
        d.question().outcome(), all.ofInterest(), all.n(), "peeling " + Discovery.pct(d.question().alpha()) + " per step");
  }

  /** The two factors to draw: the most restricted first, then the next factors in order. */
  static List<Integer> axes(Discovery d) {
    List<Prim.Factor> fs = d.result().factors();
    List<Integer> out = new ArrayList<>();
    for (String f : d.restrictedByNarrowing()) {
      out.add(indexOf(fs, f));
    }
    for (int j = 0; j < fs.size(); j++) {
      if (!out.contains(j)) {
        out.add(j);
      }
    }
    return out.subList(0, Math.min(2, out.size()));
  }

  private static int indexOf(List<Prim.Factor> fs, String name) {
    for (int j = 0; j < fs.size(); j++) {
      if (fs.get(j).name().equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** A factor as drawn: a position per run (levels as 0, 1, 2 …, jittered) and an axis. */
  private record Drawn(double[] position, ValueAxis axis, List<double[]> inBox) {}

  static JFreeChart box(Discovery d) {
    Prim.Result r = d.result();
    List<Integer> ax = axes(d);
    int n = r.ofInterest().length;
    Drawn xd = drawn(r, d.box(), ax.get(0), 0);
    Drawn yd;
    if (ax.size() > 1) {
      yd = drawn(r, d.box(), ax.get(1), 1);
    } else {
      double[] v = d.outcomes();
      NumberAxis a = new NumberAxis(d.question().metric());
      a.setAutoRangeIncludesZero(false);
      double lo = java.util.Arrays.stream(v).min().orElse(0);
      double hi = java.util.Arrays.stream(v).max().orElse(1);
      yd = new Drawn(v, a, List.<double[]>of(new double[] {lo - 1, hi + 1}));
    }
    XYSeries other = new XYSeries("other runs", false, true);
    XYSeries hits = new XYSeries("runs with " + d.question().outcome(), false, true);
    for (int i = 0; i < n; i++) {
      (r.ofInterest()[i] ? hits : other).add(xd.position()[i], yd.position()[i]);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(other);
    data.addSeries(hits);
    XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(false, true);
    rend.setSeriesPaint(0, new Color(0x9A9A9A));
    rend.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    rend.setSeriesPaint(1, ChartStyle.category(1));
    rend.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
    XYPlot plot = new XYPlot(data, xd.axis(), yd.axis(), rend);
    BasicStroke outline = new BasicStroke(3f);
    Color boxColour = ChartStyle.category(0);
    for (double[] sx : xd.inBox()) {
      for (double[] sy : yd.inBox()) {
        plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(sx[0], sy[0], sx[1] - sx[0], sy[1] - sy[0]),
            outline, boxColour));
      }
    }
    Prim.Step b = d.box();
    JFreeChart c = new JFreeChart("Where runs with " + d.question().outcome() + " are", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    String sub = String.format(Locale.ROOT, "box (blue outline): coverage %s, density %s, mass %s, %d runs; restricted: %s",
        Discovery.pct(b.coverage()), Discovery.pct(b.density()), Discovery.pct(b.mass()), b.n(),
        b.restricted().isEmpty() ? "none" : String.join(", ", b.restricted().stream().map(ResultsData::shortName).toList()));
    String note = b.restricted().size() > 2 ? "the box also restricts factors not drawn; runs outside it on those "
        + "factors can lie inside the outline" : "";
    return ChartStyle.apply(c, sub, note);
  }

  /** Positions of the runs on one factor and the box's extent along it (segments, for levels). */
  private static Drawn drawn(Prim.Result r, Prim.Step box, int j, int salt) {
    Prim.Factor f = r.factors().get(j);
    Prim.Limit lim = box.limits().get(j);
    int n = r.ofInterest().length;
    double[] pos = new double[n];
    List<double[]> segments = new ArrayList<>();
    if (!f.isNumeric()) {
      List<String> levels = f.levels();
      for (int i = 0; i < n; i++) {
        pos[i] = levels.indexOf(f.labels()[i]) + JITTER * jitter(i, salt);
      }
      for (int k = 0; k < levels.size(); k++) {
        if (lim.levels().contains(levels.get(k))) {
          segments.add(new double[] {k - 0.45, k + 0.45});
        }
      }
      SymbolAxis a = new SymbolAxis(f.name(), levels.toArray(new String[0]));
      a.setGridBandsVisible(false);
      return new Drawn(pos, a, segments);
    }
    double[] x = f.numbers();
    double[] distinct = java.util.Arrays.stream(x).distinct().sorted().toArray();
    double gap = Double.POSITIVE_INFINITY;
    for (int k = 1; k < distinct.length; k++) {
      gap = Math.min(gap, distinct[k] - distinct[k - 1]);
    }
    boolean levels = distinct.length <= 12 && distinct.length > 1;
    double pad = levels ? 0.45 * gap : 0;
    for (int i = 0; i < n; i++) {
      pos[i] = x[i] + (levels ? JITTER * gap * jitter(i, salt) : 0);
    }
    segments.add(new double[] {lim.lower() - pad, lim.upper() + pad});
    NumberAxis a = new NumberAxis(f.name());
    a.setAutoRangeIncludesZero(false);
    double span = distinct[distinct.length - 1] - distinct[0];
    double margin = Math.max(pad, 0.03 * (span > 0 ? span : 1));
    a.setRange(distinct[0] - margin, distinct[distinct.length - 1] + margin);
    return new Drawn(pos, a, segments);
  }

  /**
   * A fixed offset in [-0.5, 0.5) per run (Weyl sequences, a different one per axis so the
   * offsets do not line up): the same picture every time.
   */
  private static double jitter(int i, int salt) {
    double v = (i + 1) * (salt == 0 ? 0.6180339887498949 : 0.4142135623730951);
    return v - Math.floor(v) - 0.5;
  }
}
