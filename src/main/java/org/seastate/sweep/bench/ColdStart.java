package org.seastate.sweep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.seastate.io.ResultsFolder;

/**
 * The {@code cold} part of the benchmark: the launcher running one scenario for one seed
 * ({@code bin/seastate run SCENARIO --seed 1 --out DIR}) as a new process, with its start-up
 * caches (the class-data archive and the navigation field cache) and without them, alternately,
 * so a change in the machine's load falls on both. Each way is started once unmeasured first (it
 * makes the archive and fills the cache); then wall time and the child's CPU time are measured.
 */
public final class ColdStart {

  /** Wall and CPU seconds of one process; CPU is NaN where it cannot be read. */
  public record Timing(double wallSeconds, double cpuSeconds) {}

  /** Runs a command to its end with extra environment variables, timing it; fails on a non-zero exit. */
  @FunctionalInterface
  public interface Starter {
    Timing run(List<String> command, Map<String, String> env) throws IOException, InterruptedException;
  }

  private final LongSupplier clock;
  private final ChildCpu cpu;

  /** Reads the CPU seconds that finished child processes have used so far (NaN if unknown). */
  @FunctionalInterface
  public interface ChildCpu {
    double seconds();
  }

  public ColdStart() {
    this(System::nanoTime, ColdStart::childCpuSeconds);
  }

  ColdStart(LongSupplier nanoClock, ChildCpu cpu) {
    this.clock = nanoClock;
    this.cpu = cpu;
  }

  /**
   * The launcher of the checkout this code runs from: {@code bin/seastate} beside the
   * {@code target} folder that holds {@code codeLocation} (the jar, or the classes folder), if
   * that is a seastate checkout (it has a pom.xml and an executable bin/seastate).
   */
  public static Optional<Path> findLauncher(Path codeLocation) {
    Path target = codeLocation.toAbsolutePath().normalize().getParent();
    Path root = target == null ? null : target.getParent();
    if (root == null || !target.getFileName().toString().equals("target")) {
      return Optional.empty();
    }
    Path launcher = root.resolve("bin").resolve("seastate");
    return Files.isRegularFile(root.resolve("pom.xml")) && Files.isExecutable(launcher)
        ? Optional.of(launcher) : Optional.empty();
  }

  /**
   * Measures {@code repeats} starts each way after one unmeasured start each way. {@code days}
   * limits the simulated days (null: the scenario's horizon). Works in {@code work} (the cache
   * folder and the results of each start, deleted at the end).
   */
  public List<Benchmark.Measure> measure(Path launcher, Path scenario, Integer days, int repeats, Path work,
      Starter starter) throws IOException, InterruptedException {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    Path cache = work.resolve("cache");
    Map<String, String> cached = new LinkedHashMap<>();
    cached.put("SEASTATE_CACHE", cache.toString());
    cached.put("SEASTATE_CDS", "on");
    Map<String, String> plain = new LinkedHashMap<>();
    plain.put("SEASTATE_CACHE", "off");
    plain.put("SEASTATE_CDS", "off");
    double[][] wall = new double[2][repeats];
    double[][] cpus = new double[2][repeats];
    try {
      for (int i = -1; i < repeats; i++) {
        for (int way = 0; way < 2; way++) {
          Path out = work.resolve("run-" + way + "-" + (i + 1));
          Timing t = starter.run(command(launcher, scenario, days, out), way == 0 ? cached : plain);
          ResultsFolder.deleteTree(out);
          if (i >= 0) {
            wall[way][i] = t.wallSeconds();
            cpus[way][i] = t.cpuSeconds();
          }
        }
      }
    } finally {
      ResultsFolder.deleteTree(work.resolve("cache"));
    }
    String what = "bin/seastate run " + scenario.getFileName() + " --seed 1" + (days == null ? "" : " --days " + days)
        + ", median of " + repeats + ", alternating";
    List<Benchmark.Measure> out = new ArrayList<>();
    String[] names = {"cached", "uncached"};
    String[] notes = {"with the class-data archive and the navigation cache", "SEASTATE_CDS=off SEASTATE_CACHE=off"};
    for (int way = 0; way < 2; way++) {
      out.add(new Benchmark.Measure("cold_run_" + names[way] + "_seconds_median", median(wall[way]), "s",
          what + "; " + notes[way]));
      out.add(new Benchmark.Measure("cold_run_" + names[way] + "_cpu_seconds_median", median(cpus[way]), "s",
          "CPU time of the process and its children; " + notes[way]));
    }
    return out;
  }

  static List<String> command(Path launcher, Path scenario, Integer days, Path out) {
    List<String> c = new ArrayList<>(List.of(launcher.toString(), "run", scenario.toAbsolutePath().toString(),
        "--seed", "1", "--out", out.toAbsolutePath().toString()));
    if (days != null) {
      c.addAll(List.of("--days", days.toString()));
    }
    return c;
  }

  /** Starts a command with standard output discarded (standard error passed through) and times it. */
  public Timing runTimed(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    double cpu0 = cpu.seconds();
    long t0 = clock.getAsLong();
    Process p = pb.start();
    p.getOutputStream().close();
    int rc = p.waitFor();
    double wallSeconds = (clock.getAsLong() - t0) / 1e9;
    double cpuSeconds = cpu.seconds() - cpu0;
    if (rc != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + rc);
    }
    return new Timing(wallSeconds, cpuSeconds);
  }

  /**
   * CPU seconds (user + system) of this process's finished and waited-for children, from
   * /proc/self/stat (Linux; clock ticks of 1/100 s); NaN elsewhere.
   */
  static double childCpuSeconds() {
    try {
      return parseChildTicks(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII)) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** cutime + cstime (fields 16 and 17) of a /proc/PID/stat line. */
  static long parseChildTicks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // f[0] is field 3 (state), so field k is f[k - 3]
    return Long.parseLong(f[13]) + Long.parseLong(f[14]);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return Benchmark.median(sorted);
  }
}
