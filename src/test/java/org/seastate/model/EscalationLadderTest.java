package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.EscalationSettings;

class EscalationLadderTest {

  private static EscalationLadder ladder(double rationality) {
    return new EscalationLadder(LiveParameters.withEscalation(TestWorld.escalation(), "rationality", rationality));
  }

  /** A challenger already at level {@code ownLast}, free to use every level up to 7. */
  private static EscalationLadder.Situation situation(int ownLast, int opponentLast) {
    EscalationLadder.Situation s = new EscalationLadder.Situation();
    s.resolve = 1.2;
    s.stake = 0.9;
    s.riskTolerance = 0.3;
    s.exposure = 1.0;
    s.ownLast = ownLast;
    s.opponentLast = opponentLast;
    s.maxLevel = 7;
    Arrays.fill(s.feasible, true);
    return s;
  }

  @Test
  void probabilitiesFollowTheLogitRule() {
    EscalationLadder l = ladder(4);
    EscalationLadder.Situation s = situation(6, 2);
    double[] p = l.probabilities(s);
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-12));
    double ratio = p[3] / p[5]; // p(a)/p(b) = exp(λ (U(a) − U(b)))
    double expected = Math.exp(4 * (l.utility(3, s) - l.utility(5, s)));
    assertThat(ratio).isCloseTo(expected, within(1e-9 * expected));
  }

  @Test
  void aSideClimbsAtMostOneRungAnHour() {
    double[] p = ladder(4).probabilities(situation(2, 0));
    assertThat(p[3]).isPositive();
    assertThat(p[4] + p[5] + p[6] + p[7]).isZero();
  }

  @Test
  void zeroRationalityIsUniformOverFeasibleLevels() {
    EscalationLadder.Situation s = situation(7, 0);
    Arrays.fill(s.feasible, 4, 8, false);
    double[] p = ladder(0).probabilities(s);
    assertThat(p[0]).isCloseTo(0.25, within(1e-12));
    assertThat(p[3]).isCloseTo(0.25, within(1e-12));
    assertThat(p[4]).isZero();
  }

  @Test
  void moreWitnessesMakeHighLevelsRarer() {
    EscalationLadder l = ladder(6);
    EscalationLadder.Situation alone = situation(7, 2);
    alone.exposure = l.exposure(0);
    EscalationLadder.Situation watched = situation(7, 2);
    watched.exposure = l.exposure(4);
    double[] low = l.probabilities(alone);
    double[] high = l.probabilities(watched);
    assertThat(high[4] + high[5] + high[6] + high[7]).isLessThan(low[4] + low[5] + low[6] + low[7]);
  }

  @Test
  void aWarshipIsCostlierToCoerceThanASupplyBoat() {
    EscalationLadder l = ladder(6);
    EscalationLadder.Situation boat = situation(7, 0);
    EscalationLadder.Situation warship = situation(7, 0);
    warship.targetRisk = 6;
    double[] pb = l.probabilities(boat);
    double[] pw = l.probabilities(warship);
    assertThat(pw[4] + pw[5]).isLessThan((pb[4] + pb[5]) / 5);
  }

  /**
   * Reciprocity: with the same seeds, the challenger's next act against a target that answered
   * in kind (a block, level 3) is higher than against one that backed down (monitoring, 0). With
   * the reciprocity weight at 0 the two are drawn identically, so this fails if the term goes.
   */
  @Test
  void theNextActDependsOnTheOpponentsLastAct() {
    EscalationLadder l = ladder(6);
    double answered = meanDraw(l, situation(3, 3), 11);
    double backedDown = meanDraw(l, situation(3, 0), 11);
    assertThat(answered).as("mean next level after the target answered in kind vs backed down (%s)", backedDown)
        .isGreaterThan(backedDown + 0.1);
    EscalationLadder none = new EscalationLadder(
        LiveParameters.withEscalation(TestWorld.escalation(), "reciprocity", 0));
    assertThat(meanDraw(none, situation(3, 3), 11)).isEqualTo(meanDraw(none, situation(3, 0), 11));
  }

  private static double meanDraw(EscalationLadder l, EscalationLadder.Situation s, long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    long sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sum += l.choose(s, rng.nextDouble());
    }
    return sum / (double) n;
  }

  /** A commitment from rung 6 up makes 6 and 7 rare and leaves the rungs below as they were. */
  @Test
  void aCommitmentCostsOnlyFromItsThreshold() {
    EscalationLadder l = ladder(6);
    EscalationLadder.Situation free = situation(7, 3);
    EscalationLadder.Situation covered = situation(7, 3);
    for (int lv = 6; lv < 8; lv++) {
      covered.commitment[lv] = 1.0;
    }
    for (int lv = 0; lv < 6; lv++) {
      assertThat(l.utility(lv, covered)).isEqualTo(l.utility(lv, free));
    }
    double[] pf = l.probabilities(free);
    double[] pc = l.probabilities(covered);
    assertThat(pc[6] + pc[7]).isLessThan(0.1 * (pf[6] + pf[7]));
    assertThat(pc[3] + pc[4] + pc[5]).isGreaterThanOrEqualTo(pf[3] + pf[4] + pf[5]);
  }

  @Test
  void drawsStayWithinTheCapAndMatchTheProbabilities() {
    EscalationLadder l = ladder(3);
    EscalationLadder.Situation s = situation(7, 1);
    s.maxLevel = 4;
    MersenneTwisterFast rng = new MersenneTwisterFast(9);
    int[] counts = new int[8];
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts[l.choose(s, rng.nextDouble())]++;
    }
    double[] p = l.probabilities(s);
    for (int level = 0; level < EscalationSettings.MAX_LEVEL + 1; level++) {
      assertThat(counts[level] / (double) n).as("level %d", level).isCloseTo(p[level], within(0.005));
    }
    assertThat(counts[5] + counts[6] + counts[7]).isZero();
  }
}
