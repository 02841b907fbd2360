package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.EscalationSettings;

class EscalationLadderTest {
  private static final boolean[] ALL = new boolean[8];

  static {
    Arrays.fill(ALL, true);
  }

  private static EscalationLadder ladder(double rationality) {
    EscalationSettings e = TestWorld.escalation();
    return new EscalationLadder(LiveParameters.withEscalation(e, "rationality", rationality));
  }

  @Test
  void probabilitiesFollowTheLogitRule() {
    EscalationLadder l = ladder(4);
    double[] p = l.probabilities(1.2, 0.9, 0.3, 1.0, 7, ALL);
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-12));
    // p(a)/p(b) = exp(λ (U(a) − U(b)))
    double ratio = p[3] / p[5];
    double expected = Math.exp(4 * (l.utility(3, 1.2, 0.9, 0.3, 1.0) - l.utility(5, 1.2, 0.9, 0.3, 1.0)));
    assertThat(ratio).isCloseTo(expected, within(1e-9 * expected));
  }

  @Test
  void zeroRationalityIsUniformOverFeasibleLevels() {
    boolean[] feasible = {true, true, true, true, false, false, false, false};
    double[] p = ladder(0).probabilities(1, 1, 0, 1, 7, feasible);
    assertThat(p[0]).isCloseTo(0.25, within(1e-12));
    assertThat(p[3]).isCloseTo(0.25, within(1e-12));
    assertThat(p[4]).isZero();
  }

  @Test
  void moreExposureMakesHighLevelsRarer() {
    EscalationLadder l = ladder(6);
    double[] low = l.probabilities(1.2, 0.9, 0.3, l.exposure(0, 0), 7, ALL);
    double[] high = l.probabilities(1.2, 0.9, 0.3, l.exposure(3, 1), 7, ALL);
    assertThat(high[5] + high[6] + high[7]).isLessThan(low[5] + low[6] + low[7]);
  }

  @Test
  void drawsStayWithinTheCapAndMatchTheProbabilities() {
    EscalationLadder l = ladder(3);
    MersenneTwisterFast rng = new MersenneTwisterFast(9);
    int[] counts = new int[8];
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts[l.choose(1.2, 0.9, 0.3, 1.0, 4, ALL, rng)]++;
    }
    double[] p = l.probabilities(1.2, 0.9, 0.3, 1.0, 4, ALL);
    for (int level = 0; level < 8; level++) {
      assertThat(counts[level] / (double) n).as("level %d", level).isCloseTo(p[level], within(0.005));
    }
    assertThat(counts[5] + counts[6] + counts[7]).isZero();
  }
}
