package org.seastate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.seastate.analysis.Comparison.Row;
import org.seastate.analysis.Comparison.Status;

/**
 * Computes one row of a {@link Comparison}: a treatment against the reference on one metric,
 * in one stratum or over all of them, paired or not as the design says. Paired rows resample
 * and test replicates: within a stratum each pair is one replicate; over strata a replicate's
 * differences (same seed in every stratum) are averaged into one value first. Intervals of a
 * difference are clipped to what the metric allows (a rate's difference stays in [−1, 1]).
 */
final class EffectEstimator {
  private final ResultsData data;
  private final Strata design;
  private final int resamples;
  private final long seed;

  EffectEstimator(ResultsData data, Strata design, int resamples, long seed) {
    this.data = data;
    this.design = design;
    this.resamples = resamples;
    this.seed = seed;
  }

  /** The effect of {@code treatment} on {@code metric} within stratum {@code s}. */
  Row stratum(String metric, String treatment, Strata.Stratum s) {
    return estimate(metric, treatment, s.label(), List.of(s));
  }

  /** The effect over all strata (the one stratum when the design has no others). */
  Row overall(String metric, String treatment) {
    return estimate(metric, treatment, Effect.ALL, design.strata);
  }

  private Row estimate(String metric, String treatment, String label, List<Strata.Stratum> strata) {
    String ref = design.reference;
    List<PairedStats.Arms> arms = new ArrayList<>();
    List<double[]> diffs = new ArrayList<>();
    List<Map<Integer, Double>> byReplicate = new ArrayList<>();
    for (Strata.Stratum s : strata) {
      double[] a = Strata.arm(data, s, ref, metric);
      double[] b = Strata.arm(data, s, treatment, metric);
      if (a.length > 0 && b.length > 0) {
        arms.add(new PairedStats.Arms(a, b));
      }
      if (design.paired) {
        Map<Integer, Double> d = Strata.pairDiffsByReplicate(data, s, ref, treatment, metric);
        if (!d.isEmpty()) {
          diffs.add(d.values().stream().mapToDouble(Double::doubleValue).toArray());
          byReplicate.add(d);
        }
      }
    }
    int nA = arms.stream().mapToInt(x -> x.reference().length).sum();
    int nB = arms.stream().mapToInt(x -> x.treatment().length).sum();
    double meanA = arms.stream().mapToDouble(x -> Stats.mean(x.reference())).average().orElse(Double.NaN);
    double meanB = arms.stream().mapToDouble(x -> Stats.mean(x.treatment())).average().orElse(Double.NaN);
    double[] allA = concat(arms.stream().map(PairedStats.Arms::reference).toList());
    double[] allB = concat(arms.stream().map(PairedStats.Arms::treatment).toList());
    double spread = Math.sqrt(arms.stream().mapToDouble(x -> (var(x.reference()) + var(x.treatment())) / 2)
        .average().orElse(Double.NaN));
    boolean constantArms = arms.stream().allMatch(x -> var(x.reference()) == 0 && var(x.treatment()) == 0);
    double[] pooledDiffs = concat(diffs);
    boolean paired = design.paired && pooledDiffs.length > 0;
    if (arms.isEmpty() || (design.paired && !paired)) {
      return row(metric, treatment, label, Status.NO_DATA, nA, nB, pooledDiffs.length, meanA, meanB, allA, allB,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double diff = paired
        ? diffs.stream().mapToDouble(Stats::mean).average().orElse(Double.NaN)
        : arms.stream().mapToDouble(x -> Stats.mean(x.treatment()) - Stats.mean(x.reference())).average().orElse(Double.NaN);
    double std = spread > 0 ? diff / spread : Double.NaN;
    boolean constantDiffs = paired && Arrays.stream(pooledDiffs).allMatch(d -> d == pooledDiffs[0]);
    if (constantArms || constantDiffs) {
      return row(metric, treatment, label, Status.CONSTANT, nA, nB, pooledDiffs.length, meanA, meanB, allA, allB,
          diff, diff, diff, std, Double.NaN, Double.NaN);
    }
    double[] ci;
    double pT;
    double pRank;
    if (paired) {
      // one value per replicate (its mean over strata): the replicates, not the pairs, are independent
      double[] units = Strata.replicateDiffs(byReplicate);
      ci = PairedStats.bootstrapPaired(List.of(units), resamples, Comparison.rng(seed));
      pT = PairedStats.pairedTP(units);
      pRank = PairedStats.signedRankP(units);
    } else if (arms.size() == 1) {
      PairedStats.Arms x = arms.get(0);
      ci = Stats.bootstrapDiff(x.reference(), x.treatment(), resamples, Comparison.rng(seed));
      pT = Stats.welchP(x.reference(), x.treatment());
      pRank = Stats.mannWhitneyP(x.reference(), x.treatment());
    } else {
      ci = PairedStats.bootstrapStratified(arms, resamples, Comparison.rng(seed));
      pT = PairedStats.stratifiedZP(arms);
      pRank = PairedStats.vanElterenP(arms);
    }
    return row(metric, treatment, label, Status.TESTED, nA, nB, pooledDiffs.length, meanA, meanB, allA, allB,
        diff, ci[0], ci[1], std, pT, pRank);
  }

  private Row row(String metric, String treatment, String label, Status status, int nA, int nB, int pairs,
      double meanA, double meanB, double[] allA, double[] allB, double diff, double low, double high, double std,
      double pT, double pRank) {
    MetricBounds b = MetricBounds.of(metric);
    double width = b.max() - b.min();
    MetricBounds diffBounds = new MetricBounds(-width, width);
    return new Row(metric, design.factor, design.reference, treatment, label, status, design.paired, nA, nB,
        design.paired ? pairs : 0, meanA, meanB, Stats.sd(allA), Stats.sd(allB), diff, diffBounds.clip(low),
        diffBounds.clip(high), std, pT, pRank, Double.NaN, Double.NaN, Stats.cliffsDelta(allA, allB));
  }

  private static double var(double[] x) {
    return x.length < 2 ? 0 : Math.pow(Stats.sd(x), 2);
  }

  private static double[] concat(List<double[]> parts) {
    return parts.stream().flatMapToDouble(Arrays::stream).toArray();
  }
}
