package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.geo.Theater;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsWriter;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.sweep.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seastate bench}: measures the model's speed on this machine and prints a table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure how fast seastate runs on this machine: wall time of one simulated",
        "horizon of a scenario, single-threaded, after warm-up, and vessel-steps per second.",
        "Prints a table; --csv also writes the numbers as CSV."})
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", defaultValue = "scenarios/baseline-2023.yaml",
      description = "scenario to run (default: ${DEFAULT-VALUE})")
  Path scenarioFile;

  @Option(names = "--warmup", defaultValue = "3", description = "unmeasured runs first (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--repeats", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = "--csv", paramLabel = "FILE", description = "also write the measures to this CSV file")
  Path csv;

  @Override
  public Integer call() throws IOException {
    if (warmup < 0 || repeats < 1) {
      throw new UserInputException("--warmup must be >= 0 and --repeats >= 1");
    }
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(scenarioFile);
    List<Benchmark.Measure> measures = new Benchmark(theater).singleRun(scenario, warmup, repeats);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-26s %14s %-5s %s%n", "measure", "value", "unit", "note");
    for (Benchmark.Measure m : measures) {
      out.printf(Locale.ROOT, "%-26s %14s %-5s %s%n", m.name(), Numbers.format(round(m.value())), m.unit(), m.note());
    }
    out.printf(Locale.ROOT, "(%d CPUs, Java %s, max heap %d MB)%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    if (csv != null) {
      AtomicFiles.write(csv, os -> {
        var w = new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
        p.printRecord("measure", "value", "unit", "note");
        for (Benchmark.Measure m : measures) {
          p.printRecord(m.name(), Numbers.format(m.value()), m.unit(), m.note());
        }
        p.flush();
      });
    }
    return ExitCode.OK;
  }

  private static double round(double v) {
    return v >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000.0;
  }
}
