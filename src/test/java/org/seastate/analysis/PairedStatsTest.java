package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The paired and stratified statistics against values worked out by hand. */
class PairedStatsTest {

  @Test
  void signedRankMatchesTheHandComputedNormalApproximation() {
    // d = 1..5 and −6: W+ = 15, n = 6, mean 10.5, variance 6·7·13/24 = 22.75,
    // z = (15 − 10.5 − 0.5)/√22.75 = 0.8386 (continuity-corrected), p = 0.4017
    double z = 4 / Math.sqrt(22.75);
    double expected = 2 * (1 - new NormalDistribution().cumulativeProbability(z));
    assertThat(PairedStats.signedRankP(new double[] {1, 2, 3, 4, 5, -6})).isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.4017, within(5e-4));
    // zeros are dropped: the same answer with three ties at zero
    assertThat(PairedStats.signedRankP(new double[] {0, 1, 0, 2, 3, 4, 5, -6, 0})).isCloseTo(expected, within(1e-12));
    assertThat(PairedStats.signedRankP(new double[] {0, 0, 0})).isNaN();
  }

  @Test
  void pairedTIsTheOneSampleTOfTheDifferences() {
    // mean 2, SD 1 over 3 pairs: t = 2/(1/√3) = 3.4641 with 2 df, p = 0.07418
    assertThat(PairedStats.pairedTP(new double[] {1, 2, 3})).isCloseTo(0.0742, within(5e-4));
    assertThat(PairedStats.pairedTP(new double[] {2, 2, 2})).isNaN();
  }

  @Test
  void vanElterenWithOneStratumIsMannWhitneyAndStrataAddUp() {
    double[] a = {1, 2, 3, 4, 5};
    double[] b = {3.5, 5.5, 6, 8, 9};
    assertThat(PairedStats.vanElterenP(List.of(new PairedStats.Arms(a, b))))
        .isCloseTo(Stats.mannWhitneyP(a, b), within(1e-12));
    // two strata far apart: each alone is weak evidence, together stronger
    double[] a2 = {101, 102, 103, 104, 105};
    double[] b2 = {103.5, 105.5, 106, 108, 109};
    double both = PairedStats.vanElterenP(List.of(new PairedStats.Arms(a, b), new PairedStats.Arms(a2, b2)));
    assertThat(both).isLessThan(Stats.mannWhitneyP(a, b));
  }

  @Test
  void stratifiedIntervalsAverageTheStrata() {
    double[] d1 = {1, 1, 1, 1};
    double[] d2 = {3, 3, 3, 3};
    assertThat(PairedStats.bootstrapPaired(List.of(d1, d2), 500, new Well19937c(1))).containsExactly(2.0, 2.0);
    PairedStats.Arms s1 = new PairedStats.Arms(new double[] {0, 0}, new double[] {1, 1});
    PairedStats.Arms s2 = new PairedStats.Arms(new double[] {10, 10}, new double[] {13, 13});
    assertThat(PairedStats.bootstrapStratified(List.of(s1, s2), 500, new Well19937c(1))).containsExactly(2.0, 2.0);
    assertThat(PairedStats.stratifiedZP(List.of(s1, s2))).isNaN(); // no variance anywhere
  }
}
