package org.seastate.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.seastate.geo.Theater;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;

/**
 * Measures how fast the model runs: wall time of whole runs of a scenario, single-threaded,
 * after warm-up, and the vessel-steps per second that implies (vessels × simulated hours per
 * second of wall time). The command line prints the table; nothing here writes files.
 */
public final class Benchmark {

  /** One measured quantity. */
  public record Measure(String name, double value, String unit, String note) {}

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
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    for (int i = 0; i < warmup; i++) {
      new SeaStateSim(scenario, theater, 1_000 + i).runToEnd();
    }
    double[] seconds = new double[repeats];
    int vessels = 0;
    for (int i = 0; i < repeats; i++) {
      SeaStateSim sim = new SeaStateSim(scenario, theater, 1 + i);
      long t0 = clock.getAsLong();
      sim.runToEnd();
      seconds[i] = (clock.getAsLong() - t0) / 1e9;
      vessels = sim.vessels().size();
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = median(sorted);
    long hours = scenario.horizon().ticks();
    List<Measure> out = new ArrayList<>();
    String what = scenario.name() + ", " + scenario.horizon().days() + " days, " + vessels + " vessels";
    out.add(new Measure("run_seconds_median", median, "s", what + ", median of " + repeats));
    out.add(new Measure("run_seconds_min", sorted[0], "s", what));
    out.add(new Measure("run_seconds_max", sorted[sorted.length - 1], "s", what));
    out.add(new Measure("vessel_steps_per_second", vessels * (double) hours / median, "1/s",
        "vessels x simulated hours / median wall time"));
    return out;
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
