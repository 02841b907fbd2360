package org.seastate.analysis;

/**
 * The range a summary metric can take, so intervals and axes never show impossible values:
 * counts, hours and means of counts are never negative; shares, rates and the 0/1 crisis flag
 * lie in [0, 1]; the highest rung reached lies on the ladder's 0–7 scale.
 */
public record MetricBounds(double min, double max) {
  /** Counts and other non-negative quantities. */
  public static final MetricBounds NON_NEGATIVE = new MetricBounds(0, Double.POSITIVE_INFINITY);
  /** Shares, rates and flags. */
  public static final MetricBounds UNIT = new MetricBounds(0, 1);
  /** A metric whose range is not known. */
  public static final MetricBounds ANY = new MetricBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  /** The bounds of a runs.csv or metrics.csv metric, by its name. */
  public static MetricBounds of(String metric) {
    String m = metric.contains("[") ? metric.substring(0, metric.indexOf('[')) : metric;
    if (m.endsWith("_share") || m.endsWith("_rate") || m.equals("crisis") || m.endsWith("_probability")) {
      return UNIT;
    }
    if (m.equals("max_level")) {
      return new MetricBounds(0, 7);
    }
    return NON_NEGATIVE;
  }

  /** {@code v} moved into the range (NaN stays NaN). */
  public double clip(double v) {
    return Double.isNaN(v) ? v : Math.max(min, Math.min(max, v));
  }
}
