package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PRIM on synthetic data with a planted box: 2000 uniform points in [0, 1]^4, the outcome of
 * interest iff x1 &gt; 0.7 and x2 &lt; 0.3 (9% of the points), x3 and x4 noise dimensions.
 */
class PrimTest {
  static final int N = 2000;

  static List<Prim.Factor> uniform(Random rng, double[][] x) {
    List<Prim.Factor> fs = new ArrayList<>();
    for (int j = 0; j < 4; j++) {
      double[] v = new double[N];
      for (int i = 0; i < N; i++) {
        v[i] = rng.nextDouble();
        x[i][j] = v[i];
      }
      fs.add(Prim.Factor.numeric("x" + (j + 1), v));
    }
    return fs;
  }

  static boolean planted(double[] x) {
    return x[0] > 0.7 && x[1] < 0.3;
  }

  @Test
  void recoversAPlantedBoxWithMissedCases() {
    // 5% of the cases inside the planted box are labelled "not of interest" (missed cases)
    Random rng = new Random(11);
    double[][] x = new double[N][4];
    List<Prim.Factor> fs = uniform(rng, x);
    boolean[] y = new boolean[N];
    for (int i = 0; i < N; i++) {
      y[i] = planted(x[i]) && rng.nextDouble() >= 0.05;
    }
    Prim.Result r = Prim.peel(fs, y, Prim.DEFAULT_ALPHA, Prim.DEFAULT_MIN_MASS);
    Prim.Step peeled = r.chosen(Prim.DEFAULT_MIN_COVERAGE);
    assertThat(peeled.coverage()).isGreaterThanOrEqualTo(0.8);
    assertThat(peeled.density()).isEqualTo(r.trajectory().stream().filter(s -> s.coverage() >= 0.8)
        .mapToDouble(Prim.Step::density).max().orElseThrow());
    // peeling went on along the noise factors once x1 and x2 were tight; pruning drops that
    Prim.Step box = r.prune(peeled, Prim.DEFAULT_MAX_P);
    assertThat(box.density()).isGreaterThanOrEqualTo(0.9);
    assertThat(box.coverage()).isGreaterThanOrEqualTo(0.8);
    assertThat(box.restricted()).containsExactly("x1", "x2");
    assertThat(box.limit("x1").lower()).isCloseTo(0.7, within(0.03));
    assertThat(box.limit("x2").upper()).isCloseTo(0.3, within(0.03));
  }

  @Test
  void recoversAPlantedBoxUnderSymmetricLabelNoise() {
    // 5% of all labels flipped. Outside the box that adds false cases of interest (about 4.5% of
    // all runs, half as many as the box's true ones), so no box can have both density ≥ 0.9 and
    // coverage ≥ 0.8: the planted box itself covers about 65%. PRIM must find that box.
    Random rng = new Random(7);
    double[][] x = new double[N][4];
    List<Prim.Factor> fs = uniform(rng, x);
    boolean[] y = new boolean[N];
    int inPlanted = 0;
    int all = 0;
    for (int i = 0; i < N; i++) {
      y[i] = planted(x[i]) ^ (rng.nextDouble() < 0.05);
      all += y[i] ? 1 : 0;
      inPlanted += y[i] && planted(x[i]) ? 1 : 0;
    }
    double plantedCoverage = (double) inPlanted / all;
    Prim.Result r = Prim.peel(fs, y, Prim.DEFAULT_ALPHA, Prim.DEFAULT_MIN_MASS);
    // the first box on the trajectory with density ≥ 0.9 is the planted one
    Prim.Step box = r.trajectory().stream().filter(s -> s.density() >= 0.9).findFirst().orElseThrow();
    assertThat(box.density()).isGreaterThanOrEqualTo(0.9);
    assertThat(box.coverage()).isGreaterThanOrEqualTo(0.9 * plantedCoverage);
    assertThat(box.restricted()).containsExactly("x1", "x2");
    assertThat(box.limit("x1").lower()).isCloseTo(0.7, within(0.03));
    assertThat(box.limit("x2").upper()).isCloseTo(0.3, within(0.03));
    // the default rule (coverage ≥ 0.8) keeps a looser box on the same two factors
    Prim.Step loose = r.prune(r.chosen(0.8), Prim.DEFAULT_MAX_P);
    assertThat(loose.coverage()).isGreaterThanOrEqualTo(0.8);
    assertThat(loose.density()).isLessThan(box.density());
    assertThat(loose.restricted()).containsExactly("x1", "x2");
  }

  @Test
  void trajectoryStartsWithTheWholeSpaceAndStopsAtTheMinimumMass() {
    Random rng = new Random(3);
    double[][] x = new double[N][4];
    List<Prim.Factor> fs = uniform(rng, x);
    boolean[] y = new boolean[N];
    for (int i = 0; i < N; i++) {
      y[i] = x[i][0] + 0.3 * rng.nextGaussian() > 0.8;
    }
    Prim.Result r = Prim.peel(fs, y, 0.1, 0.2);
    Prim.Step first = r.trajectory().get(0);
    assertThat(first.mass()).isEqualTo(1.0);
    assertThat(first.coverage()).isEqualTo(1.0);
    assertThat(first.restricted()).isEmpty();
    for (int s = 1; s < r.trajectory().size(); s++) {
      Prim.Step a = r.trajectory().get(s - 1);
      Prim.Step b = r.trajectory().get(s);
      assertThat(b.n()).isLessThan(a.n());
      assertThat(b.mass()).isGreaterThanOrEqualTo(0.2);
      // one peel of α = 10% of the box (continuous values: no ties)
      assertThat(a.n() - b.n()).isBetween(1, (int) Math.ceil(0.1 * a.n()));
    }
    Prim.Step last = r.trajectory().get(r.trajectory().size() - 1);
    assertThat(last.mass()).isLessThan(0.2 / 0.9 + 1e-9);
    // deterministic
    Prim.Result again = Prim.peel(fs, y, 0.1, 0.2);
    assertThat(again.trajectory()).isEqualTo(r.trajectory());
  }

  @Test
  void discreteFactorsArePeeledByWholeLevels() {
    // resolve in {0.5 .. 2.5} (ordered numbers), raa true/false and posture calm/firm/bold
    // (categories); of interest iff resolve ≥ 2 and the RAA is off, posture irrelevant
    double[] levels = {0.5, 1.0, 1.5, 2.0, 2.5};
    String[] postures = {"calm", "firm", "bold"};
    int n = 600;
    double[] resolve = new double[n];
    String[] raa = new String[n];
    String[] posture = new String[n];
    boolean[] y = new boolean[n];
    Random rng = new Random(5);
    for (int i = 0; i < n; i++) {
      resolve[i] = levels[i % 5];
      raa[i] = (i / 5) % 2 == 0 ? "true" : "false";
      posture[i] = postures[rng.nextInt(3)];
      y[i] = resolve[i] >= 2 && raa[i].equals("false");
    }
    Prim.Result r = Prim.peel(List.of(Prim.Factor.numeric("resolve", resolve), Prim.Factor.categorical("raa", raa),
        Prim.Factor.categorical("posture", posture)), y, 0.05, 0.05);
    Prim.Step box = r.prune(r.chosen(0.8), Prim.DEFAULT_MAX_P);
    assertThat(box.density()).isEqualTo(1.0);
    assertThat(box.coverage()).isEqualTo(1.0);
    assertThat(box.restricted()).containsExactly("resolve", "raa");
    assertThat(box.limit("resolve").lower()).isEqualTo(2.0);
    assertThat(box.limit("resolve").upper()).isEqualTo(2.5);
    assertThat(box.limit("raa").levels()).containsExactly("false");
    assertThat(box.limit("posture").levels()).containsExactlyInAnyOrder("calm", "firm", "bold");
    // every step drops whole levels: the box's resolve bounds are always levels
    for (Prim.Step s : r.trajectory()) {
      assertThat(levels).contains(s.limit("resolve").lower(), s.limit("resolve").upper());
      assertThat(s.limit("raa").levels()).isNotEmpty();
    }
  }

  @Test
  void tiesAreKeptOrDroppedTogetherAndAPeelNeverEmptiesAFactor() {
    // 97% of the runs at x = 1, the rest at 0; of interest iff x = 1 and z in the top half
    int n = 400;
    double[] x = new double[n];
    double[] z = new double[n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = i < 12 ? 0 : 1;
      z[i] = i / (double) n;
      y[i] = x[i] == 1 && z[i] >= 0.5;
    }
    Prim.Result r = Prim.peel(List.of(Prim.Factor.numeric("x", x), Prim.Factor.numeric("z", z)), y, 0.05, 0.05);
    for (Prim.Step s : r.trajectory()) {
      Prim.Limit l = s.limit("x");
      assertThat(l.lower()).isIn(0.0, 1.0);
      assertThat(l.upper()).isEqualTo(1.0); // peeling the top would drop all the 1s at once: never chosen
      assertThat(s.n()).isPositive();
    }
    Prim.Step box = r.chosen(0.8);
    assertThat(box.density()).isEqualTo(1.0);
    assertThat(box.limit("z").lower()).isCloseTo(0.5, within(0.01));
    // a constant factor is never restricted
    double[] c = new double[n];
    Prim.Result rc = Prim.peel(List.of(Prim.Factor.numeric("c", c), Prim.Factor.numeric("z", z)), y, 0.05, 0.05);
    assertThat(rc.trajectory()).allSatisfy(s -> assertThat(s.restricted()).doesNotContain("c"));
  }

  @Test
  void theDefaultObjectiveWeighsTheGainAgainstTheRunsDropped() {
    // y depends strongly on x (continuous) and weakly on b (boolean); dropping b = false gains
    // more density at once, but drops half the runs: only Friedman's original criterion takes it
    int n = 2000;
    double[] x = new double[n];
    String[] b = new String[n];
    boolean[] y = new boolean[n];
    Random rng = new Random(9);
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextDouble();
      b[i] = i % 2 == 0 ? "true" : "false";
      y[i] = rng.nextDouble() < 0.2 + 0.5 * (x[i] > 0.5 ? 1 : 0) + 0.15 * (i % 2 == 0 ? 1 : 0);
    }
    List<Prim.Factor> fs = List.of(Prim.Factor.numeric("x", x), Prim.Factor.categorical("b", b));
    assertThat(Prim.peel(fs, y, 0.05, 0.05).trajectory().get(1).restricted()).containsExactly("x");
    assertThat(Prim.peel(fs, y, 0.05, 0.05, Prim.Objective.ORIGINAL).trajectory().get(1).restricted())
        .containsExactly("b");
  }
}
