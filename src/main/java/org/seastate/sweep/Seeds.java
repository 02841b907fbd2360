package org.seastate.sweep;

/**
 * Run seeds. A run's seed is a hash of the sweep's base seed and the run id alone, so it does
 * not depend on the shard, the thread or the order in which runs execute:
 *
 * <pre>seed = mix64(baseSeed ^ (runId * GOLDEN_GAMMA)) >>> 15</pre>
 *
 * where {@code mix64} is the SplitMix64 finaliser. Consecutive run ids therefore get unrelated
 * seeds (never {@code base + k}, which would give MASON's generator nearly the same stream).
 * With common random numbers ({@code RunPlan}) the replicate stands for the run id, so every
 * point's replicate r gets the same seed.
 *
 * <p>Why the top {@value #BITS} bits only: a seed below 2^49 ≈ 5.6 × 10^14 has at most 15
 * decimal digits, so a spreadsheet keeps it exactly; it is below 2^53, so a double (R's numeric,
 * pandas' float64 after a concat with missing values) holds it exactly; and it is below 2^63, so
 * it is a non-negative int64 everywhere (pandas reads it as int64, not uint64). The price is a
 * smaller seed space: the chance that two of a million runs share a seed is about
 * n²/2^50 ≈ 0.1% (birthday bound), and a shared seed only repeats a run's random draws, it does
 * not corrupt anything.
 */
public final class Seeds {
  /** 2^64 / golden ratio, the SplitMix64 increment. */
  public static final long GOLDEN_GAMMA = org.seastate.model.RandomDraws.GOLDEN_GAMMA;

  /** Bits of a sweep run seed: seeds lie in [0, 2^BITS). */
  public static final int BITS = 49;

  /** One more than the largest sweep run seed, 2^49. */
  public static final long LIMIT = 1L << BITS;

  private Seeds() {}

  /** The seed of run {@code runId} of a sweep with base seed {@code baseSeed}: in [0, 2^49). */
  public static long forRun(long baseSeed, long runId) {
    return mix64(baseSeed ^ (runId * GOLDEN_GAMMA)) >>> (64 - BITS);
  }

  /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
  public static long mix64(long z) {
    return org.seastate.model.RandomDraws.mix64(z);
  }
}
