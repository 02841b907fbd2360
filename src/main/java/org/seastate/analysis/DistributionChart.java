package org.seastate.analysis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * The spread of a runs.csv metric over the runs of each group as box plots, so a reader sees
 * how much replicates differ and not only their mean.
 */
final class DistributionChart {
  private DistributionChart() {}

  static Charts.Built build(ResultsData data, String metric, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = RunGroups.groups(data, by, notes);
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
        + (maxN <= 40 ? ", dots = runs" : "") + "; " + RunGroups.byText(by);
    return new Charts.Built(ChartStyle.apply(c, sub, RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }
}
