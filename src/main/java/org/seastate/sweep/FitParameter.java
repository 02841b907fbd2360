package org.seastate.sweep;


/** A parameter to fit: a scenario path and its bounds; integer parameters are rounded. */
public record FitParameter(String path, double lower, double upper, boolean integer) {
  public FitParameter {
    if (!(lower < upper)) {
      throw new SweepException(path + ": lower bound " + lower + " must be below the upper bound " + upper);
    }
  }

  /**
   * Parses {@code PATH=LOW:HIGH}. Bounds written as whole numbers make an integer parameter
   * (a vessel count); write {@code 0.0:1.0} for a real one.
   */
  public static FitParameter parse(String text) {
    return parse(text, "--fit");
  }

  /** As {@link #parse(String)}, errors naming {@code option} (--fit, --profile). */
  public static FitParameter parse(String text, String option) {
    int eq = text.lastIndexOf('=');
    String[] b = eq < 0 ? new String[0] : text.substring(eq + 1).split(":");
    if (eq <= 0 || b.length != 2) {
      throw new SweepException(option + " '" + text + "': expected PATH=LOW:HIGH, e.g. fleets.CN.1.count=4:28 or "
          + "metrics.ais_daily_probability.coast_guard=0.5:1.0");
    }
    double lower;
    double upper;
    try {
      lower = Double.parseDouble(b[0]);
      upper = Double.parseDouble(b[1]);
    } catch (NumberFormatException e) {
      throw new SweepException(option + " '" + text + "': bounds must be numbers");
    }
    boolean integer = b[0].trim().matches("-?\\d+") && b[1].trim().matches("-?\\d+");
    String path = text.substring(0, eq).trim();
    if (!(lower < upper)) {
      throw new SweepException(option + " " + path + ": lower bound " + b[0].trim()
          + " must be below the upper bound " + b[1].trim());
    }
    return new FitParameter(path, lower, upper, integer);
  }

  /** The value at a point of the unit interval (clamped). */
  public Object at(double unit) {
    double u = Math.max(0, Math.min(1, unit));
    double v = lower + u * (upper - lower);
    return integer ? (Object) Math.round(v) : (Object) v;
  }

  /** Where a value lies in the unit interval. */
  public double unit(double value) {
    return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
  }
}
