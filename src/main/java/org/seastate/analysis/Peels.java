package org.seastate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.seastate.analysis.Prim.Factor;
import org.seastate.analysis.Prim.Limit;

/**
 * The peels {@link Prim} may take from a box along one factor, with what each would leave:
 * the lower and upper α-quantile of a numeric factor, each present level of a categorical one.
 */
final class Peels {
  private Peels() {}

  /** A possible peel: the factor's new limit and what would remain. */
  record Candidate(int factor, int order, Limit limit, int n, int hits) {
    double density() {
      return (double) hits / n;
    }

    /** The gain the objective sees, from the box {@code from} (which holds this peel's runs and more). */
    double score(Prim.Objective objective, Prim.Step from) {
      return objective == Prim.Objective.ORIGINAL ? density() : (density() - from.density()) / (from.n() - n);
    }

    /** Higher score; on a tie the peel that drops fewer runs, then the earlier factor, lower end first. */
    boolean better(Candidate o, Prim.Objective objective, Prim.Step from) {
      double a = score(objective, from);
      double b = o.score(objective, from);
      if (Math.abs(a - b) > 1e-12) {
        return a > b;
      }
      if (n != o.n) {
        return n > o.n;
      }
      return factor != o.factor ? factor < o.factor : order < o.order;
    }
  }

  static List<Candidate> candidates(Factor f, int j, Limit current, double alpha, boolean[] in, boolean[] y) {
    List<Candidate> out = new ArrayList<>();
    if (f.isNumeric()) {
      double[] x = f.numbers();
      double[] v = values(x, in);
      int n = v.length;
      if (n == 0 || v[0] == v[n - 1]) {
        return out; // one value left: nothing to peel
      }
      Arrays.sort(v);
      int k = (int) Math.min(n - 1, Math.max(1, Math.ceil(alpha * n - 1e-9)));
      double low = v[k] > v[0] ? v[k] : next(v, v[0]);
      double high = v[n - 1 - k] < v[n - 1] ? v[n - 1 - k] : previous(v, v[n - 1]);
      out.add(count(f, j, 0, new Limit(f.name(), low, current.upper(), null), in, y));
      out.add(count(f, j, 1, new Limit(f.name(), current.lower(), high, null), in, y));
      return out;
    }
    List<String> present = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i] && !present.contains(f.labels()[i])) {
        present.add(f.labels()[i]);
      }
    }
    if (present.size() < 2) {
      return out;
    }
    List<String> allowed = current.levels();
    for (int d = 0; d < allowed.size(); d++) {
      if (!present.contains(allowed.get(d))) {
        continue; // no run of the box has it: dropping it would change nothing
      }
      List<String> keep = new ArrayList<>(allowed);
      keep.remove(d);
      out.add(count(f, j, d, new Limit(f.name(), Double.NaN, Double.NaN, List.copyOf(keep)), in, y));
    }
    return out;
  }

  private static double next(double[] sorted, double v) {
    for (double x : sorted) {
      if (x > v) {
        return x;
      }
    }
    return v;
  }

  private static double previous(double[] sorted, double v) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] < v) {
        return sorted[i];
      }
    }
    return v;
  }

  private static Candidate count(Factor f, int j, int order, Limit limit, boolean[] in, boolean[] y) {
    int n = 0;
    int hits = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] && limit.contains(f, i)) {
        n++;
        hits += y[i] ? 1 : 0;
      }
    }
    return new Candidate(j, order, limit, n, hits);
  }

  private static double[] values(double[] x, boolean[] in) {
    double[] v = new double[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (in[i]) {
        v[n++] = x[i];
      }
    }
    return Arrays.copyOf(v, n);
  }
}
