package org.seastate.sweep;

import org.seastate.io.Numbers;
import org.seastate.scenario.Factor;

/**
 * Maps a unit-interval coordinate to a factor value, for the sampling designs (Latin hypercube
 * and Sobol). A range maps linearly; discrete levels split [0, 1) into equal parts, level i
 * taking [i/L, (i+1)/L). Continuous values are rounded to the 10 significant digits the result
 * files print, so the value written in runs.csv is exactly the value the run used, and
 * {@code seastate run --set path=value} with that text reproduces the run.
 */
final class FactorScale {
  private FactorScale() {}

  static Object at(Factor f, double u) {
    if (f.range().isPresent()) {
      return Double.parseDouble(Numbers.format(f.range().get().at(u)));
    }
    int n = f.levelCount();
    int i = Math.min((int) Math.floor(u * n), n - 1);
    return f.levels().get(Math.max(i, 0));
  }
}
