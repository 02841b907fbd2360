package org.seastate.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * The spread of a runs.csv metric over the runs of each group as box plots, so a reader sees
 * how much replicates differ and not only their mean. The runs are drawn as dots (all of them
 * up to {@value #MAX_DOTS} per group, else those beyond the whiskers) by this class rather
 * than by JFreeChart's outlier rules, which hide runs when the box has no height; a box with
 * no height is drawn as a thick bar; the axis spans the data (see {@link ChartAxes}).
 */
final class DistributionChart {
  /** Groups up to this size show every run as a dot. */
  static final int MAX_DOTS = 40;

  private DistributionChart() {}

  static Charts.Built build(ResultsData data, String metric, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = RunGroups.groups(data, by, notes);
    Map<String, double[]> values = new LinkedHashMap<>();
    int dropped = 0;
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      double[] all = g.getValue().stream().mapToDouble(i -> data.value(i, metric)).toArray();
      double[] x = Stats.finite(all);
      dropped += all.length - x.length;
      values.put(g.getKey() + " (n=" + x.length + ")", x);
    }
    if (dropped > 0) {
      notes.add(dropped + " runs without a value (NaN) left out");
    }
    return build(metric, values, by.map(ResultsData::shortName).orElse("scenario point"), RunGroups.byText(by),
        notes);
  }

  /** The chart of the finite values of each group (keys are the category labels). */
  static Charts.Built build(String metric, Map<String, double[]> groups, String xLabel, String byText,
      List<String> notes) {
    DefaultBoxAndWhiskerCategoryDataset box = new DefaultBoxAndWhiskerCategoryDataset();
    DefaultMultiValueCategoryDataset pts = new DefaultMultiValueCategoryDataset();
    int maxN = groups.values().stream().mapToInt(v -> v.length).max().orElse(0);
    boolean allDots = maxN <= MAX_DOTS;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int beyond = 0;
    for (Map.Entry<String, double[]> g : groups.entrySet()) {
      List<Double> vs = new ArrayList<>();
      for (double v : g.getValue()) {
        vs.add(v);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      BoxAndWhiskerItem s = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(vs);
      double wLo = num(s.getMinRegularValue());
      double wHi = num(s.getMaxRegularValue());
      // No outliers of the renderer's own: the dot layer below draws every run beyond the whiskers.
      box.add(new BoxAndWhiskerItem(s.getMean(), s.getMedian(), s.getQ1(), s.getQ3(), s.getMinRegularValue(),
          s.getMaxRegularValue(), s.getMinRegularValue(), s.getMaxRegularValue(), List.of()), metric, g.getKey());
      List<Number> dots = new ArrayList<>();
      for (double v : vs) {
        boolean outside = v < wLo || v > wHi;
        if (allDots || outside) {
          dots.add(v);
        }
        beyond += outside ? 1 : 0;
      }
      pts.add(dots, "runs", g.getKey());
    }
    CategoryAxis x = new CategoryAxis(xLabel);
    NumberAxis y = new NumberAxis(metric);
    y.setStandardTickUnits(ChartAxes.tickUnits());
    y.setRange(ChartAxes.span(lo, hi, MetricBounds.of(metric)));
    BoxAndWhiskerRenderer r = new FlatBoxRenderer();
    r.setSeriesPaint(0, new Color(0x56B4E9));
    r.setFillBox(true);
    r.setMeanVisible(false);
    r.setMedianVisible(true);
    r.setMaximumBarWidth(0.12);
    r.setDefaultOutlinePaint(Color.BLACK);
    r.setUseOutlinePaintForWhiskers(true);
    CategoryPlot plot = new CategoryPlot(box, x, y, r);
    ScatterRenderer s = new ScatterRenderer();
    s.setSeriesPaint(0, Color.BLACK);
    s.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    s.setSeriesShapesFilled(0, allDots);
    s.setUseOutlinePaint(false);
    s.setUseFillPaint(false);
    s.setDrawOutlines(true);
    s.setSeriesOutlineStroke(0, new BasicStroke(1.4f));
    plot.setDataset(1, pts);
    plot.setRenderer(1, s);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    if (groups.size() > 4) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart c = new JFreeChart("Distribution of " + metric, ChartStyle.TITLE, plot, false);
    String sub = "Box: quartiles and median, whiskers to 1.5 IQR; "
        + (allDots ? "dots = runs" : "circles = runs beyond the whiskers (" + (beyond == 0 ? "none" : beyond) + ")") + "; " + byText;
    return new Charts.Built(ChartStyle.apply(c, sub, RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }

  private static double num(Number n) {
    return n == null ? Double.NaN : n.doubleValue();
  }

  /** A box and whisker renderer that draws a box without height (q1 = q3) as a thick bar. */
  static final class FlatBoxRenderer extends BoxAndWhiskerRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public void drawVerticalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
        int column) {
      super.drawVerticalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
      DefaultBoxAndWhiskerCategoryDataset d = (DefaultBoxAndWhiskerCategoryDataset) dataset;
      double q1 = num(d.getQ1Value(row, column));
      double q3 = num(d.getQ3Value(row, column));
      if (Double.isNaN(q1) || q1 != q3) {
        return;
      }
      double start = domainAxis.getCategoryStart(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
      double end = domainAxis.getCategoryEnd(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
      double w = state.getBarWidth();
      double x0 = start + (end - start - w) / 2;
      double y = rangeAxis.valueToJava2D(q1, dataArea, plot.getRangeAxisEdge());
      Rectangle2D bar = new Rectangle2D.Double(x0, y - 3, w, 6);
      g2.setPaint(getItemPaint(row, column));
      g2.fill(bar);
      g2.setPaint(Color.BLACK);
      g2.setStroke(new BasicStroke(1f));
      g2.draw(bar);
    }
  }
}
