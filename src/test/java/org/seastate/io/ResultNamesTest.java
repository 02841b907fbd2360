package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The golden run's files name things one way: columns and metric names in snake_case, and a
 * broken-down quantity in one text field as {@code name[tag,...]} (results/README.md), with the
 * same base names across files.
 */
class ResultNamesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-2023-seed7-30d");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
  private static final Pattern TAGGED = Pattern.compile("(" + SNAKE.pattern() + ")(\\[(" + TAG.pattern()
      + ")(," + TAG.pattern() + ")*\\])?");

  @Test
  void everyHeaderIsSnakeCase() throws IOException {
    for (String f : List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv")) {
      for (String column : header(GOLDEN.resolve(f))) {
        assertThat(column).as(f).matches(SNAKE);
      }
    }
  }

  @Test
  void seriesNamesFollowTheOneTagSyntax() throws IOException {
    Set<String> bases = new TreeSet<>();
    for (CSVRecord r : rows(GOLDEN.resolve("timeseries.csv"))) {
      String name = r.get("series");
      assertThat(name).as("timeseries.csv series").matches(TAGGED);
      assertThat(SeriesNames.csvName(name)).isEqualTo(name);
      bases.add(SeriesNames.base(name));
    }
    assertThat(bases).contains("tension", "on_station", "incidents_level_3_cumulative",
        "reported_incidents_total_cumulative", "resupply_attempts_cumulative");
  }

  @Test
  void metricNamesAreSnakeCaseWithTagsInTheirOwnColumns() throws IOException {
    for (CSVRecord r : rows(GOLDEN.resolve("metrics.csv"))) {
      assertThat(r.get("metric")).matches(SNAKE);
      for (String tag : List.of("nation", "agency", "feature")) {
        assertThat(r.get(tag)).matches(t -> t.isEmpty() || TAG.matcher(t).matches(), "a tag");
      }
    }
  }

  /** A series {@code X_cumulative} is the running total of the runs.csv metric X: one name per quantity. */
  @Test
  void cumulativeSeriesAreNamedAfterTheirMetric() throws IOException {
    List<String> runsColumns = header(GOLDEN.resolve("runs.csv"));
    Set<String> metricNames = new TreeSet<>();
    rows(GOLDEN.resolve("metrics.csv")).forEach(r -> metricNames.add(r.get("metric")));
    for (CSVRecord r : rows(GOLDEN.resolve("timeseries.csv"))) {
      String base = SeriesNames.base(r.get("series"));
      if (base.endsWith("_cumulative")) {
        String metric = base.substring(0, base.length() - "_cumulative".length());
        List<String> parts = List.of(metric.split("_or_"));
        if (parts.size() > 1) { // resupply_through_or_partial: resupply_through + resupply_partial
          parts = List.of(parts.get(0), "resupply_" + parts.get(1));
        }
        parts.forEach(p -> assertThat(runsColumns).as(base).contains(p));
      }
    }
    assertThat(metricNames).contains("tension_mean"); // tension[A-B] is the daily value, tension_mean[A-B] its mean
  }

  @Test
  void olderDottedNamesAreReadInTheOneSyntax() {
    assertThat(SeriesNames.csvName("on_station.CN.coast_guard")).isEqualTo("on_station[CN,coast_guard]");
    assertThat(SeriesNames.csvName("tension.CN-PH")).isEqualTo("tension[CN-PH]");
    assertThat(SeriesNames.csvName("incidents_cumulative.level_4")).isEqualTo("incidents_level_4_cumulative");
    assertThat(SeriesNames.csvName("resupply_successes_cumulative")).isEqualTo("resupply_through_or_partial_cumulative");
    assertThat(SeriesNames.matches("on_station[CN,navy]", "on_station")).isTrue();
    assertThat(SeriesNames.matches("on_station[CN,navy]", "on_station[CN]")).isTrue();
    assertThat(SeriesNames.matches("on_station[CNX,navy]", "on_station[CN]")).isFalse();
    assertThat(SeriesNames.matches("tension[CN-PH]", "tension[CN-PH]")).isTrue();
  }

  static List<String> header(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv); CSVParser p = parser(in)) {
      return p.getHeaderNames();
    }
  }

  static List<CSVRecord> rows(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv); CSVParser p = parser(in)) {
      return new ArrayList<>(p.getRecords());
    }
  }

  private static CSVParser parser(Reader in) throws IOException {
    return ResultsWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
  }
}
