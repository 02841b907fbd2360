package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.seastate.io.Manifest;
import org.seastate.io.ResultsFolder;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunRecord;
import org.seastate.model.RunSummary;
import org.seastate.sweep.DesignPoint;
import org.seastate.sweep.ModelRunner;
import org.seastate.sweep.RunSpec;
import org.seastate.scenario.Limits;
import org.seastate.scenario.OutputSettings;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code seastate run SCENARIO}: one run with one seed, written as a results folder with the
 * same five files a sweep writes.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    header = "Run one scenario with one seed and write its results.",
    description = {"Run one scenario with one seed and write runs.csv, metrics.csv,",
        "timeseries.csv, events.csv and manifest.json into results/<scenario>-seed<seed>",
        "(or --out). The same scenario, seed and --set values give the same CSV files;",
        "a sweep run's seed and factor values (runs.csv) repeat that run."})
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioInput input;

  @Option(names = "--seed", defaultValue = "1", converter = SeedConverter.class,
      description = "run seed, as runs.csv prints it (default: ${DEFAULT-VALUE})")
  long seed;

  @Mixin OutputOptions output;

  @Mixin FormatOption format;

  @Option(names = "--days", paramLabel = "N", description = "simulate only the first N days")
  Integer days;

  @Option(names = "--interval", paramLabel = "DAYS",
      description = "days between time-series rows (default: the scenario's outputs.timeseries, daily)")
  Integer interval;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    ScenarioInput.Loaded loaded = input.load();
    Map<String, Object> factors = loaded.factors();
    Scenario scenario = loaded.scenario();
    int horizon = scenario.horizon().days();
    int runDays = days == null ? horizon : days;
    if (runDays < 1 || runDays > horizon) {
      throw new UserInputException("--days must be between 1 and " + horizon + " (the scenario's horizon), was " + runDays);
    }
    OutputSettings outputs = scenario.metrics().outputs();
    if (interval != null) {
      if (interval < 1 || interval > Limits.MAX_HORIZON_DAYS) {
        throw new UserInputException("--interval must be between 1 and " + Limits.MAX_HORIZON_DAYS + " days, was "
            + interval);
      }
      outputs = outputs.withTimeseriesDays(interval);
    }
    int every = outputs.recordedDays();
    ResultsFolder folder = output.prepare(Path.of("results", scenario.name() + "-seed" + Long.toUnsignedString(seed)));
    Instant started = Instant.now();
    OutputSettings recorded = outputs;
    // The manifest's description of the run (the resolved scenario as YAML, the settings) does
    // not depend on its outcome, so it is prepared on a second thread while the model runs.
    CompletableFuture<Manifest> manifest = CompletableFuture.supplyAsync(() ->
        new Manifest("run", scenario.name(), VersionProvider.version(), VersionProvider.commit())
            .command(spec.commandLine().getParseResult().originalArgs())
            .scenario(input.file.toString(), ScenarioWriter.toYaml(scenario))
            .setting("days", String.valueOf(runDays))
            .setting("timeseries_interval_days", String.valueOf(every))
            .setting("outputs", recorded.describe()));
    try {
      // the same path as every run of a sweep: one design point, run 0, this seed
      RunRecord record = new ModelRunner(loaded.loader(), loaded.base(), loaded.theater(), runDays, every)
          .run(new RunSpec(0, DesignPoint.of(0, factors), 0, seed));
      RunSummary summary = record.summary().orElseThrow();
      ResultsWriter.writeAll(folder.dir(), List.copyOf(factors.keySet()), List.of(record), outputs);
      joined(manifest).run(record)
          .times(started, Instant.now())
          .write(folder.dir().resolve("manifest.json"));
      List<String> tables = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv");
      Set<String> real = new java.util.HashSet<>();
      factors.forEach((path, v) -> {
        if (v instanceof Double || v instanceof Float) {
          real.add(path);
        }
      });
      format.format.convert(folder.dir(), tables, real);
      format.format.dropCsv(folder.dir(), tables);
      folder.commit();
      printSummary(console, scenario, summary, folder.target(), Duration.between(started, Instant.now()));
      return ExitCode.OK;
    } catch (IOException | RuntimeException e) {
      folder.abandon();
      throw e;
    }
  }

  private static Manifest joined(CompletableFuture<Manifest> manifest) {
    try {
      return manifest.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
  }

  private void printSummary(PrintWriter out, Scenario scenario, RunSummary s, Path where, Duration took) {
    out.printf(Locale.ROOT, "%s, seed %s: %d days in %.1f s%n", scenario.name(), Long.toUnsignedString(seed),
        s.daysSimulated(),
        took.toMillis() / 1000.0);
    StringBuilder levels = new StringBuilder();
    for (int l = 3; l <= 7; l++) {
      levels.append(l == 3 ? "" : " ").append(l).append(':').append((long) s.value("incidents_level_" + l))
          .append('/').append((long) s.value("reported_incidents_level_" + l));
    }
    out.printf(Locale.ROOT, "  episodes %d; incidents %d, reported %d (by level, true/reported: %s); highest level %d%s%n",
        (long) s.value("episodes_total"), (long) s.value("incidents_total"), (long) s.value("reported_incidents_total"),
        levels, (long) s.value("max_level"), s.crisisDay().map(d -> ", crisis on day " + d).orElse(", no crisis"));
    out.printf(Locale.ROOT, "  resupply runs %d: through %d, partly %d, turned back %d, disrupted %d%n",
        (long) s.value("resupply_attempts"), (long) s.value("resupply_through"), (long) s.value("resupply_partial"),
        (long) s.value("resupply_turned_back"), (long) s.value("resupply_disrupted"));
    out.printf(Locale.ROOT, "  results in %s%n", where);
    out.flush();
  }
}
