package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seastate.geo.Theater;
import org.seastate.io.ResultsFormat;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioLoader.LoadedSweep;
import org.seastate.sweep.ModelRunner;
import org.seastate.sweep.ProgressListener;
import org.seastate.sweep.RunPlan;
import org.seastate.sweep.ShardSpec;
import org.seastate.sweep.SweepJob;
import org.seastate.sweep.SweepSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate sweep FILE}: every run of a sweep, in parallel, into one results folder. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    header = "Run every run of a sweep on all cores and write the results.",
    description = {"Run every run of a sweep on all cores and write results/<sweep name>/",
        "(runs.csv, metrics.csv, timeseries.csv, events.csv, points.csv, manifest.json).",
        "The CSV files are the same whatever --threads, --shard or --resume. A shard",
        "writes results/<sweep name>-part-K-of-N/ for 'seastate merge'."})
final class SweepCommand implements Callable<Integer> {
  /** More worker threads than this only add memory and contention; runs are CPU-bound. */
  static final int MAX_THREADS = 256;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "sweep file (.yaml)")
  Path sweepFile;

  @Mixin OutputOptions output;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.Converter.class,
      description = "result tables as csv or parquet (typed, ZSTD-compressed <table>.parquet files);"
          + " default: the sweep file's format:, else csv")
  ResultsFormat format;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to 256 (default: all cores)")
  Integer threads;

  @Option(names = "--resume", description = "continue an interrupted sweep: run only the runs it has not finished")
  boolean resume;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "run only the runs whose id mod N is K (K from 0), into a part folder")
  String shard;

  @Option(names = "--days", paramLabel = "N", description = "simulate only the first N days of each run (quick trials)")
  Integer days;

  @Option(names = "--fail-fast", description = "stop at the first failed run (default: record it and go on)")
  boolean failFast;

  @Option(names = "--quiet", description = "no progress output")
  boolean quiet;

  @Mixin ReportOption report;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > MAX_THREADS) {
      throw new UserInputException("--threads must be between 1 and " + MAX_THREADS + ", was " + n);
    }
    if (days != null && days < 1) {
      throw new UserInputException("--days must be at least 1, was " + days);
    }
    if (output.out != null) {
      OutputOptions.checkWritable(output.out);
    }
    Theater theater = Theaters.standard();
    ScenarioLoader loader = new ScenarioLoader(theater);
    LoadedSweep loaded = loader.loadSweep(sweepFile);
    ResultsFormat tables = format != null ? format : ResultsFormat.parse(loaded.sweep().format());
    loaded = new LoadedSweep(loaded.sweep().withFormat(tables.toString()), loaded.base());
    ShardSpec shardSpec = shard == null ? ShardSpec.ALL : ShardSpec.parse(shard);
    long shardRuns = RunPlan.of(loaded.sweep()).runIds(shardSpec).count();
    if (shardRuns == 0) {
      throw new UserInputException("shard " + shard + " has no runs: the sweep has "
          + RunPlan.of(loaded.sweep()).totalRuns() + " runs; use at most that many shards");
    }
    SweepSettings settings = new SweepSettings(output.out, output.force, resume,
        shardSpec, n, failFast, days,
        spec.commandLine().getParseResult().originalArgs(), VersionProvider.version(), VersionProvider.commit(),
        tables);
    ProgressListener progress = quiet ? ProgressListener.NONE
        : new ConsoleProgress(err, System.console() != null, 10_000, System::currentTimeMillis);
    Instant started = Instant.now();
    SweepJob.Result r = SweepJob.run(sweepFile, loaded,
        new ModelRunner(loader, loaded.base(), theater, days, loaded.sweep().timeseriesIntervalDays()),
        settings, progress);
    double secs = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    if (!r.complete()) {
      err.printf(Locale.ROOT, "stopped after a failed run (--fail-fast); %d runs done this time. "
          + "Fix the cause and add --resume to continue.%n", r.ran());
      err.flush();
      return ExitCode.FAILURE;
    }
    if (r.failed() > 0) {
      err.printf(Locale.ROOT, "%d of %d runs failed; their status and message are in runs.csv%n", r.failed(), r.runs());
      err.flush();
    }
    if (!quiet) {
      out.printf(Locale.ROOT, "%s: %d runs (%d this time) on %d threads in %.1f s%n  results in %s%n",
          loaded.sweep().name(), r.runs(), r.ran(), n, secs, r.target());
      out.flush();
    }
    // A shard's part folder is not the whole answer: its report comes after 'seastate merge'.
    boolean wholeSweep = shard == null;
    if (wholeSweep && !report.writeFor(r.target(), out, err, quiet)) {
      return ExitCode.FAILURE;
    }
    return ExitCode.OK;
  }
}
