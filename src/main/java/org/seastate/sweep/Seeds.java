package org.seastate.sweep;

/**
 * Run seeds. A run's seed is a hash of the sweep's base seed and the run id alone, so it does
 * not depend on the shard, the thread or the order in which runs execute:
 *
 * <pre>seed = mix64(baseSeed ^ (runId * GOLDEN_GAMMA))</pre>
 *
 * where {@code mix64} is the SplitMix64 finaliser. Consecutive run ids therefore get unrelated
 * seeds (never {@code base + k}, which would give MASON's generator nearly the same stream).
 */
public final class Seeds {
  /** 2^64 / golden ratio, the SplitMix64 increment. */
  public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** The seed of run {@code runId} of a sweep with base seed {@code baseSeed}. */
  public static long forRun(long baseSeed, long runId) {
    return mix64(baseSeed ^ (runId * GOLDEN_GAMMA));
  }

  /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
