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
import org.jfree.chart.axis.NumberTickUnit;
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
 * printed, so an interaction between two factors shows at a glance. The colour scale is
 * anchored on the question (see {@link #scale}).
 */
final class HeatmapChart {
  private HeatmapChart() {}

  /**
   * The cells of a heat map: {@code cells[i][j]} is the value at x category {@code xs[i]} and
   * y category {@code ys[j]} (NaN: no value); {@code minN} is the fewest runs behind a cell.
   */
  record Grid(String title, String metric, String xLabel, List<String> xs, String yLabel, List<String> ys,
      double[][] cells, int minN) {}

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
    Map<String, List<Integer>> gy = fy.isPresent() ? RunGroups.axisGroups(data, fy.get(), notes)
        : Map.of("all", RunGroups.allRuns(data));
    List<String> xs = new ArrayList<>(gx.keySet());
    List<String> ys = new ArrayList<>(gy.keySet());
    double[][] cells = new double[xs.size()][ys.size()];
    int minN = Integer.MAX_VALUE;
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        List<Integer> cell = new ArrayList<>(gx.get(xs.get(i)));
        cell.retainAll(gy.get(ys.get(j)));
        double[] v = Stats.finite(cell.stream().mapToDouble(r -> data.value(r, metric)).toArray());
        minN = Math.min(minN, v.length);
        cells[i][j] = Stats.mean(v);
      }
    }
    Grid g = new Grid("Mean " + metric, metric, ResultsData.shortName(fx), xs, fy.map(ResultsData::shortName).orElse(""),
        ys, cells, minN);
    return draw(g, false, "Mean over replicates in each cell (number shown)", notes);
  }

  /**
   * The colour scale a heat map is read against, anchored on the question rather than on the
   * data's extremes: a difference (or any values below zero) gets a diverging scale centred on
   * 0, symmetric to the largest |value|, so the sign reads off the hue; non-negative values get
   * a sequential scale from the metric's lower bound (0 when unbounded), so a pale cell means
   * little and not merely the least of the cells.
   */
  static ChartStyle.Ramp scale(double lo, double hi, String metric, boolean difference) {
    if (difference || lo < 0) {
      return new ChartStyle.Diverging(Math.max(Math.abs(lo), Math.abs(hi)));
    }
    MetricBounds b = MetricBounds.of(metric);
    double floor = Double.isFinite(b.min()) ? Math.min(b.min(), lo) : 0;
    return new ChartStyle.Viridis(floor, hi);
  }

  /** Draws a grid; {@code difference} when the cells are differences (treatment − reference). */
  static Charts.Built draw(Grid g, boolean difference, String subtitle, List<String> notes) {
    int n = g.xs().size() * g.ys().size();
    double[][] xyz = new double[3][n];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int k = 0;
    for (int i = 0; i < g.xs().size(); i++) {
      for (int j = 0; j < g.ys().size(); j++) {
        double m = g.cells()[i][j];
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
      throw new ResultsInputException("no values of " + g.metric() + " to draw");
    }
    DefaultXYZDataset ds = new DefaultXYZDataset();
    ds.addSeries(g.metric(), xyz);
    SymbolAxis x = new SymbolAxis(g.xLabel(), g.xs().toArray(new String[0]));
    SymbolAxis y = new SymbolAxis(g.yLabel(), g.ys().toArray(new String[0]));
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    y.setLowerMargin(0);
    y.setUpperMargin(0);
    x.setRange(-0.5, g.xs().size() - 0.5);
    y.setRange(-0.5, g.ys().size() - 0.5);
    XYBlockRenderer r = new XYBlockRenderer();
    ChartStyle.Ramp scale = scale(lo, hi, g.metric(), difference);
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(ds, x, y, r);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    Font cellFont = new Font(ChartStyle.FONT, Font.BOLD, n > 60 ? 11 : 15);
    for (int q = 0; q < n; q++) {
      double m = xyz[2][q];
      XYTextAnnotation a = new XYTextAnnotation(ChartAxes.label(m), xyz[0][q], xyz[1][q]);
      a.setFont(cellFont);
      a.setTextAnchor(TextAnchor.CENTER);
      Color bg = scale.color(m);
      double lum = 0.299 * bg.getRed() + 0.587 * bg.getGreen() + 0.114 * bg.getBlue();
      a.setPaint(lum > 140 ? Color.BLACK : Color.WHITE);
      plot.addAnnotation(a);
    }
    JFreeChart c = new JFreeChart(g.title(), ChartStyle.TITLE, plot, false);
    NumberAxis sa = new NumberAxis(difference ? g.metric() + " (difference)" : g.metric());
    sa.setTickLabelFont(ChartStyle.TICK);
    sa.setLabelFont(ChartStyle.LABEL);
    sa.setRange(scale.getLowerBound(), scale.getUpperBound());
    sa.setTickUnit((NumberTickUnit) ChartAxes.tickUnits().getCeilingTickUnit(
        (scale.getUpperBound() - scale.getLowerBound()) / 6));
    PaintScaleLegend legend = new PaintScaleLegend(scale, sa);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(10, 10, 10, 10));
    legend.setStripWidth(18);
    legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    c.addSubtitle(legend);
    if (g.minN() < 2) {
      notes.add(g.minN() == 0 ? "some cells have no runs" : "some cells rest on a single run");
    }
    return new Charts.Built(ChartStyle.apply(c, subtitle, RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }
}
