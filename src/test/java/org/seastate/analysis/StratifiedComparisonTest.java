package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons that follow the design: strata, pairs, constant metrics, clipped intervals. */
class StratifiedComparisonTest {
  @TempDir Path tmp;

  private static final String SWEEP = "name: test-sweep\ndescription: Does the RAA change incidents?\n"
      + "base: ../raa-2025.yaml\nfactors:\n- path: " + Fixtures.RAA + "\n  levels: [true, false]\n  reference: false\n"
      + "- path: " + Fixtures.RESOLVE + "\n  levels: [0.5, 1, 1.5, 2, 2.5]\ndesign: full_factorial\nreplicates: 8\n"
      + "base_seed: 5\ntimeseries_interval_days: 7\ncharts: []\n";

  private static List<Map<String, Object>> points() {
    List<Map<String, Object>> points = new ArrayList<>();
    for (boolean raa : List.of(true, false)) {
      for (double r : List.of(0.5, 1.0, 1.5, 2.0, 2.5)) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(Fixtures.RAA, raa);
        p.put(Fixtures.RESOLVE, r);
        points.add(p);
      }
    }
    return points;
  }

  private static double resolve(Map<String, Object> p) {
    return (Double) p.get(Fixtures.RESOLVE);
  }

  private static boolean raa(Map<String, Object> p) {
    return (Boolean) p.get(Fixtures.RAA);
  }

  private Comparison compare(Path dir, boolean pooled) {
    return Comparison.compute(ResultsData.load(dir), Fixtures.RAA, List.of("incidents_total"), 2000, 1,
        Optional.empty(), pooled);
  }

  private static Comparison.Row overall(Comparison c) {
    return c.rows().stream().filter(Comparison.Row::overall).findFirst().orElseThrow();
  }

  @Test
  void anEffectSwampedByTheOtherFactorShowsWithinStrata() throws Exception {
    // resolve moves incidents by 100 a level; the RAA adds 4 (noise SD 3), independent seeds
    Path dir = Fixtures.write(tmp, points(), 8, SWEEP,
        (p, r, rng) -> 100 + 100 * resolve(p) + (raa(p) ? 4 : 0) + rng.nextGaussian() * 3, false);
    Comparison pooled = compare(dir, true);
    Comparison stratified = compare(dir, false);
    assertThat(pooled.stratifiedBy()).isEmpty();
    assertThat(stratified.stratifiedBy()).containsExactly(Fixtures.RESOLVE);
    assertThat(stratified.paired()).isFalse();
    Comparison.Row p = overall(pooled);
    Comparison.Row s = overall(stratified);
    // both read treatment − reference: RAA on − RAA off, positive
    assertThat(p.reference()).isEqualTo("false");
    assertThat(s.diff()).isCloseTo(4, within(1.5));
    assertThat(p.pRank()).as("pooled: lost in the resolve spread").isGreaterThan(0.05);
    assertThat(p.ciLow()).isLessThan(0);
    assertThat(s.pRank()).as("stratified: van Elteren").isLessThan(0.001);
    assertThat(s.ciLow()).isGreaterThan(0);
    assertThat(s.ciHigh() - s.ciLow()).isLessThan((p.ciHigh() - p.ciLow()) / 10);
    assertThat(s.significant()).isTrue();
    assertThat(stratified.rows().stream().filter(r -> !r.overall())).hasSize(5)
        .allSatisfy(r -> assertThat(r.diff()).isPositive());
  }

  @Test
  void oppositeEffectsInTwoStrataShowThereAndCancelOverall() throws Exception {
    // the RAA adds 15 where resolve is low and takes 15 away where it is high
    Path dir = Fixtures.write(tmp, points(), 8, SWEEP, (p, r, rng) -> {
      double sign = resolve(p) < 1.5 ? 1 : resolve(p) > 1.5 ? -1 : 0;
      return 200 + (raa(p) ? 15 * sign : 0) + rng.nextGaussian() * 3;
    }, false);
    Comparison stratified = compare(dir, false);
    Comparison pooled = compare(dir, true);
    assertThat(overall(pooled).significant()).isFalse();
    assertThat(overall(stratified).diff()).isCloseTo(0, within(3.0));
    Map<String, Comparison.Row> byStratum = new LinkedHashMap<>();
    stratified.rows().stream().filter(r -> !r.overall()).forEach(r -> byStratum.put(r.stratum(), r));
    assertThat(byStratum.get("posture.resolve=0.5").diff()).isCloseTo(15, within(4.0));
    assertThat(byStratum.get("posture.resolve=2.5").diff()).isCloseTo(-15, within(4.0));
    assertThat(byStratum.get("posture.resolve=0.5").significant()).isTrue();
    assertThat(byStratum.get("posture.resolve=2.5").significant()).isTrue();
    assertThat(byStratum.get("posture.resolve=1.5").significant()).isFalse();
  }

  @Test
  void runsThatShareSeedsArePairedAndTheirIntervalIsNarrower() throws Exception {
    // a large replicate effect both arms share (what common random numbers give), effect 2
    Path paired = Fixtures.write(tmp.resolve("crn"), points(), 8, SWEEP,
        (p, r, rng) -> 200 + 40 * Math.sin(r * 1.7) + (raa(p) ? 2 : 0) + rng.nextGaussian(), true);
    Comparison c = compare(paired, false);
    assertThat(c.paired()).isTrue();
    assertThat(c.method()).contains("paired by common random numbers");
    Comparison.Row row = overall(c);
    assertThat(row.nPairs()).isEqualTo(40);
    assertThat(row.diff()).isCloseTo(2, within(0.7));
    assertThat(row.significant()).isTrue();
    Comparison pooled = compare(paired, true); // pooled over resolve, runs no longer matched: unpaired
    assertThat(pooled.paired()).isFalse();
    assertThat(row.ciHigh() - row.ciLow()).isLessThan((overall(pooled).ciHigh() - overall(pooled).ciLow()) / 5);
    // the same data with seeds that differ: analysed as independent samples
    Path independent = Fixtures.write(tmp.resolve("ind"), points(), 8, SWEEP,
        (p, r, rng) -> 200 + 40 * Math.sin(r * 1.7) + (raa(p) ? 2 : 0) + rng.nextGaussian(), false);
    Comparison.Row ind = overall(compare(independent, false));
    assertThat(compare(independent, false).paired()).isFalse();
    assertThat(row.ciHigh() - row.ciLow()).isLessThan((ind.ciHigh() - ind.ciLow()) / 5);
  }

  /**
   * Under common random numbers replicate r starts from the same seed in every stratum, so its
   * differences move together: the overall interval must come from the 8 replicates, not from
   * 40 pairs taken as independent (which would be about √5 too narrow).
   */
  @Test
  void replicatesSharedAcrossStrataAreTheUnitOfThePairedInterval() throws Exception {
    Path dir = Fixtures.write(tmp, points(), 8, SWEEP,
        (p, r, rng) -> 200 + (raa(p) ? 2 + 6 * Math.sin(r * 2.1) : 0) + 0.01 * rng.nextGaussian(), true);
    Comparison c = compare(dir, false);
    assertThat(c.paired()).isTrue();
    Comparison.Row all = overall(c);
    Comparison.Row one = c.rows().stream().filter(r -> !r.overall()).findFirst().orElseThrow();
    double overallWidth = all.ciHigh() - all.ciLow();
    double stratumWidth = one.ciHigh() - one.ciLow();
    // the same 8 replicate effects in every stratum: averaging strata adds no information
    assertThat(overallWidth).as("overall width (one stratum: %s)", stratumWidth).isGreaterThan(0.7 * stratumWidth);
    assertThat(all.nPairs()).isEqualTo(40);
  }

  @Test
  void aConstantMetricIsNotTestedAndRateIntervalsStayInTheirRange() throws Exception {
    StringBuilder csv = new StringBuilder("run_id,point,replicate,seed,status,error," + Fixtures.RAA
        + ",days_simulated,crisis_day,resupply_attempts,resupply_success_rate\n");
    double[] onRates = {1, 1, 1, 1, 0.5};
    double[] offRates = {1, 0.25, 1, 1, 1};
    for (int r = 0; r < 5; r++) {
      csv.append(2 * r).append(",0,").append(r).append(',').append(100 + 2 * r).append(",ok,,true,365,,4,")
          .append(onRates[r]).append('\n');
      csv.append(2 * r + 1).append(",1,").append(r).append(',').append(101 + 2 * r).append(",ok,,false,365,,4,")
          .append(offRates[r]).append('\n');
    }
    Files.writeString(tmp.resolve("runs.csv"), csv);
    ResultsData data = ResultsData.load(tmp);
    Comparison c = Comparison.compute(data, Fixtures.RAA, List.of(), 2000, 1);
    Comparison.Row attempts = c.rows().stream().filter(r -> r.metric().equals("resupply_attempts")).findFirst().orElseThrow();
    assertThat(attempts.status()).isEqualTo(Comparison.Status.CONSTANT);
    assertThat(attempts.pRank()).isNaN();
    assertThat(attempts.pRankHolm()).isNaN();
    assertThat(attempts.significant()).isFalse();
    assertThat(Comparison.table(c.overall())).contains("constant, not tested");
    Comparison.Row rate = c.rows().stream().filter(r -> r.metric().equals("resupply_success_rate")).findFirst().orElseThrow();
    assertThat(rate.status()).isEqualTo(Comparison.Status.TESTED);
    assertThat(rate.ciLow()).isGreaterThanOrEqualTo(-1);
    assertThat(rate.ciHigh()).isLessThanOrEqualTo(1);
    // the summary's t interval of a rate near 1 (mean 0.9, SD 0.22) would reach 1.18 unclipped
    Summary s = Summary.compute(data);
    assertThat(s.rows()).filteredOn(r -> r.metric().equals("resupply_success_rate")).hasSize(2)
        .allSatisfy(r -> assertThat(r.ciHigh()).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(r.mean()))
        .anySatisfy(r -> assertThat(r.ciHigh()).isEqualTo(1.0));
  }
}
