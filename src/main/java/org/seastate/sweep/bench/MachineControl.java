package org.seastate.sweep.bench;


/**
 * What this machine allows right now: a pure arithmetic loop on one thread and on all, so a
 * sweep's parallel efficiency can be read against what shared, busy cores permit.
 */
final class MachineControl {
  /** Keeps the loop's result alive so the JIT cannot drop the loop. */
  private static volatile long sink;

  private MachineControl() {}

  static long quickSpin(int runs) {
    return runs < 10 ? 5_000_000L : 100_000_000L;
  }

  /**
   * A control for the parallel efficiency: an arithmetic loop that neither allocates nor touches
   * memory, run on one thread and then on {@code cores} threads at once (each doing the same
   * work); efficiency = time(1) / time(cores), best of three. Near 1 on idle dedicated cores;
   * lower when the machine's cores are shared with other work.
   */
  static double spinEfficiency(int cores, long iterations) throws InterruptedException {
    spin(iterations / 10);
    double best1 = Double.POSITIVE_INFINITY;
    double bestN = Double.POSITIVE_INFINITY;
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      spin(iterations);
      best1 = Math.min(best1, (System.nanoTime() - t0) / 1e9);
      Thread[] ts = new Thread[cores];
      t0 = System.nanoTime();
      for (int i = 0; i < cores; i++) {
        ts[i] = new Thread(() -> spin(iterations));
        ts[i].start();
      }
      for (Thread t : ts) {
        t.join();
      }
      bestN = Math.min(bestN, (System.nanoTime() - t0) / 1e9);
    }
    return best1 / bestN;
  }

  static void spin(long n) {
    long x = 1;
    for (long i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      x ^= x >>> 29;
    }
    sink = x;
  }

  /** Parallel efficiency: throughput on {@code cores} threads over {@code cores} × throughput on one. */
  static double efficiency(double throughput1, double throughputN, int cores) {
    return throughputN / (cores * throughput1);
  }
}
