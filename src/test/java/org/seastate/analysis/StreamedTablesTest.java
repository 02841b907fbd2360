package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the row-by-row readers of metrics.csv and timeseries.csv keep: one value per successful
 * run, the rules for runs without a row, and sums of breakdowns per run and date.
 */
class StreamedTablesTest {
  @TempDir Path dir;

  /** Runs 0, 1 and 3 succeeded; run 2 failed. */
  static final Map<Long, Integer> OK_RUNS = Map.of(0L, 0, 1L, 1, 3L, 2);

  @Test
  void taggedMetricsKeepOneValuePerSuccessfulRun() throws IOException {
    Files.writeString(dir.resolve("metrics.csv"), """
        run_id,metric,nation,agency,feature,value
        0,incidents_total,,,,4
        0,at_sea_days,CN,,,10
        0,transit_hours_mean,PH,navy,thitu,12.5
        1,at_sea_days,CN,,,7
        1,at_sea_days,CN,,,8
        2,episodes,CN:PH,,scarborough-shoal,3
        3,at_sea_days,CN,,,NaN
        """);
    TaggedMetrics t = TaggedMetrics.load(dir, OK_RUNS);
    assertThat(t.names()).as("untagged rows left out; names in file order, a failed run's included")
        .containsExactly("at_sea_days[CN]", "transit_hours_mean[PH,navy,thitu]", "episodes[CN:PH,scarborough-shoal]");
    assertThat(t.column("at_sea_days[CN]")).as("the later of two rows counts; NaN stays NaN")
        .containsExactly(10, 8, Double.NaN);
    assertThat(t.column("transit_hours_mean[PH,navy,thitu]")).as("a mean without a row is undefined")
        .containsExactly(12.5, Double.NaN, Double.NaN);
    assertThat(t.column("episodes[CN:PH,scarborough-shoal]")).as("a count without a row is 0")
        .containsExactly(0, 0, 0);
    assertThat(t.has("incidents_total")).isFalse();
    assertThat(TaggedMetrics.load(dir.resolve("none"), OK_RUNS).names()).isEmpty();
  }

  @Test
  void seriesSumsAddBreakdownsPerRunAndDate() throws IOException {
    Files.writeString(dir.resolve("timeseries.csv"), """
        run_id,day,date,series,value
        0,0,2025-09-11,"on_station[CN,coast_guard]",2
        0,0,2025-09-11,"on_station[CN,militia]",5
        0,0,2025-09-11,"on_station[PH,navy]",1
        0,7,2025-09-18,"on_station[CN,coast_guard]",3
        1,7,2025-09-18,"on_station[CN,militia]",NaN
        1,7,2025-09-18,"on_station[CN,coast_guard]",4
        2,0,2025-09-11,"on_station[CN,navy]",9
        3,0,2025-09-11,tension[CN-PH],1
        """);
    SeriesSums s = SeriesSums.read(dir.resolve("timeseries.csv"), "on_station[CN]", OK_RUNS);
    assertThat(s.rows()).as("rows of the series, the failed run's included").isEqualTo(6);
    assertThat(s.matched()).containsExactly("on_station[CN,coast_guard]", "on_station[CN,militia]");
    TreeMap<LocalDate, double[]> byDate = s.byDate(List.of(1, 0, 2));
    assertThat(byDate.keySet()).containsExactly(LocalDate.of(2025, 9, 11), LocalDate.of(2025, 9, 18));
    assertThat(byDate.get(LocalDate.of(2025, 9, 11))).as("only run 0 has the first date").containsExactly(7);
    assertThat(byDate.get(LocalDate.of(2025, 9, 18))).as("in the order asked for; NaN + 4 is NaN")
        .containsExactly(Double.NaN, 3);
    assertThat(s.byDate(List.of(2))).as("run 3 has no on_station rows").isEmpty();
    assertThat(s.first()).isEqualTo(LocalDate.of(2025, 9, 11));
  }
}
