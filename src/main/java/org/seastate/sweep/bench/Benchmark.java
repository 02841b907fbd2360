package org.seastate.sweep.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.seastate.geo.Theater;
import org.seastate.io.ResultsFolder;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.FleetEntry;
import org.seastate.scenario.Limits;
import org.seastate.scenario.Scenario;

/**
 * Measures how fast seastate runs on this machine, in six parts:
 * <ul>
 *   <li>{@link #singleRun}: wall time of whole runs of a scenario, single-threaded, after
 *       warm-up, and the vessel-steps per second that implies (vessels × simulated hours per
 *       second of wall time);
 *   <li>{@link #sweep}: runs per second of a fixed sweep through the real sweep executor on one
 *       thread and on all cores, and the parallel efficiency;
 *   <li>{@link #heap}: the heap a sweep of many short runs needs, measured in a child JVM with
 *       a small maximum heap, for two sweep sizes, to show it does not grow with the runs;
 *   <li>{@link ColdStart}: the launcher running a scenario as a new process, with and without its start-up caches;
 *   <li>{@link #mason}: a reference workload from MASON itself in the same JVM, and seastate's
 *       vessel-steps per CPU second as a ratio to its agent-steps per CPU second;
 *   <li>{@link #scaling}: CPU time per vessel-step with the fleets multiplied by 1, 2, 4, 8.
 * </ul>
 * The command line prints the table; nothing here writes files except the throw-away sweeps in
 * a temporary folder it deletes.
 */
public final class Benchmark {

  /** One measured quantity. */
  public record Measure(String name, double value, String unit, String note) {}

  /** Starts a process and waits for it; returns its standard output. */
  @FunctionalInterface
  public interface ProcessRunner {
    String run(List<String> command) throws IOException, InterruptedException;
  }

  private final Theater theater;
  private final LongSupplier clock;

  public Benchmark(Theater theater) {
    this(theater, System::nanoTime);
  }

  Benchmark(Theater theater, LongSupplier nanoClock) {
    this.theater = theater;
    this.clock = nanoClock;
  }

  /**
   * Runs the scenario {@code warmup} times unmeasured, then {@code repeats} times measured, each
   * with its own seed, and reports the median, the fastest and the slowest run and the
   * vessel-steps per second at the median.
   */
  public List<Measure> singleRun(Scenario scenario, int warmup, int repeats) {
    return singleRun(scenario, scenario.horizon().days(), warmup, repeats);
  }

  /** As {@link #singleRun(Scenario, int, int)}, simulating only the first {@code days} days. */
  public List<Measure> singleRun(Scenario scenario, int days, int warmup, int repeats) {
    Timed t = timeRuns(scenario, days, warmup, repeats);
    double[] sorted = t.wallSorted();
    double median = median(sorted);
    List<Measure> out = new ArrayList<>();
    String what = scenario.name() + ", " + days + " days, " + t.vessels() + " vessels";
    out.add(new Measure("run_seconds_median", median, "s", what + ", median of " + repeats));
    out.add(new Measure("run_seconds_min", sorted[0], "s", what));
    out.add(new Measure("run_seconds_max", sorted[sorted.length - 1], "s", what));
    out.add(new Measure("vessel_steps_per_second", t.vesselSteps() / median, "1/s",
        "vessels x simulated hours / median wall time"));
    out.add(new Measure("run_cpu_seconds_median", median(t.cpuSorted()), "s",
        "CPU time of the running thread, median of " + repeats + " (steadier than wall time on a busy machine)"));
    return out;
  }

  /**
   * Measured runs: wall and CPU seconds of the running thread (each sorted), the vessels of the
   * run, and the vessel-steps of one run (vessels × simulated hours).
   */
  record Timed(double[] wallSorted, double[] cpuSorted, int vessels, long vesselSteps) {}

  /** Runs {@code warmup} times unmeasured, then {@code repeats} times measured, each with its own seed. */
  Timed timeRuns(Scenario scenario, int days, int warmup, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    for (int i = 0; i < warmup; i++) {
      new SeaStateSim(scenario, theater, 1_000 + i, days).runToEnd();
    }
    double[] seconds = new double[repeats];
    double[] cpu = new double[repeats];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int vessels = 0;
    for (int i = 0; i < repeats; i++) {
      SeaStateSim sim = new SeaStateSim(scenario, theater, 1 + i, days);
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = clock.getAsLong();
      sim.runToEnd();
      seconds[i] = (clock.getAsLong() - t0) / 1e9;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      vessels = sim.vessels().size();
    }
    Arrays.sort(cpu);
    Arrays.sort(seconds);
    return new Timed(seconds, cpu, vessels, vessels * days * 24L);
  }

  /**
   * A reference from MASON in the same run: MASON's Flockers demo stepped {@code masonSteps}
   * steps ({@link MasonReference}) and the scenario's first {@code days} days, each
   * {@code warmup} times unmeasured and {@code repeats} times measured on this thread; medians of
   * the CPU time. Reports both rates and seastate's vessel-steps per CPU second over the
   * reference's agent-steps per CPU second, a figure that compares across machines.
   */
  public List<Measure> mason(Scenario scenario, int days, int masonSteps, int warmup, int repeats) {
    MasonReference.Result ref = MasonReference.measure(masonSteps, warmup, repeats);
    Timed t = timeRuns(scenario, days, warmup, repeats);
    return masonMeasures(ref.agents(), ref.steps(), ref.cpuMedian(), scenario.name() + ", " + days + " days, "
        + t.vessels() + " vessels", t.vesselSteps(), median(t.cpuSorted()), repeats);
  }

  static List<Measure> masonMeasures(int agents, int steps, double refCpu, String what, long vesselSteps,
      double cpu, int repeats) {
    double refRate = agents * (double) steps / refCpu;
    double rate = vesselSteps / cpu;
    String ref = "MASON Flockers, " + agents + " agents x " + steps + " steps";
    List<Measure> out = new ArrayList<>();
    out.add(new Measure("mason_cpu_seconds_median", refCpu, "s", ref + ", CPU of this thread, median of " + repeats));
    out.add(new Measure("mason_agent_steps_per_cpu_second", refRate, "1/s", ref + " / median CPU time"));
    out.add(new Measure("seastate_cpu_seconds_median", cpu, "s", what + ", CPU of this thread, median of " + repeats));
    out.add(new Measure("seastate_vessel_steps_per_cpu_second", rate, "1/s",
        what + ": vessels x simulated hours / median CPU time"));
    out.add(new Measure("seastate_to_mason_ratio", rate / refRate, "",
        "seastate vessel-steps / MASON Flockers agent-steps, per CPU second (machine-independent)"));
    return out;
  }

  /**
   * Scaling with the number of vessels: the scenario's first {@code days} days with every fleet
   * entry's count multiplied by each factor ({@link #scaledFleets}; policies unchanged), each
   * {@code warmup} times unmeasured and {@code repeats} times measured; the median CPU time per
   * vessel-step at each size, and the ratio of the largest factor's to the smallest's (1 =
   * linear in the vessels).
   */
  public List<Measure> scaling(Scenario scenario, int days, int[] factors, int warmup, int repeats) {
    if (factors.length == 0) {
      throw new IllegalArgumentException("no scaling factors");
    }
    int[] vessels = new int[factors.length];
    double[] cpu = new double[factors.length];
    long[] steps = new long[factors.length];
    for (int i = 0; i < factors.length; i++) {
      Timed t = timeRuns(scaledFleets(scenario, factors[i]), days, warmup, repeats);
      vessels[i] = t.vessels();
      steps[i] = t.vesselSteps();
      cpu[i] = median(t.cpuSorted());
    }
    return scalingMeasures(scenario.name(), days, factors, vessels, steps, cpu, repeats);
  }

  static List<Measure> scalingMeasures(String name, int days, int[] factors, int[] vessels, long[] steps,
      double[] cpu, int repeats) {
    List<Measure> out = new ArrayList<>();
    double[] perStep = new double[factors.length];
    for (int i = 0; i < factors.length; i++) {
      perStep[i] = cpu[i] / steps[i] * 1e6;
      String what = name + " fleets x " + factors[i] + ", " + days + " days, " + vessels[i] + " vessels";
      out.add(new Measure("scaling_cpu_seconds_" + factors[i] + "x", cpu[i], "s",
          what + ", CPU of this thread, median of " + repeats));
      out.add(new Measure("scaling_cpu_us_per_vessel_step_" + factors[i] + "x", perStep[i], "us",
          what + ": median CPU time / (vessels x simulated hours)"));
    }
    int last = factors.length - 1;
    out.add(new Measure("scaling_ratio_" + factors[last] + "x_to_" + factors[0] + "x", perStep[last] / perStep[0], "",
        "CPU per vessel-step at " + factors[last] + "x / at " + factors[0] + "x (1 = linear in the vessels)"));
    return out;
  }

  /**
   * The scenario with every nation's fleet entries holding {@code k} times their hulls (same
   * classes, ports, dates and policies); refuses what the scenario limits do not allow.
   */
  public static Scenario scaledFleets(Scenario s, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("fleet factor must be at least 1, was " + k);
    }
    Map<String, List<FleetEntry>> fleets = new LinkedHashMap<>();
    s.fleets().forEach((code, entries) -> fleets.put(code, entries.stream().map(e -> {
      long count = (long) e.count() * k;
      if (count > Limits.MAX_VESSELS) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s x %d: a fleet entry of %s would hold %d hulls; the limit is %d", s.name(), k, code, count,
            Limits.MAX_VESSELS));
      }
      return new FleetEntry(e.vesselClass(), (int) count, e.homePort(), e.from());
    }).toList()));
    return new Scenario(s.name(), s.description(), s.theater(), s.horizon(), s.places(), s.nations(),
        s.vesselClasses(), fleets, s.policies(), s.agreements(), s.events(), s.escalation(), s.metrics());
  }

  /**
   * Sweep throughput: a sweep of {@code runs} runs of the first {@code days} days of the scenario
   * (written to {@code work}, which is deleted afterwards) is run on all cores to warm up (about
   * 300 runs),
   * then {@code repeats} times on one thread and on {@code cores} threads, alternating; the
   * fastest of each counts (the least disturbed by other work on the machine).
   */
  public List<Measure> sweep(Path scenarioFile, int runs, int days, int cores, int repeats, Path work)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    try {
      BenchSweep sweep = new BenchSweep(theater, scenarioFile, runs, days, work);
      // Warm-up: until the JIT has compiled the model, the compiler threads take a core of their
      // own, which flatters the 1-thread sweep. About 300 runs were needed before the efficiency
      // stopped rising (three sweeps of 40 were not enough).
      for (int i = 0; i < warmupSweeps(runs); i++) {
        sweep.run(cores, "warmup-" + i);
      }
      double best1 = Double.POSITIVE_INFINITY;
      double bestN = Double.POSITIVE_INFINITY;
      double cpu1 = Double.POSITIVE_INFINITY;
      double cpuN = Double.POSITIVE_INFINITY;
      for (int i = 0; i < repeats; i++) {
        long c0 = processCpuNanos();
        long t0 = clock.getAsLong();
        sweep.run(1, "t1-" + i);
        long t1 = clock.getAsLong();
        long c1 = processCpuNanos();
        sweep.run(cores, "tn-" + i);
        long t2 = clock.getAsLong();
        long c2 = processCpuNanos();
        best1 = Math.min(best1, (t1 - t0) / 1e9);
        bestN = Math.min(bestN, (t2 - t1) / 1e9);
        cpu1 = Math.min(cpu1, (c1 - c0) / 1e9);
        cpuN = Math.min(cpuN, (c2 - c1) / 1e9);
      }
      List<Measure> out = new ArrayList<>(sweepMeasures(runs, days, cores, repeats, best1, bestN));
      double control = MachineControl.spinEfficiency(cores, MachineControl.quickSpin(runs));
      out.add(new Measure("machine_parallel_efficiency", control, "",
          "the same ratio for a pure arithmetic loop on " + cores + " threads: what this machine allows now"));
      if (processCpuNanos() >= 0) {
        out.add(new Measure("sweep_cpu_seconds_1_thread", cpu1, "s", "CPU time of this JVM (all threads, GC too)"));
        out.add(new Measure("sweep_cpu_seconds_" + cores + "_threads", cpuN, "s",
            "CPU time of this JVM; about the same as on 1 thread when the work itself scales"));
      }
      return out;
    } finally {
      ResultsFolder.deleteTree(work);
    }
  }

  /** Warm-up sweeps: enough for about {@link #WARMUP_RUNS} runs (one sweep in quick mode). */
  static int warmupSweeps(int runs) {
    return runs < 10 ? 1 : Math.max(3, (WARMUP_RUNS + runs - 1) / runs);
  }

  static final int WARMUP_RUNS = 300;

  static List<Measure> sweepMeasures(int runs, int days, int cores, int repeats, double seconds1, double secondsN) {
    double thr1 = runs / seconds1;
    double thrN = runs / secondsN;
    String what = runs + " runs of " + days + " days, best of " + repeats;
    List<Measure> out = new ArrayList<>();
    out.add(new Measure("sweep_seconds_1_thread", seconds1, "s", what));
    out.add(new Measure("sweep_seconds_" + cores + "_threads", secondsN, "s", what));
    out.add(new Measure("sweep_runs_per_second_1_thread", thr1, "1/s", what));
    out.add(new Measure("sweep_runs_per_second_" + cores + "_threads", thrN, "1/s", what));
    out.add(new Measure("parallel_efficiency", MachineControl.efficiency(thr1, thrN, cores), "",
        "throughput(" + cores + ") / (" + cores + " x throughput(1))"));
    return out;
  }

  /** CPU time of this JVM so far, ns; -1 where the platform does not tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Heap of sweeps of many one-day runs, each in a child JVM ({@link HeapProbe}) started with
   * {@code javaOptions} (e.g. {@code -Xmx128m}): the live heap (largest heap in use right after a
   * collection) and the peak heap in use, for each number of runs, and the ratio of the live heap
   * of the largest sweep to that of the smallest.
   */
  public List<Measure> heap(Path scenarioFile, int[] runCounts, List<String> javaOptions, Path work,
      ProcessRunner processes) throws IOException, InterruptedException {
    List<HeapProbe.Result> results = new ArrayList<>();
    for (int runs : runCounts) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(javaOptions);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(HeapProbe.class.getName());
      cmd.add(scenarioFile.toAbsolutePath().toString());
      cmd.add(String.valueOf(runs));
      cmd.add("1");
      cmd.add(work.resolve("heap-" + runs).toAbsolutePath().toString());
      results.add(HeapProbe.Result.parse(processes.run(cmd)));
    }
    return heapMeasures(results, String.join(" ", javaOptions));
  }

  static List<Measure> heapMeasures(List<HeapProbe.Result> results, String options) {
    List<Measure> out = new ArrayList<>();
    for (HeapProbe.Result r : results) {
      List<String> q = new ArrayList<>();
      for (long bytes : r.afterGcByQuarter()) {
        q.add(bytes == 0 ? "-" : String.format(Locale.ROOT, "%.1f", mb(bytes)));
      }
      String quarters = String.join(", ", q);
      out.add(new Measure("heap_live_mb_" + r.runs() + "_runs", mb(r.afterGcMax()), "MB",
          "max heap used after a GC; per quarter of the sweep: " + quarters + " (" + r.collections()
              + " GCs, " + options + ")"));
      out.add(new Measure("heap_peak_mb_" + r.runs() + "_runs", mb(r.beforeGcMax()), "MB",
          "max heap used before a GC (max heap " + Math.round(mb(r.maxHeap())) + " MB)"));
      out.add(new Measure("heap_sweep_seconds_" + r.runs() + "_runs", r.seconds(), "s",
          r.runs() + " runs of 1 day, all cores, in the child JVM"));
    }
    if (results.size() >= 2) {
      HeapProbe.Result small = results.get(0);
      HeapProbe.Result large = results.get(results.size() - 1);
      out.add(new Measure("heap_live_growth", (double) large.afterGcMax() / small.afterGcMax(), "",
          "live heap of " + large.runs() + " runs / of " + small.runs() + " runs (1 = flat)"));
    }
    return out;
  }

  static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /** Runs a command, returning its standard output (standard error is passed through); fails on a non-zero exit. */
  public static String runProcess(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().close();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(buf);
    }
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + rc);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
