package org.seastate.sweep;

/**
 * Run seeds. A run's seed is a hash of the sweep's base seed and the run id alone, so it does
 * not depend on the shard, the thread or the order in which runs execute:
 *
 * <pre>seed = mix64(baseSeed ^ (runId * GOLDEN_GAMMA))</pre>
 *
 * where {@code mix64} is the SplitMix64 finaliser. Consecutive run ids therefore get unrelated
 * seeds (never {@code base + k}, which would give MASON's generator nearly the same stream).
 * With common random numbers ({@code RunPlan}) the replicate stands for the run id, so every
 * point's replicate r gets the same seed.
 */
public final class Seeds {
  /** 2^64 / golden ratio, the SplitMix64 increment. */
  public static final long GOLDEN_GAMMA = org.seastate.model.RandomDraws.GOLDEN_GAMMA;

  private Seeds() {}

  /** The seed of run {@code runId} of a sweep with base seed {@code baseSeed}. */
  public static long forRun(long baseSeed, long runId) {
    return mix64(baseSeed ^ (runId * GOLDEN_GAMMA));
  }

  /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
  public static long mix64(long z) {
    return org.seastate.model.RandomDraws.mix64(z);
  }
}
