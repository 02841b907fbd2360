package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsReader;

/**
 * Comparison statistics on a small fixed data set, a = {1, 2, 3, 4, 5} and b = {3, 5, 6, 8, 9},
 * against values worked out by hand from the formulas:
 * means 3 and 6.2, variances 2.5 and 5.7; Welch t = 3.2 / √1.64 = 2.4988 with
 * ν = 1.64² / (0.5²/4 + 1.14²/4) = 6.9427 df; Mann–Whitney U_a = 3 (two wins of a, two ties),
 * z = (3 − 12.5) / √(25·11/12) = −1.9845; Cohen's d = 3.2 / √4.1 = 1.5804;
 * Cliff's delta = (21 − 2) / 25 = 0.76.
 */
class ComparisonTest {
  static final double[] A = {1, 2, 3, 4, 5};
  static final double[] B = {3, 5, 6, 8, 9};

  @TempDir Path tmp;

  @Test
  void statisticsMatchHandComputedValues() {
    double t = 3.2 / Math.sqrt(1.64);
    double df = 1.64 * 1.64 / (0.25 / 4 + 1.14 * 1.14 / 4);
    assertThat(t).isCloseTo(2.4988, within(1e-4));
    assertThat(df).isCloseTo(6.9427, within(1e-4));
    double pWelch = 2 * (1 - new TDistribution(df).cumulativeProbability(t));
    assertThat(Stats.welchP(A, B)).isCloseTo(pWelch, within(1e-9));
    assertThat(pWelch).isCloseTo(0.0411, within(5e-4));

    double z = (3 - 12.5) / Math.sqrt(25 * 11 / 12.0);
    double pMw = 2 * new NormalDistribution().cumulativeProbability(z);
    assertThat(Stats.mannWhitneyP(A, B)).isCloseTo(pMw, within(1e-9));
    assertThat(pMw).isCloseTo(0.0472, within(5e-4));

    assertThat(Stats.cohensD(A, B)).isCloseTo(3.2 / Math.sqrt(4.1), within(1e-12));
    assertThat(Stats.cliffsDelta(A, B)).isEqualTo(0.76);
    assertThat(Stats.cliffsDelta(B, A)).isEqualTo(-0.76);
  }

  @Test
  void bootstrapIntervalIsTheSpreadOfResampledDifferences() {
    // constant groups: every resample gives exactly 5 − 2
    assertThat(Stats.bootstrapDiff(new double[] {2, 2, 2}, new double[] {5, 5, 5}, 500, new Well19937c(1)))
        .containsExactly(3.0, 3.0);
    // otherwise close to diff ± 1.96 · √(σa²/n + σb²/n) with plug-in variances 2.0 and 4.56: [0.955, 5.445]
    double[] ci = Stats.bootstrapDiff(A, B, 20000, new Well19937c(3));
    assertThat(ci[0]).isCloseTo(0.955, within(0.3));
    assertThat(ci[1]).isCloseTo(5.445, within(0.3));
    // seeded: the same seed gives the same interval
    assertThat(Stats.bootstrapDiff(A, B, 1000, new Well19937c(9)))
        .containsExactly(Stats.bootstrapDiff(A, B, 1000, new Well19937c(9)));
  }

  @Test
  void holmAdjustsStepDownAndKeepsNaN() {
    assertThat(Stats.holm(new double[] {0.01, 0.04, 0.03, Double.NaN}))
        .containsExactly(new double[] {0.03, 0.06, 0.06, Double.NaN}, within(1e-12));
  }

  @Test
  void compareWritesCsvAndMarkdownFromAResultsFolder() throws Exception {
    StringBuilder csv = new StringBuilder("run_id,point,replicate,seed,status,error,agreements.x.enabled,"
        + "days_simulated,crisis_day,incidents_total,resupply_success_rate\n");
    int id = 0;
    for (double v : A) {
      csv.append(id).append(",0,").append(id).append(',').append(100 + id).append(",ok,,true,365,,").append((int) v).append(",NaN\n");
      id++;
    }
    for (double v : B) {
      csv.append(id).append(",1,").append(id - 5).append(',').append(100 + id).append(",ok,,false,365,,").append((int) v).append(",0.5\n");
      id++;
    }
    csv.append(id).append(",1,5,200,failed,\"boom, twice\",false,,,,\n");
    Files.writeString(tmp.resolve("runs.csv"), csv);
    ResultsData data = ResultsData.load(tmp);
    assertThat(data.size()).isEqualTo(10);
    assertThat(data.failedRuns()).isEqualTo(1);
    // no reference named: the first level (true) is the reference, so differences read false − true
    Comparison c = Comparison.compute(data, "agreements.x.enabled", List.of("incidents"), 2000, 1);
    c.write(tmp);
    CsvTable t = ResultsReader.read(tmp.resolve("comparison.csv"));
    assertThat(t.columns()).isEqualTo(Comparison.COLUMNS);
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.get(0, "metric")).isEqualTo("incidents_total");
    assertThat(t.get(0, "reference")).isEqualTo("true");
    assertThat(t.get(0, "treatment")).isEqualTo("false");
    assertThat(t.get(0, "stratum")).isEqualTo("all");
    assertThat(t.get(0, "test")).isEqualTo("unpaired"); // seeds differ
    assertThat(t.number(0, "n_reference")).isEqualTo(5);
    assertThat(t.number(0, "diff")).isCloseTo(3.2, within(1e-9));
    assertThat(t.number(0, "p_t")).isCloseTo(Stats.welchP(A, B), within(1e-9));
    assertThat(t.number(0, "p_rank")).isCloseTo(Stats.mannWhitneyP(A, B), within(1e-9));
    assertThat(t.number(0, "cliffs_delta")).isCloseTo(0.76, within(1e-12));
    assertThat(t.number(0, "diff_ci_low")).isLessThan(3.2);
    assertThat(t.number(0, "diff_ci_high")).isGreaterThan(3.2);
    assertThat(Files.readString(tmp.resolve("comparison.md"))).contains("| incidents_total | all | false | 3 | 6.2 | +3.2 (");

    // the reference named: the sign turns
    Comparison flipped = Comparison.compute(data, "agreements.x.enabled", List.of("incidents"), 2000, 1,
        java.util.Optional.of("false"), false);
    assertThat(flipped.rows().get(0).diff()).isCloseTo(-3.2, within(1e-9));

    // a metric with no values on one side: no data, not a failure
    Comparison all = Comparison.compute(data, "agreements.x.enabled", List.of(), 500, 1);
    Comparison.Row rate = all.rows().stream().filter(r -> r.metric().equals("resupply_success_rate")).findFirst().get();
    assertThat(rate.status()).isEqualTo(Comparison.Status.NO_DATA);
    assertThat(rate.pRank()).isNaN();
  }
}
