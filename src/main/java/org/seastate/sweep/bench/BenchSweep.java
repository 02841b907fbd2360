package org.seastate.sweep.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.seastate.geo.Theater;
import org.seastate.io.AtomicFiles;
import org.seastate.io.ResultsFolder;
import org.seastate.scenario.ScenarioLoader.LoadedSweep;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.sweep.ModelRunner;
import org.seastate.sweep.ProgressListener;
import org.seastate.sweep.Runner;
import org.seastate.sweep.ShardSpec;
import org.seastate.sweep.SweepException;
import org.seastate.sweep.SweepExecutor;
import org.seastate.sweep.SweepJob;
import org.seastate.sweep.SweepSettings;

/**
 * A throw-away sweep for measurements: {@code replicates} runs of the first {@code days} days of
 * one scenario (no factors), written as a sweep file into a work folder and run by the real
 * {@link SweepJob} and {@link SweepExecutor}, results and all. The caller deletes the folder.
 */
final class BenchSweep {
  private final Theater theater;
  private final ScenarioLoader loader;
  private final Path sweepFile;
  private final LoadedSweep loaded;
  private final int days;
  private final Path work;

  BenchSweep(Theater theater, Path scenarioFile, int replicates, int days, Path work) throws IOException {
    this.theater = theater;
    this.loader = new ScenarioLoader(theater);
    this.days = days;
    this.work = work;
    this.sweepFile = work.resolve("bench-" + replicates + ".yaml");
    AtomicFiles.writeString(sweepFile, yaml(scenarioFile.toAbsolutePath().normalize(), replicates));
    this.loaded = loader.loadSweep(sweepFile);
  }

  /** The sweep file: the scenario as base, no factors, {@code replicates} replicates. */
  static String yaml(Path base, int replicates) {
    return "name: bench\n"
        + "description: Throw-away sweep written by seastate bench.\n"
        + "base: '" + base.toString().replace("'", "''") + "'\n"
        + "factors: []\n"
        + "design: full_factorial\n"
        + "replicates: " + replicates + "\n"
        + "base_seed: 1\n"
        + "timeseries_interval_days: 7\n";
  }

  int runs() {
    return loaded.sweep().replicates();
  }

  /** Runs the whole sweep on {@code threads} threads into a fresh folder under the work folder, then deletes it. */
  void run(int threads, String label) throws IOException, InterruptedException {
    run(threads, label, ProgressListener.NONE);
  }

  void run(int threads, String label, ProgressListener progress) throws IOException, InterruptedException {
    Path out = work.resolve("out-" + label);
    SweepSettings s = new SweepSettings(out, true, false, ShardSpec.ALL, threads, false, days,
        List.of("bench"), "bench", "bench");
    Runner runner = new ModelRunner(loader, loaded.base(), theater, days, loaded.sweep().timeseriesIntervalDays());
    SweepJob.Result r = SweepJob.run(sweepFile, loaded, runner, s, progress);
    if (!r.complete() || r.failed() > 0) {
      throw new SweepException("benchmark sweep failed: " + r.failed() + " of " + r.runs() + " runs failed");
    }
    ResultsFolder.deleteTree(out);
  }
}
