package org.seastate.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way numbers are written to CSV and JSON: locale-free, at most 10 significant digits,
 * no trailing zeros, integers without a decimal point. The same double always gives the same
 * text, which the byte-identical-output guarantee relies on.
 */
public final class Numbers {
  private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  private Numbers() {}

  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }
}
