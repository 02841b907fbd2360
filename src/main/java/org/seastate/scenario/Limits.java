package org.seastate.scenario;

/**
 * Upper bounds on the sizes a scenario or sweep file may ask for, so that {@code validate}
 * refuses what a run or sweep could not finish (out of memory, hours of work, counters
 * overflowing) instead of the run failing later. They are chosen generously from measurements
 * (docs/PERFORMANCE.md): one simulated year of baseline-2023 (405 vessels in the theater)
 * takes about 0.5 s of CPU, and a sweep's memory does not grow with its number of runs. The
 * format declares them ({@link Format}), so the JSON Schema shows them as {@code maximum}.
 */
public final class Limits {
  private Limits() {}

  /**
   * Hulls in one fleet entry or delivery, and ships or vessels in one policy task (presence,
   * swarm, allocation, blockade, resupply, response, joint patrol): twelve times the whole
   * 2023 theater (405) in a single entry. A scenario with ten times the 2023 fleets runs at
   * about the speed of the original.
   */
  public static final int MAX_VESSELS = 5_000;

  /**
   * Vessels of all fleet entries together: fifty times the 2023 theater. Measured: twenty times
   * the 2023 fleets (8,100 vessels) simulate a month in about 2 s of CPU.
   */
  public static final int MAX_FLEET_VESSELS = 20_000;

  /**
   * Days in a horizon, start and end included: about 55 years. Measured: 9,862 days of
   * baseline-2023 took 30 s of CPU and 450 MB of memory (the run's events and time series are
   * held until it ends), so the longest run takes about a minute and stays under 1 GB.
   */
  public static final int MAX_HORIZON_DAYS = 20_000;

  /** Replicates per point of a sweep. */
  public static final int MAX_REPLICATES = 100_000;

  /** Samples (base points) of a Latin hypercube or Sobol design. */
  public static final int MAX_SAMPLES = 100_000;

  /** Points of a full factorial design: the product of the factors' level counts. */
  public static final long MAX_POINTS = 1_000_000;

  /**
   * Runs of a sweep (points × replicates): a million runs of one simulated year are about six
   * CPU-days, already more than a study needs, and run ids stay far below 2^31.
   */
  public static final long MAX_RUNS = 1_000_000;
}
