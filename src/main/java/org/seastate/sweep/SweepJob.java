package org.seastate.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Manifest;
import org.seastate.io.ResultsAssembler;
import org.seastate.io.ResultFile;
import org.seastate.io.ResultsFolder;
import org.seastate.io.ResultsFormat;
import org.seastate.scenario.Factor;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader.LoadedSweep;
import org.seastate.scenario.ScenarioWriter;
import org.seastate.scenario.Sweep;

/**
 * A sweep (or one shard of it) from start to results folder.
 *
 * <p>While it runs, finished runs are spooled in a hidden work folder next to the target,
 * {@code .<target>.partial/} ({@code sweep-key} identifies the sweep, {@code spool/} holds one
 * fragment per finished run). When every run is done the result files are assembled from the
 * spool in run-id order into a hidden staging folder, which is renamed to the target in one
 * step; then the work folder is removed. A results folder that exists is therefore complete,
 * and a sweep that was killed can be resumed from its work folder.
 *
 * <p>Resume cannot be wedged: the work folder is locked by one sweep at a time
 * ({@link WorkLock}); a damaged fragment is recomputed; hidden staging folders a kill left are
 * removed; and a kill between moving the results into place and removing the work folder is
 * finished by the next {@code --resume} once the results verify against their manifest
 * ({@link ResultsCheck}).
 *
 * <p>With {@link ResultsFormat#PARQUET} the tables are assembled as CSV as always, then
 * converted in the staging folder; the manifest records the Parquet files and the setting
 * {@code format: parquet}.
 */
public final class SweepJob {
  private SweepJob() {}

  /**
   * @param target the results folder
   * @param runs runs of this sweep or shard
   * @param ran runs done by this invocation (the rest were done before a resume)
   * @param failed runs recorded as failed by this invocation
   * @param complete false when stopped early by fail-fast (the work folder is kept)
   */
  public record Result(Path target, long runs, long ran, long failed, boolean complete) {}

  public static Result run(Path sweepFile, LoadedSweep loaded, Runner runner, SweepSettings s,
      ProgressListener progress) throws IOException, InterruptedException {
    Sweep sweep = loaded.sweep();
    Scenario base = loaded.base();
    int horizon = base.horizon().days();
    if (s.days() != null && (s.days() < 1 || s.days() > horizon)) {
      throw new SweepException("--days must be between 1 and " + horizon + " (the base scenario's horizon), was "
          + s.days());
    }
    RunPlan plan = RunPlan.of(sweep);
    Path target = s.target(sweep.name()).toAbsolutePath().normalize();
    Path work = target.resolveSibling("." + target.getFileName() + ".partial");
    String key = key(sweep, base, s.days());
    long runs = plan.runIds(s.shard()).count();
    boolean finished = Files.isRegularFile(target.resolve("manifest.json"));
    if (s.resume() && !s.force() && finished && !Files.exists(work)) {
      // Resuming a sweep that already finished: nothing to do, and nothing is touched.
      return new Result(target, runs, 0, 0, true);
    }
    if (inUse(target) && !s.force() && !(s.resume() && finished)) {
      throw new SweepException(target + " already exists and is not empty; choose another --out or add --force to replace it");
    }
    Files.createDirectories(work);
    try (WorkLock lock = WorkLock.acquire(work, target, progress::warning)) {
      try {
        return locked(sweepFile, loaded, runner, s, progress, plan, target, work, key, runs);
      } catch (SweepException e) {
        if (!Files.exists(work.resolve("sweep-key"))) {
          ResultsFolder.deleteTree(work); // only the lock we made: leave nothing behind
        }
        throw e;
      }
    }
  }

  /** The sweep, with the work folder locked: no other sweep can touch it until we return. */
  private static Result locked(Path sweepFile, LoadedSweep loaded, Runner runner, SweepSettings s,
      ProgressListener progress, RunPlan plan, Path target, Path work, String key, long runs)
      throws IOException, InterruptedException {
    Sweep sweep = loaded.sweep();
    ResultsFolder.removeLeftovers(target);
    Path keyFile = work.resolve("sweep-key");
    if (s.resume() && !s.force() && Files.isRegularFile(target.resolve("manifest.json"))) {
      // Killed after the finished folder was moved into place but before the work folder was
      // removed: the results are complete if they verify; finish the clean-up.
      JsonNode m = ResultsCheck.verify(target, "results folder " + target);
      if (!key.equals(m.path("settings").path("sweep_key").asText())) {
        throw new SweepException(target + " holds the results of another sweep; choose another --out or add --force");
      }
      ResultsFolder.deleteTree(work);
      return new Result(target, runs, 0, 0, true);
    }
    if (Files.exists(keyFile)) {
      if (s.resume()) {
        String old = Files.readString(keyFile).trim();
        if (!old.equals(key)) {
          throw new SweepException("the interrupted sweep in " + work + " is not this sweep (its file, base "
              + "scenario or --days differ); add --force without --resume to discard it and start again");
        }
      } else if (s.force()) {
        clearExceptLock(work);
      } else {
        throw new SweepException("an interrupted sweep is in " + work
            + "; add --resume to continue it, or --force to discard it and start again");
      }
    }
    AtomicFiles.writeString(keyFile, key + "\n");
    RunStore store = RunStore.open(work.resolve("spool"), sweep.outputs());

    Instant started = Instant.now();
    BitSet done = store.done(progress::warning);
    long before = plan.runIds(s.shard()).filter(id -> done.get((int) id)).count();
    SweepExecutor.Outcome outcome = new SweepExecutor(s.threads(), s.failFast())
        .execute(plan, plan.missing(s.shard(), id -> done.get((int) id)), runner, store, progress, runs, before);
    if (outcome.stopped()) {
      return new Result(target, runs, outcome.ran(), outcome.failed(), false);
    }

    ResultsFolder folder = ResultsFolder.prepare(target, s.force());
    try {
      List<String> factorPaths = sweep.factors().stream().map(Factor::path).toList();
      Iterable<Long> ids = () -> plan.runIds(s.shard()).boxed().iterator();
      ResultsAssembler.assemble(folder.dir(), factorPaths, ids, store::get, sweep.outputs());
      PointsCsv.write(folder.dir().resolve(ResultFile.POINTS.fileName()), sweep.design().kind(), factorPaths, plan.points());
      List<String> written = ResultsCheck.files(sweep.outputs());
      s.format().convert(folder.dir(), written, RealFactors.of(ScenarioWriter.toYaml(sweep)));
      Manifest m = manifest(sweepFile, sweep, loaded.base(), s, key, plan, runs);
      if (s.format() == ResultsFormat.PARQUET) {
        m.setting("format", s.format().toString());
      }
      m.times(started, Instant.now())
          .files(folder.dir(), s.format().fileNames(written))
          .writeFor(folder.dir(), factorPaths);
      s.format().dropCsv(folder.dir(), written);
      folder.commit();
    } catch (IOException | RuntimeException e) {
      folder.abandon();
      throw e;
    }
    ResultsFolder.deleteTree(work);
    return new Result(target, runs, outcome.ran(), outcome.failed(), true);
  }

  /** Empties the work folder of a discarded sweep, keeping the lock file we hold. */
  private static void clearExceptLock(Path work) throws IOException {
    try (var entries = Files.list(work)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (!WorkLock.isLockFile(p)) {
          ResultsFolder.deleteTree(p);
        }
      }
    }
  }

  static Manifest manifest(Path sweepFile, Sweep sweep, Scenario base, SweepSettings s, String key, RunPlan plan,
      long runs) {
    Manifest m = new Manifest("sweep", sweep.name(), s.version(), s.commit())
        .command(s.command())
        .sweep(sweepFile.toString(), ScenarioWriter.toYaml(sweep))
        .scenario(sweep.base().toString(), ScenarioWriter.toYaml(base));
    settings(m, sweep, s.days() == null ? base.horizon().days() : s.days(), key, plan);
    return m.setting("shard", s.shard().toString())
        .setting("shard_runs", String.valueOf(runs))
        .setting("threads", String.valueOf(s.threads()));
  }

  /** The settings every manifest of the sweep shares, whether one machine's or merged. */
  static void settings(Manifest m, Sweep sweep, int days, String key, RunPlan plan) {
    m.setting("sweep_key", key)
        .setting("design", sweep.design().kind())
        .setting("points", String.valueOf(plan.points().size()))
        .setting("replicates", String.valueOf(sweep.replicates()))
        .setting("total_runs", String.valueOf(plan.totalRuns()))
        .setting("base_seed", String.valueOf(sweep.baseSeed()))
        .setting("seed_rule", "splitmix64(base_seed ^ run_id * 0x9E3779B97F4A7C15) >>> 15")
        .setting("run_id_rule", "replicate * points + point")
        .setting("days", String.valueOf(days))
        .setting("timeseries_interval_days", String.valueOf(sweep.timeseriesIntervalDays()))
        .setting("outputs", sweep.outputs().describe());
  }

  /**
   * Identifies what a sweep computes (not where its files are): the sweep's own settings, the
   * base scenario as resolved and the run length. Resume and merge refuse work of another key.
   */
  static String key(Sweep sweep, Scenario base, Integer days) {
    String text = String.join("\n", sweep.name(), sweep.factors().toString(), sweep.design().toString(),
        String.valueOf(sweep.replicates()), String.valueOf(sweep.baseSeed()),
        String.valueOf(sweep.timeseriesIntervalDays()), sweep.outputs().describe(), String.valueOf(days == null ? base.horizon().days() : days),
        ScenarioWriter.toYaml(base));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean inUse(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return Files.exists(p);
    }
    try (var s = Files.list(p)) {
      return s.findAny().isPresent();
    }
  }
}
