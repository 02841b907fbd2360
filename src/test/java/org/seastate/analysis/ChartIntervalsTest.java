package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intervals drawn on charts stay inside the metric's possible range. */
class ChartIntervalsTest {
  @TempDir Path tmp;

  @Test
  void meanIntervalIsClippedToTheMetricsRange() {
    double[] counts = {0, 0, 0, 5};
    double[] raw = {1.25 - Stats.tHalfWidth(counts), 1.25 + Stats.tHalfWidth(counts)};
    assertThat(raw[0]).as("unclipped low").isNegative();
    double[] c = ChartAxes.meanInterval(counts, MetricBounds.of("incidents_total"));
    assertThat(c).containsExactly(1.25, 0.0, raw[1]);

    double[] rates = {1, 1, 1, 0.5};
    double[] r = ChartAxes.meanInterval(rates, MetricBounds.of("resupply_success_rate"));
    assertThat(r[0]).isEqualTo(0.875);
    assertThat(r[2]).isEqualTo(1.0);
    assertThat(r[1]).isGreaterThan(0).isLessThan(0.875);

    assertThat(ChartAxes.meanInterval(new double[] {3}, MetricBounds.NON_NEGATIVE)).containsExactly(3, 3, 3);
  }

  @Test
  void timeseriesBandNeverGoesBelowZero() throws Exception {
    // two replicates: the t interval (t = 12.7) reaches far below zero near the start
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(1.0), 2));
    JFreeChart c = TimeseriesChart.build(data, "tension", Optional.of(Fixtures.RAA)).chart();
    YIntervalSeriesCollection ds = (YIntervalSeriesCollection) c.getXYPlot().getDataset();
    int atZero = 0;
    for (int s = 0; s < ds.getSeriesCount(); s++) {
      for (int i = 0; i < ds.getItemCount(s); i++) {
        assertThat(ds.getStartYValue(s, i)).isGreaterThanOrEqualTo(0);
        assertThat(ds.getEndYValue(s, i)).isGreaterThanOrEqualTo(ds.getYValue(s, i));
        if (ds.getStartYValue(s, i) == 0 && ds.getYValue(s, i) > 0) {
          atZero++;
        }
      }
    }
    assertThat(atZero).as("bands that were cut at zero").isPositive();
  }

  @Test
  void aSumOfSeriesKeepsOnlyTheSign() {
    assertThat(TimeseriesChart.bounds("resupply_success_rate", 1)).isEqualTo(MetricBounds.UNIT);
    assertThat(TimeseriesChart.bounds("resupply_success_rate", 3)).isEqualTo(MetricBounds.NON_NEGATIVE);
    assertThat(TimeseriesChart.bounds("tension", 12)).isEqualTo(MetricBounds.NON_NEGATIVE);
  }
}
