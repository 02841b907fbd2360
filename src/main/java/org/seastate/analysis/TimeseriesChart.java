package org.seastate.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;
import org.seastate.io.SeriesNames;

/**
 * A series of timeseries.csv over time: one line per group, the mean over its runs on each
 * date with the 95% t interval of that mean as a band, so a reader sees both the trend and how
 * far replicates let it be trusted. The band is clipped to what the series can take.
 */
final class TimeseriesChart {
  private TimeseriesChart() {}

  /**
   * @param wanted a series name of timeseries.csv, or the name before its tags to sum its
   *     breakdowns ({@code tension}, {@code on_station[CN]}); the dotted names of older results
   *     folders ({@code tension.CN-PH}) are read as their {@code name[tags]} form
   */
  static Charts.Built build(ResultsData data, String wanted, Optional<String> by) {
    String series = SeriesNames.csvName(wanted);
    if (!ResultsReader.has(data.dir().resolve("timeseries.csv"))) {
      throw new ResultsInputException("no timeseries.csv in " + data.dir() + ": its outputs section left it out"
          + " (outputs.timeseries: none, or not in outputs.tables)");
    }
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = RunGroups.groups(data, by, notes);
    SeriesSums sums = SeriesSums.read(data.dir().resolve("timeseries.csv"), series, data.runIndex());
    if (sums.rows() == 0) {
      throw new ResultsInputException("timeseries.csv has no series '" + series + "' (nor a breakdown of it, "
          + (series.endsWith("]") ? series.substring(0, series.length() - 1) + ",...]" : series + "[...]") + ")");
    }
    TreeSet<String> matched = sums.matched();
    String label = matched.size() == 1 ? matched.first() : series + ", sum of " + matched.size() + " series";
    MetricBounds bounds = bounds(series, matched.size());
    YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      YIntervalSeries s = new YIntervalSeries(g.getKey() + " (n=" + g.getValue().size() + ")");
      sums.byDate(g.getValue()).forEach((d, vs) -> {
        double[] x = Stats.finite(vs);
        double[] band = ChartAxes.meanInterval(x, bounds);
        double ms = d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        s.add(ms, band[0], band[1], band[2]);
      });
      ds.addSeries(s);
    }
    LocalDate first = sums.first();
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
    JFreeChart c = new JFreeChart(RunGroups.title(series) + " over time", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    return new Charts.Built(ChartStyle.apply(c, "Mean over replicates with 95% t interval (band), " + RunGroups.byText(by),
        RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }


  /**
   * What the drawn series can take: the series' own bounds, but a sum of several series is
   * only known to keep the sign (a sum of rates can exceed 1).
   */
  static MetricBounds bounds(String series, int summed) {
    MetricBounds b = MetricBounds.of(series);
    if (summed <= 1) {
      return b;
    }
    return b.min() >= 0 ? MetricBounds.NON_NEGATIVE : MetricBounds.ANY;
  }
}
