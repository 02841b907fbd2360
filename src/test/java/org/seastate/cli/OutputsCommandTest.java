package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code outputs:} section chooses what is written and nothing else: the results that are
 * written are the same bytes, and the lean choice is a small fraction of the default.
 */
class OutputsCommandTest {
  private static final Path BASELINE = Path.of("scenarios/baseline-2023.yaml").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void monthlySeriesWithoutEventVesselsIsAtMostAQuarterOfTheDefault() throws IOException {
    Path lean = scenario("lean", "outputs: {timeseries: monthly, event_vessels: false}");
    Path all = tmp.resolve("all");
    Path small = tmp.resolve("small");
    // a third of the year: long enough for every kind of row, short enough for a unit test
    assertThat(ScenarioCommandsTest.run("run", BASELINE.toString(), "--seed", "1", "--days", "120", "--out",
        all.toString()).exit()).isZero();
    assertThat(ScenarioCommandsTest.run("run", lean.toString(), "--seed", "1", "--days", "120", "--out",
        small.toString()).exit()).isZero();
    long before = csvBytes(all);
    long after = csvBytes(small);
    assertThat(after).as("%d bytes against %d", after, before).isLessThanOrEqualTo(before / 4);
    // the same run: runs.csv and metrics.csv are identical, the series a subset, events without vessels
    assertThat(Files.readString(small.resolve("runs.csv"))).isEqualTo(Files.readString(all.resolve("runs.csv")));
    assertThat(Files.readString(small.resolve("metrics.csv"))).isEqualTo(Files.readString(all.resolve("metrics.csv")));
    assertThat(Files.readAllLines(all.resolve("timeseries.csv")))
        .containsAll(Files.readAllLines(small.resolve("timeseries.csv")));
    assertThat(Files.readAllLines(small.resolve("events.csv"))).hasSameSizeAs(Files.readAllLines(all.resolve("events.csv")));
    assertThat(Files.readString(small.resolve("events.csv"))).doesNotContain("CN-ccg");
    assertThat(Files.readString(small.resolve("manifest.json")))
        .contains("tables=runs,metrics,timeseries,events timeseries=monthly event_vessels=false");
  }

  @Test
  void tablesLeftOutAreNotWrittenAndRunsCsvAlwaysIs() throws IOException {
    Path s = scenario("runs-only", "outputs: {tables: [metrics]}");
    Path out = tmp.resolve("r");
    assertThat(ScenarioCommandsTest.run("run", s.toString(), "--days", "5", "--out", out.toString()).exit()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .isEqualTo(List.of("manifest.json", "metrics.csv", "runs.csv"));
    }
    Path none = scenario("none", "outputs: {timeseries: none}");
    Path out2 = tmp.resolve("n");
    assertThat(ScenarioCommandsTest.run("run", none.toString(), "--days", "5", "--out", out2.toString()).exit()).isZero();
    assertThat(out2.resolve("timeseries.csv")).doesNotExist();
    assertThat(out2.resolve("events.csv")).exists();
  }

  @Test
  void aSweepWithoutTimeSeriesShardsAndMergesToTheSameBytes() throws IOException {
    String tiny = Files.readString(Path.of("src/test/resources/sweeps/tiny.yaml"))
        .replace("base: ../../../../scenarios/raa-2025.yaml", "base: " + Path.of("scenarios/raa-2025.yaml").toAbsolutePath())
        .replace("timeseries_interval_days: 5", "outputs: {tables: [runs, metrics, events], event_vessels: false}");
    Path sweep = Files.writeString(tmp.resolve("lean-sweep.yaml"), tiny);
    Path whole = tmp.resolve("whole");
    Cli.Result r = Cli.run("sweep", sweep.toString(), "--days", "2", "--threads", "2", "--out", whole.toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(whole.resolve("timeseries.csv")).doesNotExist();
    assertThat(whole.resolve("report.html")).exists();
    for (int k = 0; k < 2; k++) {
      Cli.Result p = Cli.run("sweep", sweep.toString(), "--days", "2", "--shard", k + "/2", "--out",
          tmp.resolve("p" + k).toString(), "--quiet", "--no-report");
      assertThat(p.exit()).as(p.err()).isZero();
    }
    Cli.Result m = Cli.run("merge", tmp.resolve("p0").toString(), tmp.resolve("p1").toString(), "--out",
        tmp.resolve("m").toString());
    assertThat(m.exit()).as(m.err()).isZero();
    for (String f : List.of("runs.csv", "metrics.csv", "events.csv", "points.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("m").resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
    }
    assertThat(tmp.resolve("m/timeseries.csv")).doesNotExist();
  }

  private Path scenario(String name, String outputs) throws IOException {
    return Files.writeString(tmp.resolve(name + ".yaml"), "extends: " + BASELINE + "\n" + outputs + "\n");
  }

  private static long csvBytes(Path dir) throws IOException {
    long n = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        n += Files.size(p);
      }
    }
    return n;
  }
}
