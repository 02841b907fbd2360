package org.seastate.analysis;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.data.Range;

/**
 * Number axes that read well whatever the data. JFreeChart's own tick units switch to
 * scientific notation on a narrow range, so a metric whose runs are nearly all 1.0 got
 * seventeen ticks all reading "1E0". Here every tick unit is 1, 2 or 5 times a power of ten
 * and prints just enough decimals to tell its ticks apart; the span comes from the data and
 * stays open when every value is the same.
 */
final class ChartAxes {
  private ChartAxes() {}

  private static final TickUnits UNITS = new TickUnits();

  static {
    for (int e = -9; e <= 12; e++) {
      for (int m : new int[] {1, 2, 5}) {
        UNITS.add(new NumberTickUnit(BigDecimal.valueOf(m).scaleByPowerOfTen(e).doubleValue(), format(e)));
      }
    }
  }

  /** Tick units for {@code NumberAxis.setStandardTickUnits}: plain decimals, distinct labels. */
  static TickUnitSource tickUnits() {
    return UNITS;
  }

  /** A plain decimal format with {@code max(0, -exponent)} decimals; near-zero prints as 0. */
  static DecimalFormat format(int exponent) {
    int decimals = Math.max(0, -exponent);
    String pattern = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    double zero = Math.pow(10, exponent) * 1e-6;
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)) {
      private static final long serialVersionUID = 1L;

      @Override
      public StringBuffer format(double v, StringBuffer out, FieldPosition pos) {
        return super.format(Math.abs(v) < zero ? 0.0 : v, out, pos);
      }
    };
  }

  /**
   * The axis span for data from {@code lo} to {@code hi}: the range with a small margin; when
   * all values are equal, the metric's whole possible range if it is finite (a rate of 1.0
   * shows on 0–1), else ±10% around the value (±1 around 0), not crossing the metric's lower
   * bound by more than a margin.
   */
  static Range span(double lo, double hi, MetricBounds bounds) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new Range(0, 1);
    }
    if (hi > lo) {
      double pad = (hi - lo) * 0.06;
      return new Range(lo - pad, hi + pad);
    }
    double min = bounds.min();
    double max = bounds.max();
    if (Double.isFinite(min) && Double.isFinite(max) && lo >= min && lo <= max && max > min) {
      double pad = (max - min) * 0.04;
      return new Range(min - pad, max + pad);
    }
    double half = lo == 0 ? 1 : Math.abs(lo) * 0.1;
    double low = lo - half;
    double high = lo + half;
    if (lo >= min && low < min) {
      low = min - (high - min) * 0.04;
    }
    return new Range(low, high);
  }

  /**
   * The mean of {@code x} with its 95% t interval clipped to the metric's possible range (a
   * count's interval never reaches below 0, a rate's never above 1): {mean, low, high}, with
   * low = high = mean when there is no interval (fewer than two values).
   */
  static double[] meanInterval(double[] x, MetricBounds bounds) {
    double m = Stats.mean(x);
    double h = Stats.tHalfWidth(x);
    if (Double.isNaN(h)) {
      return new double[] {m, m, m};
    }
    return new double[] {m, bounds.clip(m - h), bounds.clip(m + h)};
  }

  /** A value for a label: whole numbers as such, else three significant digits, plain. */
  static String label(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
