package org.seastate.analysis;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.seastate.io.ResultsInputException;

/**
 * The mean of a runs.csv metric in each cell of two factors as a heat map with the value
 * printed, so an interaction between two factors shows at a glance.
 */
final class HeatmapChart {
  private HeatmapChart() {}

  static Charts.Built build(ResultsData data, String metric, Optional<String> by) {
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
    Map<String, List<Integer>> gx = RunGroups.axisGroups(data, fx, notes);
    Map<String, List<Integer>> gy = fy.isPresent() ? RunGroups.axisGroups(data, fy.get(), notes) : Map.of("all", RunGroups.allRuns(data));
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
    return new Charts.Built(ChartStyle.apply(c, "Mean over replicates in each cell (number shown)", RunGroups.joinNotes(notes)),
        RunGroups.joinNotes(notes));
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
}
