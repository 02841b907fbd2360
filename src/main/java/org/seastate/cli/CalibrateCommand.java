package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.analysis.Charts;
import org.seastate.analysis.Observations.Observation;
import org.seastate.analysis.Observations;
import org.seastate.analysis.ResultsData;
import org.seastate.geo.Theater;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsFolder;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsWriter;
import org.seastate.scenario.ChartSpec;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioWriter;
import org.seastate.sweep.Calibration.Evaluation;
import org.seastate.sweep.Calibration.Row;
import org.seastate.sweep.Calibration.Target;
import org.seastate.sweep.Calibration;
import org.seastate.sweep.FitParameter;
import org.seastate.sweep.Fitting;
import org.seastate.sweep.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code seastate calibrate SCENARIO --observations FILE...}: the scenario against observations,
 * with {@code --fit} a search of named parameters, and profiles of them (identifiability).
 * See docs/VALIDATION.md.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    header = "Compare a scenario with observations, and fit or profile its parameters.",
    description = {"Compare a scenario with observations over replicates (fixed seeds) and write",
        "calibration.csv, calibration.md and a model-vs-observed chart into --out",
        "(default results/calibrate-<scenario>). With --fit PATH=LOW:HIGH... search",
        "those parameters (Nelder-Mead, the same seeds for every candidate) to minimise",
        "the sum of squared standardised errors, write the fitted values as an overlay",
        "scenario file, and profile each fitted parameter (the loss across its bounds:",
        "identifiable or not) into profiles.csv and charts/profile-*.png|svg. --profile",
        "PATH=LOW:HIGH... profiles the scenario's current values without a search."})
final class CalibrateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioInput input;

  @Option(names = "--observations", arity = "1..*", required = true, paramLabel = "FILE",
      description = "observation files (CSV: feature, year, metric, value, unit, source, ...)")
  List<Path> observationFiles;

  @Option(names = "--replicates", defaultValue = "20", paramLabel = "N", description = "runs per candidate (default 20)")
  int replicates;

  @Option(names = "--year", paramLabel = "Y", description = "observations of this year (default: the scenario's start year)")
  Integer year;

  @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
  Integer threads;

  @Option(names = "--seed", defaultValue = "2023", converter = SeedConverter.class,
      description = "base seed of the replicates' seeds (default 2023)")
  long baseSeed;

  @Option(names = "--fit", arity = "1..*", paramLabel = "PATH=LOW:HIGH",
      description = "parameters to search, e.g. fleets.CN.1.count=4:28 metrics.ais_daily_probability.coast_guard=0.5:1.0;"
          + " whole-number bounds make a whole-number parameter")
  List<String> fit = new ArrayList<>();

  @Option(names = "--max-evals", defaultValue = "30", paramLabel = "N",
      description = "most candidates the search tries (default 30)")
  int maxEvals;

  @Option(names = "--profile-points", defaultValue = "9", paramLabel = "K",
      description = "values per profile, evenly spaced across the bounds (default 9; 0 = no profiles after --fit)")
  int profilePoints;

  @Option(names = "--profile", arity = "1..*", paramLabel = "PATH=LOW:HIGH",
      description = "profile these parameters at the scenario's current values, without a search")
  List<String> profile = new ArrayList<>();

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioInput.Loaded loaded = input.load();
    Theater theater = loaded.theater();
    ScenarioLoader loader = loaded.loader();
    Scenario scenario = loaded.scenario();
    List<Observation> observations = new ArrayList<>();
    for (Path f : observationFiles) {
      try {
        List<Observation> obs = Observations.read(f);
        Calibration.check(obs, scenario);
        observations.addAll(obs);
      } catch (ResultsInputException e) {
        throw new UserInputException(e.getMessage());
      } catch (org.seastate.sweep.SweepException e) {
        throw new UserInputException(f + ": " + e.getMessage());
      }
    }
    int y = year == null ? scenario.horizon().start().getYear() : year;
    List<Target> targets = Calibration.targets(observations, y, scenario);
    checkProfileOptions();
    List<FitParameter> params = parameters(fit, "--fit", loader, scenario);
    List<FitParameter> profiled = profile.isEmpty() ? (profilePoints == 0 ? List.of() : params)
        : parameters(profile, "--profile", loader, scenario);
    ResultsFolder folder = output.prepare(Path.of("results", "calibrate-" + scenario.name()));
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Instant started = Instant.now();
    try (Calibration.Replicates reps = new Calibration.Replicates(loader, scenario, theater, replicates, baseSeed, n)) {
      Map<String, Evaluation> seen = new LinkedHashMap<>();
      Function<Map<String, Object>, Evaluation> evaluate = values -> seen.computeIfAbsent(values.toString(), k -> {
        try {
          Evaluation e = Calibration.compare(values, reps.run(values), targets);
          return new Evaluation(e.overrides(), List.of(), e.rows(), e.loss()); // runs dropped: only the loss is kept
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new Fitting.StopFit();
        }
      });
      Map<String, Object> best = new LinkedHashMap<>();
      Fitting.Fit fitted = null;
      Evaluation before = null;
      if (!params.isEmpty()) {
        before = Calibration.compare(Map.of(), reps.run(Map.of()), targets);
        err.printf(Locale.ROOT, "start: loss %.4f%n", before.loss());
        err.flush();
        double[] start = new double[params.size()];
        for (int i = 0; i < params.size(); i++) {
          start[i] = params.get(i).unit(((Number) ScenarioWriter.valueAt(scenario, params.get(i).path())).doubleValue());
        }
        fitted = Fitting.minimise(params, start, values -> {
          Evaluation e = evaluate.apply(values);
          err.printf(Locale.ROOT, "  loss %.4f at %s%n", e.loss(), values);
          err.flush();
          return e.loss();
        }, maxEvals);
        if (fitted.values() != null && fitted.loss() < before.loss()) {
          best.putAll(fitted.values());
        }
      }
      Evaluation result = best.isEmpty() && before != null ? before
          : Calibration.compare(best, reps.run(best), targets);
      List<Profiles.Profile> profiles = profiled.isEmpty() ? List.of()
          : CalibrationProfiles.run(profiled, result, path -> ScenarioWriter.valueAt(scenario, path), profilePoints,
              evaluate, err);
      Path dir = folder.dir();
      writeCsv(dir.resolve("calibration.csv"), result);
      String md = markdown(scenario, y, result, before, fitted, params);
      if (!profiles.isEmpty()) {
        md += CalibrationProfiles.markdown(profiles, profilePoints, replicates, fitted != null);
        CalibrationProfiles.write(dir, targets, profiles, String.format(Locale.ROOT, "%s against observations of %d;"
            + " other parameters at their %s values; %d replicates, base seed %s (common random numbers)",
            scenario.name(), y, fitted != null ? "fitted" : "current", replicates, Long.toUnsignedString(baseSeed)));
      }
      Files.writeString(dir.resolve("calibration.md"), md, StandardCharsets.UTF_8);
      // The runs as a results folder, and the presence chart drawn from it.
      Path runs = dir.resolve("runs");
      Files.createDirectories(runs);
      ResultsWriter.writeAll(runs, List.copyOf(best.keySet()), result.runs());
      Path used = dir.resolve("observations-" + y + ".csv");
      writeObservations(used, observations, y);
      Files.createDirectories(dir.resolve("charts"));
      boolean calendar = targets.stream().anyMatch(t -> t.metric().equals("presence_calendar_days"));
      if (calendar) {
        Charts.Drawn d = Charts.draw(ResultsData.load(runs), new ChartSpec("presence_vs_observed",
            Optional.of("presence_calendar_days"), Optional.empty()), Optional.of(used), dir.resolve("charts"),
            "presence_vs_observed", Charts.WIDTH, Charts.HEIGHT);
        if (!d.ok()) {
          err.println("chart skipped: " + d.skipped());
        }
      }
      if (fitted != null) {
        Files.write(dir.resolve("fit-trace.txt"), fitted.trace(), StandardCharsets.UTF_8);
        if (!best.isEmpty()) {
          Scenario changed = loader.withOverrides(scenario, best);
          Path overlayFile = folder.target().resolve(scenario.name() + "-calibrated.yaml");
          Path rel = overlayFile.toAbsolutePath().getParent().relativize(input.file.toAbsolutePath());
          List<String> header = List.of("Calibrated overlay of " + input.file.getFileName() + ", written by"
                  + " 'seastate calibrate'.",
              "Fitted " + best.keySet() + " against " + observationFiles.stream().map(p -> p.getFileName().toString())
                  .toList() + ", year " + y + ";",
              String.format(Locale.ROOT, "loss %.4f (sum of squared standardised errors: calendar-day shares in"
                  + " points / 10, other metrics relative error / 0.2),", result.loss()),
              "over " + replicates + " replicates from base seed " + Long.toUnsignedString(baseSeed)
                  + " (the same seeds for every candidate); loss before fitting "
                  + String.format(Locale.ROOT, "%.4f.", before.loss()));
          Files.writeString(dir.resolve(overlayFile.getFileName()),
              ScenarioWriter.overlay(changed, best.keySet(), rel.toString().replace('\\', '/'), header),
              StandardCharsets.UTF_8);
        }
      }
      folder.commit();
      out.print(md);
      out.printf(Locale.ROOT, "%nresults in %s (%.1f s)%n", folder.target(),
          Duration.between(started, Instant.now()).toMillis() / 1000.0);
      out.flush();
      return ExitCode.OK;
    } catch (IOException | RuntimeException e) {
      folder.abandon();
      throw e;
    }
  }

  private void checkProfileOptions() {
    if (!profile.isEmpty() && !fit.isEmpty()) {
      throw new UserInputException("--profile and --fit exclude each other: with --fit every fitted parameter is"
          + " profiled at its fitted value (--profile-points K)");
    }
    if (profilePoints < 0 || profilePoints == 1 || profilePoints == 2) {
      throw new UserInputException("--profile-points must be 0 (no profiles) or at least 3, was " + profilePoints);
    }
    if (!profile.isEmpty() && profilePoints == 0) {
      throw new UserInputException("--profile needs --profile-points of at least 3");
    }
  }

  /** Parses and checks PATH=LOW:HIGH texts: a known path to a number of the scenario, each once. */
  private static List<FitParameter> parameters(List<String> texts, String option, ScenarioLoader loader,
      Scenario scenario) {
    List<FitParameter> out = new ArrayList<>();
    for (String text : texts) {
      FitParameter p = FitParameter.parse(text, option);
      String why = loader.checkPath(scenario, p.path());
      if (why != null) {
        throw new UserInputException(option + " " + p.path() + ": " + why);
      }
      if (!(ScenarioWriter.valueAt(scenario, p.path()) instanceof Number)) {
        throw new UserInputException(option + " " + p.path() + ": not a number in this scenario");
      }
      if (out.stream().anyMatch(q -> q.path().equals(p.path()))) {
        throw new UserInputException(option + " " + p.path() + ": given twice");
      }
      out.add(p);
    }
    return out;
  }

  private static void writeObservations(Path file, List<Observation> obs, int year) throws IOException {
    try (CSVPrinter p = ResultsWriter.FORMAT.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      p.printRecord("feature", "year", "metric", "value", "unit", "source", "nation", "agency", "period_days");
      for (Observation o : obs) {
        if (o.year() == year && !o.metric().equals(Calibration.INCIDENT_LEVEL)) {
          p.printRecord(o.feature(), o.year(), o.metric(), Numbers.format(o.value()), o.unit(), o.source(), o.nation(),
              o.agency(), Numbers.format(o.periodDays()));
        }
      }
    }
  }

  private static void writeCsv(Path file, Evaluation e) throws IOException {
    try (CSVPrinter p = ResultsWriter.FORMAT.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      p.printRecord("target", "metric", "nation", "agency", "feature", "unit", "observed", "model_mean",
          "model_ci_low", "model_ci_high", "error", "error_unit", "tolerance", "within_tolerance", "fitted", "source");
      for (Row r : e.rows()) {
        Target t = r.target();
        p.printRecord(t.label(), t.metric(), t.nation(), t.agency(), String.join("+", t.features()), unitOf(t),
            Numbers.format(t.observedValue()), Numbers.format(r.mean()), Numbers.format(r.low()),
            Numbers.format(r.high()), Numbers.format(r.error()), switch (t.kind()) {
              case SHARE -> "points";
              case COUNT -> "count";
              default -> "relative";
            },
            t.fitted() ? Numbers.format(t.tolerance()) : "", t.fitted() ? String.valueOf(r.within()) : "",
            String.valueOf(t.fitted()), t.source());
      }
    }
  }

  private static String unitOf(Target t) {
    return t.kind() == Calibration.Kind.SHARE ? "% of days" : t.unit();
  }

  private String markdown(Scenario s, int y, Evaluation e, Evaluation before, Fitting.Fit fit,
      List<FitParameter> params) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Calibration of ").append(s.name()).append(" against ").append(y).append("\n\n");
    sb.append(String.format(Locale.ROOT, "%d replicates, base seed %s. Model: mean [95%% t interval of the mean]."
        + " Calendar days as a share of the days in the period.%n%n", replicates, Long.toUnsignedString(baseSeed)));
    sb.append("Simulated ").append(s.horizon().start()).append(" to ").append(s.horizon().end());
    sb.append(s.horizon().start().getYear() <= y && y <= s.horizon().end().getYear() ? "; observations of " + y
        : "; observations of " + y + ", outside the simulated years (an out-of-year check)").append(".\n\n");
    sb.append("| target | observed | model mean [95% CI] | error | tolerance | within? |\n");
    sb.append("|---|--:|--:|--:|--:|:-:|\n");
    for (Row r : e.rows()) {
      Target t = r.target();
      boolean share = t.kind() == Calibration.Kind.SHARE;
      String unit = share ? "%" : "";
      sb.append("| ").append(t.label()).append(" | ").append(fmt(t.observedValue())).append(unit)
          .append(" | ").append(fmt(r.mean())).append(unit).append(" [").append(fmt(r.low())).append(", ")
          .append(fmt(r.high())).append("] | ");
      if (!t.fitted()) {
        sb.append(String.format(Locale.ROOT, "%+.0f%%", 100 * r.error())).append(" | not fitted | – |\n");
        continue;
      }
      boolean count = t.kind() == Calibration.Kind.COUNT;
      sb.append(share ? String.format(Locale.ROOT, "%+.1f pts", r.error())
          : count ? String.format(Locale.ROOT, "%+.1f", r.error()) : String.format(Locale.ROOT, "%+.1f%%", 100 * r.error()));
      sb.append(" | ").append(share ? "±10 pts" : count ? String.format(Locale.ROOT, "±%.1f", t.tolerance()) : "±20%")
          .append(" | ").append(r.within() ? "yes" : "**no**").append(" |\n");
    }
    sb.append(String.format(Locale.ROOT, "%nLoss (sum of squared standardised errors): %.4f%n", e.loss()));
    if (fit != null) {
      sb.append(String.format(Locale.ROOT, "%nFitted %d parameter%s to %d observed numbers with Nelder-Mead"
          + " (%d candidates, common random numbers); loss before %.4f.%n%n", params.size(),
          params.size() == 1 ? "" : "s", e.rows().stream().filter(r -> r.target().fitted()).count(), fit.evaluations(),
          before.loss()));
      sb.append("| parameter | bounds | fitted |\n|---|---|--:|\n");
      for (FitParameter p : params) {
        sb.append("| `").append(p.path()).append("` | ").append(fmt(p.lower())).append("–").append(fmt(p.upper()))
            .append(" | ").append(e.overrides().getOrDefault(p.path(), "(unchanged)")).append(" |\n");
      }
      if (!e.overrides().isEmpty()) {
        List<String> set = new ArrayList<>();
        e.overrides().forEach((k, v) -> set.add("--set " + k + "=" + v));
        sb.append("\nThe same values on another scenario (another year), without refitting: `")
            .append(String.join(" ", set)).append("`\n");
      }
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
