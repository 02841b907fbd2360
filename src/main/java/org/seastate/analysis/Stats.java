package org.seastate.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/** The statistics the analysis uses, each in one place and documented in docs/ANALYSIS.md. */
public final class Stats {
  private Stats() {}

  /** The values that are not NaN. */
  public static double[] finite(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  public static double mean(double[] x) {
    return x.length == 0 ? Double.NaN : StatUtils.mean(x);
  }

  /** Sample standard deviation (n − 1); NaN below two values. */
  public static double sd(double[] x) {
    return x.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(x));
  }

  /** Half-width of the 95% t interval of the mean: t(0.975, n−1) · s / √n; NaN below two values. */
  public static double tHalfWidth(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double t = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975);
    return t * sd(x) / Math.sqrt(x.length);
  }

  /** Percentile by the R-7 / Excel definition (linear interpolation between order statistics). */
  public static double quantile(double[] x, double p) {
    if (x.length == 0) {
      return Double.NaN;
    }
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(x, p * 100);
  }

  /**
   * Percentile bootstrap interval for mean(b) − mean(a): each group is resampled with
   * replacement, independently, {@code resamples} times.
   *
   * @return {lower, upper} at the 2.5% and 97.5% percentiles
   */
  public static double[] bootstrapDiff(double[] a, double[] b, int resamples, RandomGenerator rng) {
    if (a.length == 0 || b.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] d = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      d[r] = resampleMean(b, rng) - resampleMean(a, rng);
    }
    return new double[] {quantile(d, 0.025), quantile(d, 0.975)};
  }

  static double resampleMean(double[] x, RandomGenerator rng) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[rng.nextInt(x.length)];
    }
    return s / x.length;
  }

  /** Two-sided Welch t-test p-value; NaN when a group has fewer than two values or no variance. */
  public static double welchP(double[] a, double[] b) {
    if (a.length < 2 || b.length < 2 || (sd(a) == 0 && sd(b) == 0)) {
      return Double.NaN;
    }
    return new TTest().tTest(a, b);
  }

  /**
   * Two-sided Mann–Whitney U p-value (Commons Math: normal approximation, midranks for ties,
   * no continuity or tie correction of the variance); NaN when a group is empty or all values
   * are equal.
   */
  public static double mannWhitneyP(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      return Double.NaN;
    }
    double[] all = new double[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    if (StatUtils.max(all) == StatUtils.min(all)) {
      return Double.NaN;
    }
    return new MannWhitneyUTest().mannWhitneyUTest(a, b);
  }

  /** Cohen's d of b against a with the pooled standard deviation; NaN when it is zero or undefined. */
  public static double cohensD(double[] a, double[] b) {
    if (a.length < 2 || b.length < 2) {
      return Double.NaN;
    }
    double pooled = Math.sqrt(((a.length - 1) * StatUtils.variance(a) + (b.length - 1) * StatUtils.variance(b))
        / (a.length + b.length - 2));
    return pooled == 0 ? Double.NaN : (mean(b) - mean(a)) / pooled;
  }

  /** Cliff's delta of b against a: P(b > a) − P(b < a) over all pairs. */
  public static double cliffsDelta(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      return Double.NaN;
    }
    long more = 0;
    long less = 0;
    for (double x : a) {
      for (double y : b) {
        if (y > x) {
          more++;
        } else if (y < x) {
          less++;
        }
      }
    }
    return (double) (more - less) / ((long) a.length * b.length);
  }

  /**
   * Holm's step-down adjustment of a family of p-values (NaN entries are left out of the family
   * and stay NaN). Controls the family-wise error rate.
   */
  public static double[] holm(double[] p) {
    Integer[] order = java.util.stream.IntStream.range(0, p.length)
        .filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
    double[] adj = new double[p.length];
    Arrays.fill(adj, Double.NaN);
    int m = order.length;
    double running = 0;
    for (int k = 0; k < m; k++) {
      double v = Math.min(1, (m - k) * p[order[k]]);
      running = Math.max(running, v);
      adj[order[k]] = running;
    }
    return adj;
  }
}
