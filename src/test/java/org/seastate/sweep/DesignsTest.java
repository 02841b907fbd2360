package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.Factor;

class DesignsTest {
  static Factor levels(String path, Object... levels) {
    return new Factor(path, List.of(levels), Optional.empty());
  }

  static Factor range(String path, double min, double max) {
    return new Factor(path, List.of(), Optional.of(new Factor.Range(min, max)));
  }

  @Test
  void fullFactorialHasEveryCombinationOnce() {
    List<Factor> f = List.of(levels("a", true, false), levels("b", 1L, 2L, 3L), levels("c", "x", "y"));
    List<DesignPoint> points = Designs.fullFactorial(f);
    assertThat(points).hasSize(12);
    Set<Map<String, Object>> distinct = new HashSet<>();
    points.forEach(p -> distinct.add(p.values()));
    assertThat(distinct).hasSize(12);
    assertThat(points.get(0).values()).containsExactly(Map.entry("a", true), Map.entry("b", 1L), Map.entry("c", "x"));
    assertThat(points.get(1).values()).containsEntry("c", "y"); // last factor varies fastest
    for (int i = 0; i < points.size(); i++) {
      assertThat(points.get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void fullFactorialRefusesARange() {
    assertThatThrownBy(() -> Designs.fullFactorial(List.of(range("a", 0, 1))))
        .isInstanceOf(SweepException.class).hasMessageContaining("a");
  }

  @Test
  void latinHypercubeHitsEveryStratumOncePerFactor() {
    int n = 50;
    List<Factor> f = List.of(range("a", 0, 1), range("b", 10, 20), levels("c", 1L, 2L, 3L, 4L, 5L));
    List<DesignPoint> points = Designs.latinHypercube(f, n, 99);
    assertThat(points).hasSize(n);
    for (Factor factor : f.subList(0, 2)) {
      Factor.Range r = factor.range().orElseThrow();
      int[] hits = new int[n];
      for (DesignPoint p : points) {
        double u = ((Double) p.values().get(factor.path()) - r.min()) / (r.max() - r.min());
        hits[Math.min((int) (u * n), n - 1)]++;
      }
      assertThat(hits).containsOnly(1);
    }
    // a discrete factor: n/L points per level
    Map<Object, Long> perLevel = new java.util.HashMap<>();
    points.forEach(p -> perLevel.merge(p.values().get("c"), 1L, Long::sum));
    assertThat(perLevel).hasSize(5).allSatisfy((k, v) -> assertThat(v).isEqualTo(10L));
    assertThat(Designs.latinHypercube(f, n, 99)).isEqualTo(points); // deterministic
  }

  @Test
  void sobolMatchesTheGeneratorAndBuildsSaltelliBlocks() {
    List<Factor> f = List.of(range("a", 0, 1), range("b", 0, 1), range("c", 0, 1));
    int n = 16;
    List<DesignPoint> points = Designs.sobol(f, n);
    assertThat(points).hasSize(n * (f.size() + 2));
    SobolSequenceGenerator gen = new SobolSequenceGenerator(6);
    gen.nextVector(); // row 0 (all zeros) is skipped
    for (int j = 0; j < n; j++) {
      double[] row = gen.nextVector();
      int base = j * 5;
      DesignPoint a = points.get(base);
      DesignPoint b = points.get(base + 1);
      assertThat(a.block()).isEqualTo("A");
      assertThat(b.block()).isEqualTo("B");
      for (int i = 0; i < 3; i++) {
        String path = f.get(i).path();
        assertThat((Double) a.values().get(path)).isCloseTo(row[i], org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) b.values().get(path)).isCloseTo(row[3 + i], org.assertj.core.data.Offset.offset(1e-9));
        DesignPoint ab = points.get(base + 2 + i);
        assertThat(ab.block()).isEqualTo("AB" + (i + 1));
        assertThat(ab.baseIndex()).isEqualTo(j);
        for (int c = 0; c < 3; c++) {
          Object expected = (c == i ? b : a).values().get(f.get(c).path());
          assertThat(ab.values().get(f.get(c).path())).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void discreteFactorsMapUnitValuesToLevels() {
    Factor f = levels("x", "p", "q", "r");
    assertThat(FactorScale.at(f, 0.0)).isEqualTo("p");
    assertThat(FactorScale.at(f, 0.34)).isEqualTo("q");
    assertThat(FactorScale.at(f, 0.999)).isEqualTo("r");
    assertThat(FactorScale.at(f, 1.0)).isEqualTo("r");
  }

  @Test
  void continuousValuesArePrintedExactly() {
    Object v = FactorScale.at(range("x", 0.5, 2.5), 1.0 / 3);
    assertThat(Double.parseDouble(org.seastate.io.Numbers.format((Double) v))).isEqualTo(v);
  }

  @Test
  void commonRandomNumbersGiveEveryPointTheSameSeedPerReplicate() {
    List<DesignPoint> points = Designs.fullFactorial(List.of(levels("a", 1L, 2L, 3L)));
    RunPlan crn = new RunPlan(points, 4, 7, true);
    for (long id = 0; id < crn.totalRuns(); id++) {
      RunSpec s = crn.spec(id);
      assertThat(s.seed()).isEqualTo(crn.spec(s.replicate() * 3L).seed()).isEqualTo(Seeds.forRun(7, s.replicate()));
    }
    assertThat(crn.spec(0).seed()).isNotEqualTo(crn.spec(3).seed()); // replicates still differ
    RunPlan independent = new RunPlan(points, 4, 7, false);
    assertThat(independent.spec(1).seed()).isNotEqualTo(independent.spec(0).seed());
  }

  @Test
  void runIdsInterleavePointsAndShardsPartitionThem() {
    RunPlan plan = new RunPlan(Designs.fullFactorial(List.of(levels("a", 1L, 2L, 3L))), 4, 7);
    assertThat(plan.totalRuns()).isEqualTo(12);
    RunSpec s = plan.spec(7);
    assertThat(s.point().index()).isEqualTo(1);
    assertThat(s.replicate()).isEqualTo(2);
    assertThat(s.seed()).isEqualTo(Seeds.forRun(7, 7));
    Set<Long> all = new HashSet<>();
    for (int k = 0; k < 5; k++) {
      plan.runIds(new ShardSpec(k, 5)).forEach(id -> assertThat(all.add(id)).isTrue());
    }
    assertThat(all).hasSize(12);
  }

  @Test
  void shardSpecsParseAndRefuseNonsense() {
    assertThat(ShardSpec.parse("2/7")).isEqualTo(new ShardSpec(2, 7));
    assertThatThrownBy(() -> ShardSpec.parse("7/7")).isInstanceOf(SweepException.class);
    assertThatThrownBy(() -> ShardSpec.parse("a/b")).isInstanceOf(SweepException.class);
    assertThatThrownBy(() -> ShardSpec.parse("3")).isInstanceOf(SweepException.class);
  }
}
