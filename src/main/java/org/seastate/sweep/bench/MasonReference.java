package org.seastate.sweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import sim.app.flockers.Flockers;

/**
 * A reference workload from MASON itself: its Flockers demo ({@code sim.app.flockers.Flockers},
 * shipped in the MASON jar), headless, with its default parameters (agents in a
 * {@code Continuous2D}, each looking up its neighbours every step, like seastate's vessels),
 * stepped a fixed number of steps on the calling thread. Its agent-steps per CPU second measure
 * this machine and JVM, so seastate's vessel-steps per CPU second divided by it compares across
 * machines and commits.
 */
final class MasonReference {
  private MasonReference() {}

  /**
   * The measurement: the number of agents, steps per repetition, and the CPU seconds of each
   * measured repetition, sorted.
   */
  record Result(int agents, int steps, double[] cpuSorted) {
    double cpuMedian() {
      return Benchmark.median(cpuSorted);
    }

    double agentStepsPerCpuSecond() {
      return agents * (double) steps / cpuMedian();
    }
  }

  /** Runs Flockers {@code warmup} times unmeasured, then {@code repeats} times measured (seeds 1, 2, ...). */
  static Result measure(int steps, int warmup, int repeats) {
    if (steps < 1 || repeats < 1 || warmup < 0) {
      throw new IllegalArgumentException("steps and repeats must be at least 1, warmup at least 0");
    }
    for (int i = 0; i < warmup; i++) {
      run(1_000 + i, steps);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[repeats];
    int agents = 0;
    for (int i = 0; i < repeats; i++) {
      Flockers sim = new Flockers(1 + i);
      long c0 = threads.getCurrentThreadCpuTime();
      agents = stepped(sim, steps);
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    Arrays.sort(cpu);
    return new Result(agents, steps, cpu);
  }

  private static void run(long seed, int steps) {
    stepped(new Flockers(seed), steps);
  }

  /** Starts, steps {@code steps} times and finishes; returns the agents the schedule stepped. */
  private static int stepped(Flockers sim, int steps) {
    sim.start();
    for (int s = 0; s < steps; s++) {
      if (!sim.schedule.step(sim)) {
        throw new IllegalStateException("Flockers stopped after " + s + " steps");
      }
    }
    int agents = sim.flockers.getAllObjects().numObjs;
    sim.finish();
    return agents;
  }
}
