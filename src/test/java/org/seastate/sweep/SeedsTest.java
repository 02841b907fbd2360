package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class SeedsTest {
  @Test
  void seedsAreDistinctAndNotAnArithmeticSequence() {
    Set<Long> seen = new HashSet<>();
    for (long id = 0; id < 100_000; id++) {
      assertThat(seen.add(Seeds.forRun(20250911, id))).isTrue();
    }
    long d1 = Seeds.forRun(1, 1) - Seeds.forRun(1, 0);
    long d2 = Seeds.forRun(1, 2) - Seeds.forRun(1, 1);
    assertThat(d1).isNotEqualTo(d2);
  }

  @Test
  void firstDrawsOfConsecutiveRunsAreUncorrelated() {
    int n = 20_000;
    double[] x = new double[n - 1];
    double[] y = new double[n - 1];
    double prev = new MersenneTwisterFast(Seeds.forRun(7, 0)).nextDouble();
    for (int id = 1; id < n; id++) {
      double cur = new MersenneTwisterFast(Seeds.forRun(7, id)).nextDouble();
      x[id - 1] = prev;
      y[id - 1] = cur;
      prev = cur;
    }
    // standard error about 1/sqrt(n) = 0.007
    assertThat(Math.abs(new PearsonsCorrelation().correlation(x, y))).isLessThan(0.03);
    // and the draws of run k do not follow the run id
    double[] ids = new double[n - 1];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i + 1;
    }
    assertThat(Math.abs(new PearsonsCorrelation().correlation(ids, y))).isLessThan(0.03);
  }

  @Test
  void theSeedDependsOnTheBaseSeed() {
    assertThat(Seeds.forRun(1, 5)).isNotEqualTo(Seeds.forRun(2, 5));
    assertThat(Seeds.forRun(0, 0)).isEqualTo(0L); // the finaliser fixes 0: documented, harmless
  }
}
