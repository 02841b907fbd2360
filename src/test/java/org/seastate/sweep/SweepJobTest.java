package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioLoader.LoadedSweep;

/** Whole sweeps in-process, with short runs of the real model. */
class SweepJobTest {
  static final Path TINY = Path.of("src/test/resources/sweeps/tiny.yaml");
  static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv", "points.csv");
  static final int DAYS = 3;

  static LoadedSweep sweep;
  static ScenarioLoader loader;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    loader = new ScenarioLoader(Theater.standard());
    sweep = loader.loadSweep(TINY);
  }

  static Runner model() {
    return new ModelRunner(loader, sweep.base(), Theater.standard(), DAYS, sweep.sweep().timeseriesIntervalDays());
  }

  static SweepSettings settings(Path out, int threads, ShardSpec shard, boolean resume, boolean failFast) {
    return new SweepSettings(out, false, resume, shard, threads, failFast, DAYS, List.of("test"), "test", "test");
  }

  static SweepJob.Result sweep(Runner runner, SweepSettings s) throws Exception {
    return SweepJob.run(TINY, sweep, runner, s, ProgressListener.NONE);
  }

  static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String f : FILES) {
      assertThat(Files.mismatch(expected.resolve(f), actual.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void outputIsTheSameWhateverTheThreadsAndShards() throws Exception {
    Path one = tmp.resolve("t1");
    Path four = tmp.resolve("t4");
    SweepJob.Result r = sweep(model(), settings(one, 1, ShardSpec.ALL, false, false));
    assertThat(r.runs()).isEqualTo(12);
    assertThat(r.complete()).isTrue();
    sweep(model(), settings(four, 4, ShardSpec.ALL, false, false));
    assertSameFiles(one, four);
    assertThat(Files.readAllLines(one.resolve("runs.csv"))).hasSize(13);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsOnly("t1", "t4"); // no work left

    for (int n : new int[] {1, 3, 7}) {
      List<Path> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Path part = tmp.resolve("s" + n + "/part-" + k);
        sweep(model(), settings(part, 2, new ShardSpec(k, n), false, false));
        parts.add(part);
      }
      Path merged = tmp.resolve("merged-" + n);
      assertThat(Merge.merge(parts, merged, false, List.of(), "test", "test")).isEqualTo(12);
      assertSameFiles(one, merged);
    }
  }

  @Test
  void mergeRefusesMissingAndDuplicatedRuns() throws Exception {
    List<Path> parts = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      Path part = tmp.resolve("part-" + k);
      sweep(model(), settings(part, 2, new ShardSpec(k, 3), false, false));
      parts.add(part);
    }
    assertThatThrownBy(() -> Merge.merge(parts.subList(0, 2), tmp.resolve("m1"), false, List.of(), "t", "t"))
        .isInstanceOf(SweepException.class)
        .hasMessageContaining("4 of 12 runs are missing")
        .hasMessageContaining("first: 2, 5, 8, 11");
    List<Path> doubled = new ArrayList<>(parts);
    doubled.add(parts.get(1));
    assertThatThrownBy(() -> Merge.merge(doubled, tmp.resolve("m2"), false, List.of(), "t", "t"))
        .isInstanceOf(SweepException.class)
        .hasMessageContaining("more than one part")
        .hasMessageContaining("1 (in ");
    assertThat(tmp.resolve("m1")).doesNotExist();
    assertThat(tmp.resolve("m2")).doesNotExist();
  }

  @Test
  void aFailedRunIsRecordedAndTheOthersComplete() throws Exception {
    Runner model = model();
    Runner failing = spec -> {
      if (spec.runId() == 5) {
        throw new IllegalStateException("boom at run 5");
      }
      return model.run(spec);
    };
    Path out = tmp.resolve("f");
    SweepJob.Result r = sweep(failing, settings(out, 2, ShardSpec.ALL, false, false));
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.complete()).isTrue();
    List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
    assertThat(rows).hasSize(13);
    assertThat(rows.get(6)).startsWith("5,1,1,").contains(",failed,IllegalStateException: boom at run 5,");
    assertThat(rows.stream().filter(l -> l.contains(",ok,"))).hasSize(11);
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertThat(manifest).contains("\"status\" : \"failed\"").contains("boom at run 5");
  }

  @Test
  void failFastStopsAndResumeFinishesWithTheSameFiles() throws Exception {
    Path clean = tmp.resolve("clean");
    sweep(model(), settings(clean, 2, ShardSpec.ALL, false, false));

    Runner model = model();
    AtomicInteger calls = new AtomicInteger();
    Runner failing = spec -> {
      if (spec.runId() == 4) {
        throw new IllegalStateException("transient");
      }
      calls.incrementAndGet();
      return model.run(spec);
    };
    Path out = tmp.resolve("ff");
    SweepJob.Result stopped = sweep(failing, settings(out, 1, ShardSpec.ALL, false, true));
    assertThat(stopped.complete()).isFalse();
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve(".ff.partial")).isDirectory();
    // starting again without --resume is refused
    assertThatThrownBy(() -> sweep(model, settings(out, 1, ShardSpec.ALL, false, false)))
        .isInstanceOf(SweepException.class).hasMessageContaining("--resume");

    AtomicInteger resumed = new AtomicInteger();
    Runner counting = spec -> {
      resumed.incrementAndGet();
      return model.run(spec);
    };
    SweepJob.Result r = sweep(counting, settings(out, 2, ShardSpec.ALL, true, false));
    assertThat(r.complete()).isTrue();
    assertThat(resumed.get()).isEqualTo(12 - calls.get()); // only the missing runs, including the failed one
    assertSameFiles(clean, out);
    assertThat(tmp.resolve(".ff.partial")).doesNotExist();
  }

  @Test
  void theStarterSobolSweepPlansSaltelliBlocks() {
    var sensitivity = loader.loadSweep(Path.of("scenarios/sweeps/sensitivity.yaml")).sweep();
    RunPlan plan = RunPlan.of(sensitivity);
    int k = sensitivity.factors().size();
    assertThat(plan.points()).hasSize(128 * (k + 2));
    assertThat(plan.totalRuns()).isEqualTo(2L * 128 * (k + 2));
    assertThat(plan.points().get(k + 2).block()).isEqualTo("A");
    assertThat(plan.points().get(k + 2).baseIndex()).isEqualTo(1);
    // every point applies to the base scenario
    loader.withOverrides(sweep.base(), plan.points().get(3).values());
  }

  @Test
  void anExistingResultsFolderIsNotOverwrittenWithoutForce() throws Exception {
    Path out = tmp.resolve("x");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> sweep(model(), settings(out, 1, ShardSpec.ALL, false, false)))
        .isInstanceOf(SweepException.class).hasMessageContaining("--force");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
  }
}
