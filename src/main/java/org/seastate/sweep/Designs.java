package org.seastate.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.seastate.analysis.SaltelliDesign;
import org.seastate.scenario.Design;
import org.seastate.scenario.Factor;
import org.seastate.scenario.Sweep;

/**
 * The points of a sweep's design, in a fixed order. Every design is a pure function of the
 * sweep (the Latin hypercube draws its permutations from a generator seeded by the base seed).
 */
public final class Designs {
  /** Stream id for the Latin hypercube's own random draws, hashed with the base seed. */
  private static final long LHS_STREAM = 0x4C48535F44455349L;

  private Designs() {}

  public static List<DesignPoint> points(Sweep sweep) {
    List<Factor> factors = sweep.factors();
    Design d = sweep.design();
    if (d instanceof Design.FullFactorial) {
      return fullFactorial(factors);
    } else if (d instanceof Design.Points p) {
      return list(p.points());
    } else if (d instanceof Design.Sampled s) {
      return switch (s.sampler()) {
        case LATIN_HYPERCUBE -> latinHypercube(factors, s.samples(), Seeds.mix64(sweep.baseSeed() ^ LHS_STREAM));
        case SOBOL -> sobol(factors, s.samples());
      };
    }
    throw new IllegalStateException("unknown design " + d.kind());
  }

  /** Every combination of levels; the last factor varies fastest. */
  static List<DesignPoint> fullFactorial(List<Factor> factors) {
    long count = 1;
    for (Factor f : factors) {
      if (f.range().isPresent()) {
        throw new SweepException("a full factorial design needs levels, but factor " + f.path()
            + " has a range; give it levels or use latin_hypercube or sobol");
      }
      count *= f.levelCount();
      if (count > Integer.MAX_VALUE) {
        throw new SweepException("the full factorial design has too many points");
      }
    }
    List<DesignPoint> out = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      Map<String, Object> values = new LinkedHashMap<>();
      int rest = p;
      Object[] chosen = new Object[factors.size()];
      for (int i = factors.size() - 1; i >= 0; i--) {
        Factor f = factors.get(i);
        chosen[i] = f.levels().get(rest % f.levelCount());
        rest /= f.levelCount();
      }
      for (int i = 0; i < factors.size(); i++) {
        values.put(factors.get(i).path(), chosen[i]);
      }
      out.add(new DesignPoint(p, values, "", p));
    }
    return out;
  }

  static List<DesignPoint> list(List<Map<String, Object>> points) {
    List<DesignPoint> out = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      out.add(new DesignPoint(p, points.get(p), "", p));
    }
    return out;
  }

  /**
   * n points; each factor's unit interval is cut in n equal strata and every stratum is used
   * exactly once, at a uniform position within it, in an independently shuffled order.
   */
  static List<DesignPoint> latinHypercube(List<Factor> factors, int n, long seed) {
    MersenneTwister random = new MersenneTwister(seed);
    double[][] u = new double[n][factors.size()];
    for (int j = 0; j < factors.size(); j++) {
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int k = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[k];
        perm[k] = t;
      }
      for (int i = 0; i < n; i++) {
        u[i][j] = (perm[i] + random.nextDouble()) / n;
      }
    }
    List<DesignPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new DesignPoint(i, values(factors, u[i]), "", i));
    }
    return out;
  }

  /** Saltelli's scheme ({@link SaltelliDesign}: A, B, AB1 … ABk per base sample), scaled to the factors. */
  static List<DesignPoint> sobol(List<Factor> factors, int n) {
    int k = factors.size();
    if (k < 1) {
      throw new SweepException("a sobol design needs at least one factor");
    }
    List<DesignPoint> out = new ArrayList<>();
    for (SaltelliDesign.Point p : SaltelliDesign.points(k, n)) {
      out.add(new DesignPoint(out.size(), values(factors, p.unit()), p.block(), p.sample()));
    }
    return out;
  }

  private static Map<String, Object> values(List<Factor> factors, double[] u) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int j = 0; j < factors.size(); j++) {
      values.put(factors.get(j).path(), FactorScale.at(factors.get(j), u[j]));
    }
    return values;
  }
}
