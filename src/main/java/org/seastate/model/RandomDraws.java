package org.seastate.model;

/**
 * The model's random-number policy. Every random choice of a run is a counter-based draw: a
 * hash of the run seed, the kind of choice ({@link Stream}) and the keys that name the choice
 * (a vessel, a day, an episode and its hour), never the next number of one shared generator.
 *
 * <p>Why: with one shared stream, anything that draws once more (a Japanese patrol that exists
 * only under the RAA) shifts every later draw, and two runs with the same seed soon share
 * nothing. Keyed draws keep the same choice the same in both runs as long as the situation it
 * is made in is the same, so common random numbers pair runs that differ in one factor and
 * their difference measures the factor, not the noise. A run is still a pure function of
 * (scenario, seed), whatever the order in which things are evaluated.
 *
 * <p>The hash is the SplitMix64 finaliser applied after each key (Steele, Lea, Flood 2014);
 * its output passes BigCrush as a generator, which is all a draw needs here.
 */
public final class RandomDraws {
  /** 2^64 / golden ratio, the SplitMix64 increment. */
  public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** The kinds of random choice; each has its own family of draws. */
  public enum Stream {
    /** Whether a freedom-of-navigation operation sails today (nation, day). */
    SORTIE,
    /** Whether a policing nation challenges a rival vessel it sees today (vessel, nation, day). */
    DETECTION,
    /** A side's rung in an episode's hour (episode, hour, side). */
    LADDER,
    /** Whether a side keeps an agreed cap (episode, vessel and cap, side). */
    CAP_COMPLIANCE,
    /** Injuries and collision damage from a coercive act (episode, hour, side and effect). */
    COERCION,
    /** Whether a boat acted against turns back (episode, hour, boat). */
    TURN_BACK,
    /** Whether a blockade intercepts a mission (first vessel, blockading nation, day). */
    INTERCEPTION,
    /** Militia surges and dispersals (nation and swarm, day, kind). */
    MILITIA,
    /** The first run of a resupply programme within its cadence (nation, programme). */
    RESUPPLY_START,
    /** Whether and where a joint patrol sails (programme, day, which). */
    JOINT_PATROL,
    /** Whether a vessel broadcasts AIS on a day (vessel, day). */
    AIS,
    /** Whether a side's incident of an episode on a day becomes public (episode, side, day). */
    REPORTING
  }

  private final long seed;

  public RandomDraws(long seed) {
    this.seed = seed;
  }

  /** A uniform number in [0, 1) for the choice named by {@code stream} and the keys. */
  public double uniform(Stream stream, long a, long b, long c) {
    long h = mix64(seed + (stream.ordinal() + 1) * GOLDEN_GAMMA);
    h = mix64(h + (a + 1) * GOLDEN_GAMMA);
    h = mix64(h + (b + 1) * GOLDEN_GAMMA);
    h = mix64(h + (c + 1) * GOLDEN_GAMMA);
    return (h >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p, Stream stream, long a, long b, long c) {
    return uniform(stream, a, b, c) < p;
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mixer. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
