package org.seastate.analysis;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.seastate.io.ResultsInputException;

/**
 * First-order and total Sobol indices of a metric with bootstrap intervals, so a reader sees
 * which factors drive the metric's variance in a Sobol sweep.
 */
final class SobolChart {
  private SobolChart() {}

  static Charts.Built build(ResultsData data, String metric) {
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
    return new Charts.Built(ChartStyle.apply(c, sub, null), null);
  }
}
