package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.ResultsWriter;

class SweepCommandTest {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";

  @TempDir Path dir;
  final Cli.Session session = new Cli.Session();
  final StringWriter out = session.out;
  final StringWriter err = session.err;

  int seastate(String... args) {
    return session.run(args);
  }

  static List<CSVRecord> rows(Path csv) throws Exception {
    try (Reader in = Files.newBufferedReader(csv);
         CSVParser p = ResultsWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return p.getRecords();
    }
  }

  /** The rows of one run with the run id column dropped. */
  static List<List<String>> ofRun(Path csv, String runId) throws Exception {
    List<List<String>> out = new ArrayList<>();
    for (CSVRecord r : rows(csv)) {
      if (r.get(0).equals(runId)) {
        out.add(r.toList().subList(1, r.size()));
      }
    }
    return out;
  }

  @Test
  void runWithASweepRunsSeedAndFactorValuesRepeatsThatRun() throws Exception {
    Path sweep = dir.resolve("sweep");
    assertThat(seastate("sweep", TINY, "--days", "4", "--out", sweep.toString(), "--threads", "2", "--quiet"))
        .as(err.toString()).isEqualTo(ExitCode.OK);
    CSVRecord run7 = rows(sweep.resolve("runs.csv")).get(7);
    assertThat(run7.get("run_id")).isEqualTo("7");
    Path single = dir.resolve("single");
    assertThat(seastate("run", "scenarios/raa-2025.yaml", "--seed", run7.get("seed"), "--days", "4", "--interval", "5",
        "--set", "agreements.jp-ph-raa.enabled=" + run7.get("agreements.jp-ph-raa.enabled"),
        "--set", "nations.CN.posture.resolve=" + run7.get("nations.CN.posture.resolve"),
        "--out", single.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    CSVRecord one = rows(single.resolve("runs.csv")).get(0);
    List<String> a = run7.toList();
    List<String> b = one.toList();
    assertThat(b.subList(3, b.size())).isEqualTo(a.subList(3, a.size())); // from the seed on
    for (String f : List.of("metrics.csv", "timeseries.csv", "events.csv")) {
      assertThat(ofRun(single.resolve(f), "0")).as(f).isEqualTo(ofRun(sweep.resolve(f), "7")).isNotEmpty();
    }
  }

  @Test
  void shardsMergeAndBadInputIsExitCodeTwo() throws Exception {
    for (int k = 0; k < 2; k++) {
      assertThat(seastate("sweep", TINY, "--days", "2", "--shard", k + "/2", "--out", dir.resolve("p" + k).toString(),
          "--quiet")).as(err.toString()).isEqualTo(ExitCode.OK);
    }
    assertThat(seastate("merge", dir.resolve("p0").toString(), "--out", dir.resolve("m").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("error: 6 of 12 runs are missing").doesNotContain("Exception");
    assertThat(seastate("merge", dir.resolve("p0").toString(), dir.resolve("p1").toString(),
        "--out", dir.resolve("m").toString())).isEqualTo(ExitCode.OK);
    assertThat(rows(dir.resolve("m/runs.csv"))).hasSize(12);
    assertThat(seastate("sweep", TINY, "--shard", "2/2", "--quiet")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("shard index must be between 0 and 1");
    assertThat(seastate("sweep", TINY, "--days", "2", "--out", dir.resolve("p0").toString(), "--quiet"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("--force");
  }

  @Test
  void resumingAFinishedSweepDoesNothing() throws Exception {
    Path sweep = dir.resolve("done");
    assertThat(seastate("sweep", TINY, "--days", "2", "--out", sweep.toString(), "--quiet", "--no-report"))
        .as(err.toString()).isEqualTo(ExitCode.OK);
    byte[] runs = Files.readAllBytes(sweep.resolve("runs.csv"));
    out.getBuffer().setLength(0);
    assertThat(seastate("sweep", TINY, "--days", "2", "--out", sweep.toString(), "--resume", "--no-report"))
        .as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("(0 this time)");
    assertThat(Files.readAllBytes(sweep.resolve("runs.csv"))).isEqualTo(runs);
  }

  @Test
  void progressLinesWithoutATerminal() {
    long[] now = {0};
    StringWriter text = new StringWriter();
    ConsoleProgress p = new ConsoleProgress(new PrintWriter(text), false, 10_000, () -> now[0]);
    p.started(100, 0);
    now[0] = 5_000;
    p.runFinished(null, null, 10, 100);
    now[0] = 12_000;
    p.runFinished(null, null, 20, 100);
    assertThat(text.toString().lines()).containsExactly(
        "progress 20% 20/100 runs, 100.0 runs/min, 12s elapsed, 48s left");
    StringWriter bar = new StringWriter();
    ConsoleProgress t = new ConsoleProgress(new PrintWriter(bar), true, 10_000, () -> now[0]);
    t.started(10, 5);
    now[0] = 72_000;
    t.runFinished(null, null, 6, 10);
    assertThat(bar.toString()).endsWith("\r[##################            ]  60% 6/10 runs, 1.0 runs/min, 1m00s elapsed, 4m00s left");
  }
}
