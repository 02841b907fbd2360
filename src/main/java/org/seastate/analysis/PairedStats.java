package org.seastate.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The statistics of comparisons that follow the design: paired differences (runs that share a
 * seed under common random numbers) and strata (the other factors' combinations). Each test is
 * documented in docs/ANALYSIS.md; the unpaired two-sample ones are in {@link Stats}.
 */
public final class PairedStats {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private PairedStats() {}

  /** One stratum's two arms (unpaired), or its paired differences in {@code diffs}. */
  public record Arms(double[] reference, double[] treatment) {}

  /**
   * Wilcoxon signed-rank test of paired differences, two-sided: zeros dropped (Wilcoxon's
   * convention), midranks for ties, normal approximation with tie-corrected variance and a
   * continuity correction. NaN when no difference is non-zero.
   */
  public static double signedRankP(double[] diffs) {
    double[] nz = Arrays.stream(diffs).filter(d -> d != 0 && !Double.isNaN(d)).toArray();
    int n = nz.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] abs = Arrays.stream(nz).map(Math::abs).toArray();
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
    double wPlus = 0;
    for (int i = 0; i < n; i++) {
      if (nz[i] > 0) {
        wPlus += ranks[i];
      }
    }
    double mean = n * (n + 1) / 4.0;
    double var = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieTerm(abs) / 48.0;
    if (var <= 0) {
      return Double.NaN;
    }
    double z = Math.max(0, Math.abs(wPlus - mean) - 0.5) / Math.sqrt(var);
    return 2 * (1 - NORMAL.cumulativeProbability(z));
  }

  /** Σ (t³ − t) over groups of tied values. */
  private static double tieTerm(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    double sum = 0;
    for (int i = 0; i < s.length; ) {
      int j = i;
      while (j < s.length && s[j] == s[i]) {
        j++;
      }
      double t = j - i;
      sum += t * t * t - t;
      i = j;
    }
    return sum;
  }

  /** Two-sided one-sample t-test of the mean difference against 0; NaN below two or without variance. */
  public static double pairedTP(double[] diffs) {
    if (diffs.length < 2 || Stats.sd(diffs) == 0) {
      return Double.NaN;
    }
    double t = Stats.mean(diffs) / (Stats.sd(diffs) / Math.sqrt(diffs.length));
    return 2 * (1 - new TDistribution(diffs.length - 1).cumulativeProbability(Math.abs(t)));
  }

  /**
   * Percentile bootstrap interval of the mean over strata of each stratum's mean paired
   * difference, resampling pairs within each stratum.
   */
  public static double[] bootstrapPaired(List<double[]> strata, int resamples, RandomGenerator rng) {
    double[] est = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (double[] d : strata) {
        sum += Stats.resampleMean(d, rng);
      }
      est[r] = sum / strata.size();
    }
    return new double[] {Stats.quantile(est, 0.025), Stats.quantile(est, 0.975)};
  }

  /**
   * Percentile bootstrap interval of the mean over strata of mean(treatment) − mean(reference),
   * resampling each arm within each stratum.
   */
  public static double[] bootstrapStratified(List<Arms> strata, int resamples, RandomGenerator rng) {
    double[] est = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (Arms a : strata) {
        sum += Stats.resampleMean(a.treatment(), rng) - Stats.resampleMean(a.reference(), rng);
      }
      est[r] = sum / strata.size();
    }
    return new double[] {Stats.quantile(est, 0.025), Stats.quantile(est, 0.975)};
  }

  /**
   * Two-sided z-test of the equally weighted mean over strata of the differences of means, with
   * variance Σ (s_t²/n_t + s_r²/n_r) / S². NaN when that variance is zero.
   */
  public static double stratifiedZP(List<Arms> strata) {
    double diff = 0;
    double var = 0;
    for (Arms a : strata) {
      diff += Stats.mean(a.treatment()) - Stats.mean(a.reference());
      var += variance(a.treatment()) / a.treatment().length + variance(a.reference()) / a.reference().length;
    }
    int k = strata.size();
    diff /= k;
    var /= (double) k * k;
    if (!(var > 0)) {
      return Double.NaN;
    }
    return 2 * (1 - NORMAL.cumulativeProbability(Math.abs(diff) / Math.sqrt(var)));
  }

  private static double variance(double[] x) {
    return x.length < 2 ? 0 : Math.pow(Stats.sd(x), 2);
  }

  /**
   * Van Elteren's stratified Wilcoxon rank-sum test (van Elteren 1960), two-sided: the rank sum
   * of the treatment in each stratum weighted by 1/(N_s + 1), normal approximation with
   * tie-corrected variances. With one stratum it is the Mann–Whitney test. NaN when every
   * stratum's values are all equal.
   */
  public static double vanElterenP(List<Arms> strata) {
    double t = 0;
    double mean = 0;
    double var = 0;
    for (Arms a : strata) {
      int m = a.treatment().length;
      int n = a.reference().length;
      int big = m + n;
      if (m == 0 || n == 0) {
        continue;
      }
      double[] all = new double[big];
      System.arraycopy(a.treatment(), 0, all, 0, m);
      System.arraycopy(a.reference(), 0, all, m, n);
      double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
      double w = 0;
      for (int i = 0; i < m; i++) {
        w += ranks[i];
      }
      double weight = 1.0 / (big + 1);
      double vs = m * n / 12.0 * ((big + 1) - tieTerm(all) / ((double) big * (big - 1)));
      t += weight * w;
      mean += weight * m * (big + 1) / 2.0;
      var += weight * weight * vs;
    }
    if (!(var > 0)) {
      return Double.NaN;
    }
    return 2 * (1 - NORMAL.cumulativeProbability(Math.abs(t - mean) / Math.sqrt(var)));
  }
}
