package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class EncounterRulesTest {

  @Test
  void withoutInterdictionThereAreNoEncounters() {
    TestWorld w = new TestWorld();
    w.interdiction = false;
    Runs.Result r = Runs.run(w.build(), 11);
    assertThat(r.summary().value("encounters_total")).isZero();
    assertThat(r.incidents()).isEmpty();
    // The same world with interdiction has plenty, so the zero above is not an accident.
    Runs.Result control = Runs.run(new TestWorld().build(), 11);
    assertThat(control.summary().value("encounters_total")).isGreaterThan(10);
  }

  @Test
  void aCommitmentCoveringTheCoastGuardLowersTheShareOfCollisionsAndWorseAgainstIt() {
    int replicates = 8;
    double[] covered = new double[replicates];
    double[] uncovered = new double[replicates];
    for (int i = 0; i < replicates; i++) {
      covered[i] = severeShareAgainstPhCoastGuard(true, 100 + i);
      uncovered[i] = severeShareAgainstPhCoastGuard(false, 100 + i);
    }
    double meanCovered = mean(covered);
    double meanUncovered = mean(uncovered);
    double p = new MannWhitneyUTest().mannWhitneyUTest(covered, uncovered);
    assertThat(meanCovered).isLessThan(meanUncovered);
    assertThat(p).as("Mann–Whitney p, covered %s vs uncovered %s", meanCovered, meanUncovered).isLessThan(0.05);
  }

  private static double severeShareAgainstPhCoastGuard(boolean covered, long seed) {
    TestWorld w = new TestWorld();
    w.end = LocalDate.of(2023, 4, 30);
    w.coastGuardCovered = covered;
    RunSummary s = Runs.run(w.build(), seed).summary();
    double severe = 0;
    double all = 0;
    for (int l = 0; l <= 7; l++) {
      double n = s.sum("actions_against_level_" + l, "PH", "coast_guard", "");
      all += n;
      if (l >= 5) {
        severe += n;
      }
    }
    assertThat(all).as("actions against the PH coast guard").isGreaterThan(0);
    return severe / all;
  }

  @Test
  void aDeescalationCapKeptWithCertaintyIsNeverExceededAtItsPlace() {
    TestWorld w = new TestWorld();
    w.deescalation = Optional.of(TestWorld.capResupply(2, 1.0));
    int checked = 0;
    for (long seed = 1; seed <= 3; seed++) {
      for (Incident i : Runs.run(w.build(), seed).incidents()) {
        boolean capped = i.targetMission().equals("resupply") || i.targetMission().equals("escort");
        boolean near = Encounters.distanceNm(i.lat(), i.lon(), 9.733, 115.867) <= 30;
        if (capped && near && i.challenger().equals("CN")) {
          checked++;
          assertThat(i.challengerMaxLevel()).as("CN level in %s", i).isLessThanOrEqualTo(2);
          assertThat(i.targetMaxLevel()).as("PH level in %s", i).isLessThanOrEqualTo(2);
        }
      }
    }
    assertThat(checked).as("capped incidents seen").isGreaterThan(0);
    // Without the cap the same runs go above level 2 against resupply runs.
    int above = 0;
    for (long seed = 1; seed <= 3; seed++) {
      for (Incident i : Runs.run(new TestWorld().build(), seed).incidents()) {
        if (i.targetMission().equals("resupply") && i.challengerMaxLevel() > 2) {
          above++;
        }
      }
    }
    assertThat(above).isGreaterThan(0);
  }

  private static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.length;
  }
}
