package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.geo.Theater;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsFolder;
import org.seastate.io.ResultsWriter;
import org.seastate.scenario.Scenario;
import org.seastate.sweep.bench.Benchmark;
import org.seastate.sweep.bench.ColdStart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seastate bench}: measures the model's speed on this machine and prints a table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Measure how fast seastate runs on this machine.",
    description = {"Measure how fast seastate runs on this machine: one simulated horizon of a",
        "scenario single-threaded after warm-up (single), sweep throughput on 1 thread and on all",
        "cores (sweep), the heap of sweeps of many short runs in a child JVM (heap), the launcher",
        "running the scenario as a new process with and without its start-up caches (cold), a",
        "reference workload from MASON in the same JVM and the ratio of seastate's vessel-steps to",
        "its agent-steps per CPU second (mason), and the CPU time per vessel-step with the fleets",
        "multiplied by 1, 2, 4, 8 (scaling). Prints a table; --csv also writes the numbers as CSV."})
final class BenchCommand implements Callable<Integer> {
  static final List<String> PARTS = List.of("single", "sweep", "heap", "cold", "mason", "scaling");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", defaultValue = "scenarios/baseline-2023.yaml",
      description = "scenario to run (default: ${DEFAULT-VALUE})")
  Path scenarioFile;

  @Option(names = "--only", split = ",", paramLabel = "PART",
      description = "parts to measure, comma-separated: single, sweep, heap, cold, mason, scaling (default: all)")
  List<String> only;

  @Option(names = "--quick", description = "tiny sizes, for tests: the numbers mean little")
  boolean quick;

  @Option(names = "--warmup", description = "single: unmeasured runs first (default: 3; quick 1)")
  Integer warmup;

  @Option(names = "--repeats", description = "single: measured runs (default: 5; quick 3)")
  Integer repeats;

  @Option(names = "--sweep-runs", paramLabel = "N", description = "sweep: runs (default: 40; quick 4)")
  Integer sweepRuns;

  @Option(names = "--sweep-days", paramLabel = "N", description = "sweep: days per run (default: 60; quick 3)")
  Integer sweepDays;

  @Option(names = "--threads", paramLabel = "N", description = "sweep: threads of the parallel sweep (default: all cores)")
  Integer threads;

  @Option(names = "--heap-runs", split = ",", paramLabel = "N",
      description = "heap: sweep sizes in one-day runs (default: 1000,10000; quick 10,40)")
  int[] heapRuns;

  @Option(names = "--heap-xmx", paramLabel = "SIZE", defaultValue = "128m",
      description = "heap: maximum heap of the child JVM (default: ${DEFAULT-VALUE})")
  String heapXmx;

  @Option(names = "--launcher", paramLabel = "FILE",
      description = "cold: the launcher to start (default: bin/seastate of the checkout this seastate runs from)")
  Path launcher;

  @Option(names = "--mason-steps", paramLabel = "N",
      description = "mason: steps of the MASON Flockers reference (default: 2000; quick 50)")
  Integer masonSteps;

  @Option(names = "--scaling-days", paramLabel = "N", description = "scaling: days per run (default: 60; quick 2)")
  Integer scalingDays;

  @Option(names = "--scaling-factors", split = ",", paramLabel = "K",
      description = "scaling: fleet multipliers; the ratio is largest over smallest (default: 1,2,4,8)")
  int[] scalingFactors;

  @Option(names = "--csv", paramLabel = "FILE", description = "also write the measures to this CSV file")
  Path csv;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (csv != null) {
      OutputFiles.requireExtension(csv, "--csv", ".csv", "CSV");
    }
    Set<String> parts = new LinkedHashSet<>(only == null ? PARTS : only);
    for (String p : parts) {
      if (!PARTS.contains(p)) {
        throw new UserInputException("--only: unknown part '" + p + "'; expected some of " + String.join(", ", PARTS));
      }
    }
    int warm = warmup != null ? warmup : quick ? 1 : 3;
    int reps = repeats != null ? repeats : quick ? 3 : 5;
    int sRuns = sweepRuns != null ? sweepRuns : quick ? 4 : 40;
    int sDays = sweepDays != null ? sweepDays : quick ? 3 : 60;
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    int[] hRuns = heapRuns != null ? heapRuns : quick ? new int[] {10, 40} : new int[] {1_000, 10_000};
    int mSteps = masonSteps != null ? masonSteps : quick ? 50 : 2_000;
    int scDays = scalingDays != null ? scalingDays : quick ? 2 : 60;
    int[] factors = scalingFactors != null ? scalingFactors.clone() : new int[] {1, 2, 4, 8};
    java.util.Arrays.sort(factors);
    if (warm < 0 || reps < 1 || sRuns < 1 || sDays < 1 || cores < 1 || mSteps < 1 || scDays < 1) {
      throw new UserInputException("--warmup must be >= 0; --repeats, --sweep-runs, --sweep-days, --threads,"
          + " --mason-steps and --scaling-days >= 1");
    }
    if (factors.length == 0 || java.util.Arrays.stream(factors).anyMatch(k -> k < 1)) {
      throw new UserInputException("--scaling-factors must be one or more whole numbers >= 1");
    }
    if (!Files.isRegularFile(scenarioFile)) {
      throw new UserInputException("no scenario file " + scenarioFile);
    }
    Path coldLauncher = parts.contains("cold") ? coldLauncher() : null;
    ScenarioInput.Loaded loaded = ScenarioInput.load(scenarioFile);
    Theater theater = loaded.theater();
    Scenario scenario = loaded.scenario();
    int singleDays = quick ? Math.min(10, scenario.horizon().days()) : scenario.horizon().days();
    if (sDays > scenario.horizon().days()) {
      throw new UserInputException("--sweep-days must be at most " + scenario.horizon().days());
    }
    if (scDays > scenario.horizon().days()) {
      throw new UserInputException("--scaling-days must be at most " + scenario.horizon().days());
    }
    if (parts.contains("scaling")) {
      for (int k : factors) {
        try {
          Benchmark.scaledFleets(scenario, k);
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--scaling-factors: " + e.getMessage());
        }
      }
    }
    Benchmark bench = new Benchmark(theater);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-34s %14s %-4s %s%n", "measure", "value", "unit", "note");
    out.flush();
    List<Benchmark.Measure> measures = new ArrayList<>();
    String loadAtStart = loadAverage(); // the machine's other work, which wall times depend on
    Path work = Files.createTempDirectory("seastate-bench");
    try {
      for (String part : PARTS) {
        if (!parts.contains(part)) {
          continue;
        }
        List<Benchmark.Measure> m = switch (part) {
          case "single" -> bench.singleRun(scenario, singleDays, warm, reps);
          case "sweep" -> bench.sweep(scenarioFile, sRuns, sDays, cores, quick ? 1 : 5, work.resolve("sweep"));
          case "heap" -> bench.heap(scenarioFile, hRuns, List.of("-Xmx" + heapXmx), work, Benchmark::runProcess);
          case "mason" -> bench.mason(scenario, singleDays, mSteps, warm, reps);
          case "scaling" -> bench.scaling(scenario, scDays, factors, quick ? 0 : 3, quick ? 1 : 5);
          default -> {
            ColdStart cold = new ColdStart();
            yield cold.measure(coldLauncher, scenarioFile, quick ? 2 : null, quick ? 1 : reps, work.resolve("cold"),
                cold::runTimed);
          }
        };
        for (Benchmark.Measure x : m) {
          out.printf(Locale.ROOT, "%-34s %14s %-4s %s%n", x.name(), Numbers.format(round(x.value())), x.unit(),
              x.note());
        }
        out.flush();
        measures.addAll(m);
      }
    } finally {
      ResultsFolder.deleteTree(work);
    }
    out.printf(Locale.ROOT, "(%d CPUs, Java %s, max heap %d MB, load average %s at the start, %s at the end)%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, loadAtStart, loadAverage());
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

  /** The --launcher given, else bin/seastate of the checkout this code runs from. */
  private Path coldLauncher() {
    if (launcher != null) {
      if (!Files.isExecutable(launcher)) {
        throw new UserInputException("no launcher " + launcher + " (use --launcher, or leave out the cold part with --only)");
      }
      return launcher;
    }
    Path code;
    try {
      code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      code = Path.of(".");
    }
    Path where = code;
    return ColdStart.findLauncher(code).orElseThrow(() -> new UserInputException("the cold part starts bin/seastate"
        + " of a seastate checkout, and this seastate (" + where + ") is not in one: give --launcher, or leave out"
        + " the cold part with --only"));
  }

  private static double round(double v) {
    return v >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000.0;
  }

  /** The one-minute system load average, or "unknown" where the platform does not give it. */
  static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }
}
