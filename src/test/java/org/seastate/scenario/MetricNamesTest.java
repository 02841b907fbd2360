package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The metric names charts are checked against are the names a run writes (a golden run's files). */
class MetricNamesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-2023-seed7-30d");

  @Test
  void summaryNamesAreTheRunsCsvColumns() throws IOException {
    List<String> header = Arrays.asList(Files.readAllLines(GOLDEN.resolve("runs.csv")).get(0).split(","));
    Set<String> metrics = new TreeSet<>(header.subList(header.indexOf("days_simulated"), header.size()));
    assertThat(MetricNames.SUMMARY).containsExactlyInAnyOrderElementsOf(metrics);
  }

  @Test
  void taggedNamesAreTheTaggedRowsOfMetricsCsv() throws IOException {
    Set<String> tagged = new TreeSet<>();
    for (String line : Files.readAllLines(GOLDEN.resolve("metrics.csv")).stream().skip(1).toList()) {
      String[] f = line.split(",", -1);
      if (!(f[2] + f[3] + f[4]).isEmpty()) {
        tagged.add(f[1]);
      }
    }
    assertThat(MetricNames.TAGGED).containsExactlyInAnyOrderElementsOf(tagged);
  }

  @Test
  void seriesAreTheTimeseriesNamesBeforeTheirTags() throws IOException {
    Set<String> series = new TreeSet<>();
    try (var in = Files.newBufferedReader(GOLDEN.resolve("timeseries.csv"));
         var p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      p.forEach(r -> series.add(r.get("series").split("\\[", 2)[0]));
    }
    assertThat(MetricNames.SERIES).containsExactlyInAnyOrderElementsOf(series);
  }

  @Test
  void shortFormsAndTaggedNamesResolve() {
    assertThat(MetricNames.problem("sobol", "incidents")).isEmpty();
    assertThat(MetricNames.problem("distribution", "tension")).isEmpty();
    assertThat(MetricNames.problem("heatmap", "max_level")).isEmpty();
    assertThat(MetricNames.problem("distribution", "at_sea_days[CN]")).isEmpty();
    assertThat(MetricNames.problem("distribution", "presence_calendar_days[CN,militia,whitsun-reef]")).isEmpty();
    assertThat(MetricNames.problem("timeseries", "tension.CN-PH")).isEmpty();
    assertThat(MetricNames.problem("timeseries", "tension[CN-PH]")).isEmpty();
    assertThat(MetricNames.problem("timeseries", "on_station[CN,coast_guard]")).isEmpty();
    assertThat(MetricNames.problem("timeseries", "incidents_level_4_cumulative")).isEmpty();
    assertThat(MetricNames.problem("presence_vs_observed", "presence_calendar_days")).isEmpty();
    assertThat(MetricNames.problem("incidents_by_level", "anything")).isEmpty();
    assertThat(MetricNames.problem("distribution", "at_sea_dayz[CN]")).get().asString()
        .contains("did you mean 'at_sea_days'?");
    assertThat(MetricNames.problem("timeseries", "tensoin")).get().asString().contains("did you mean 'tension'?");
  }
}
