package org.seastate.analysis;

/**
 * The estimated effect of one level of a factor (the treatment) against its reference level on
 * one metric, within one stratum of the other factors or over all of them. Every difference
 * reads treatment − reference, so a positive effect means the treatment raises the metric.
 *
 * @param metric summary metric (a runs.csv column)
 * @param treatment the level compared
 * @param reference the level compared against
 * @param stratum the other factors' values, e.g. {@code resolve=1.5}, or {@link #ALL}
 * @param n pairs (paired) or the smaller arm's runs (unpaired)
 * @param diff treatment − reference (mean of the paired differences when paired)
 * @param low lower end of the 95% interval of {@code diff}
 * @param high upper end of the 95% interval of {@code diff}
 * @param standardized {@code diff} over the pooled within-stratum standard deviation of the
 *     metric (Cohen's d), NaN when that is zero; comparable across metrics
 * @param p two-sided p-value of the test the comparison used (NaN when not tested)
 * @param significant whether the Holm-adjusted p-value of its family is below 0.05
 * @param paired whether runs were paired by common random numbers
 */
public record Effect(String metric, String treatment, String reference, String stratum, int n, double diff,
    double low, double high, double standardized, double p, boolean significant, boolean paired) {
  /** The stratum label of the effect over all strata. */
  public static final String ALL = "all";

  public boolean overall() {
    return ALL.equals(stratum);
  }
}
