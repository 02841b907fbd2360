package org.seastate.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.seastate.sweep.Calibration.Evaluation;
import org.seastate.sweep.FitParameter;
import org.seastate.sweep.Calibration.Row;

/**
 * Loss profiles of calibrated parameters, the project's test of identifiability: a fit is only
 * worth reporting if the observations pin each parameter down. A profile evaluates the loss at
 * evenly spaced values across a parameter's bounds with the other parameters held where the
 * fit left them (and the same seeds, so differences are the parameter's, not noise). A minimum
 * inside the bounds says the data prefer a value; a flat profile, or one that keeps falling to
 * a bound, says they do not.
 */
public final class Profiles {
  /** Points per profile unless the user asks otherwise. */
  public static final int DEFAULT_POINTS = 9;
  /** A profile is flat when its loss range is below this share of the loss at the fit ... */
  public static final double FLAT_RELATIVE = 0.05;
  /** ... or below this absolute loss (a loss term of 1 is one target at its tolerance). */
  public static final double FLAT_ABSOLUTE = 0.05;

  private Profiles() {}

  /**
   * One evaluated value.
   *
   * @param terms the squared standardised error of each fitted target, in target order
   */
  public record Point(Object value, double loss, List<Double> terms) {
    public double x() {
      return ((Number) value).doubleValue();
    }
  }

  /** The profile of one parameter around {@code fitted}, where the whole loss was {@code lossAtFit}. */
  public record Profile(FitParameter parameter, Object fitted, double lossAtFit, List<Point> points) {
    public Profile {
      if (points.isEmpty()) {
        throw new IllegalArgumentException("a profile needs points");
      }
      points = List.copyOf(points);
    }

    /** The point with the lowest loss (the first of equals). */
    public Point lowest() {
      Point best = points.get(0);
      for (Point p : points) {
        if (p.loss() < best.loss()) {
          best = p;
        }
      }
      return best;
    }

    public double lossMin() {
      return lowest().loss();
    }

    public double lossMax() {
      return points.stream().mapToDouble(Point::loss).max().orElseThrow();
    }

    /** True when no end point of the grid reaches the lowest loss. */
    public boolean minimumInside() {
      double min = lossMin();
      return points.size() >= 3 && points.get(0).loss() > min && points.get(points.size() - 1).loss() > min;
    }

    /** True when the loss hardly changes across the bounds: the data cannot tell the values apart. */
    public boolean flat() {
      double range = lossMax() - lossMin();
      return range < FLAT_RELATIVE * lossAtFit || range < FLAT_ABSOLUTE;
    }

    public boolean identifiable() {
      return minimumInside() && !flat();
    }

    /**
     * The values at one end of the grid over which the loss does not change at all (at least
     * three points), as {from, to}; empty if none. With common random numbers an unchanged loss
     * means the parameter has no effect there, e.g. more ships than any task uses.
     */
    public Optional<double[]> plateau() {
      int n = points.size();
      int hi = n - 1;
      while (hi > 0 && points.get(hi - 1).loss() == points.get(n - 1).loss()) {
        hi--;
      }
      if (n - hi >= 3) {
        return Optional.of(new double[] {points.get(hi).x(), points.get(n - 1).x()});
      }
      int lo = 0;
      while (lo < n - 1 && points.get(lo + 1).loss() == points.get(0).loss()) {
        lo++;
      }
      return lo >= 2 ? Optional.of(new double[] {points.get(0).x(), points.get(lo).x()}) : Optional.empty();
    }

    /** True when a profile point beats the loss at the fit: the search stopped short of the minimum. */
    public boolean beatsFit() {
      return lossMin() < lossAtFit - 1e-9 * Math.max(1, Math.abs(lossAtFit));
    }

    /** {@code identifiable}, or {@code not identifiable: } and why. */
    public String verdict() {
      if (identifiable()) {
        return "identifiable";
      }
      List<String> why = new ArrayList<>();
      if (flat()) {
        why.add(String.format(Locale.ROOT, "flat profile (loss range %.3g < max(%.0f%% of %.3g, %.2f))",
            lossMax() - lossMin(), 100 * FLAT_RELATIVE, lossAtFit, FLAT_ABSOLUTE));
      }
      if (!minimumInside()) {
        double min = lossMin();
        boolean low = points.get(0).loss() <= min;
        boolean high = points.get(points.size() - 1).loss() <= min;
        why.add(low && high ? "lowest loss at both bounds" : low ? "lowest loss at the lower bound"
            : "lowest loss at the upper bound");
      }
      return "not identifiable: " + String.join("; ", why);
    }
  }

  /**
   * {@code k} evenly spaced values from the lower to the upper bound; an integer parameter's
   * values rounded to whole numbers and deduplicated.
   */
  public static List<Object> grid(FitParameter p, int k) {
    if (k < 3) {
      throw new SweepException("profiles need at least 3 points, was " + k);
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Object v = p.at((double) i / (k - 1));
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The profile of {@code p}: the loss at each {@link #grid} value, the other parameters as in
   * {@code at} (the fitted values; a path missing from it keeps the scenario's value).
   *
   * @param evaluate the loss of a set of parameter values, over the fit's replicates and seeds
   */
  public static Profile profile(FitParameter p, Map<String, Object> at, Object fitted, double lossAtFit, int k,
      Function<Map<String, Object>, Evaluation> evaluate) {
    List<Point> points = new ArrayList<>();
    for (Object v : grid(p, k)) {
      Map<String, Object> values = new LinkedHashMap<>(at);
      values.put(p.path(), v);
      Evaluation e = evaluate.apply(values);
      points.add(new Point(v, e.loss(), terms(e)));
    }
    return new Profile(p, fitted, lossAtFit, points);
  }

  /** The squared standardised error of each fitted target of an evaluation. */
  static List<Double> terms(Evaluation e) {
    List<Double> out = new ArrayList<>();
    for (Row r : e.rows()) {
      if (r.target().fitted()) {
        double z = r.error() / r.target().tolerance();
        out.add(z * z);
      }
    }
    return out;
  }

  /**
   * File-safe short names for the parameters' charts: the last two segments of each path
   * ({@code ais_daily_probability-coast_guard}), three through a list index
   * ({@code CN-1-count}), or the whole path where two would clash.
   */
  public static Map<String, String> shortNames(List<FitParameter> params) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      String s = shortName(params.get(i).path());
      boolean clash = false;
      for (int j = 0; j < params.size(); j++) {
        clash |= j != i && shortName(params.get(j).path()).equals(s);
      }
      out.put(params.get(i).path(), clash ? safe(params.get(i).path()) : s);
    }
    return out;
  }

  private static String shortName(String path) {
    String[] s = path.split("\\.");
    int from = s.length - 2;
    if (from > 0 && s[from].matches("\\d+")) {
      from--;
    }
    return safe(String.join(".", java.util.Arrays.asList(s).subList(Math.max(0, from), s.length)));
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
