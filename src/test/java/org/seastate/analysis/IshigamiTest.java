package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators on the Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1
 * (a = 7, b = 0.1, x_i uniform on [−π, π]), whose indices are known analytically:
 * S1 = 0.314, S2 = 0.442, S3 = 0; ST1 = 0.558, ST2 = 0.442, ST3 = 0.244.
 * The matrices are built by {@link SaltelliDesign} (the sweep's scheme) with N = 4096 base samples.
 */
class IshigamiTest {
  static final int N = 4096;

  static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
  }

  @Test
  void indicesMatchTheAnalyticalValues() {
    List<SaltelliDesign.Point> pts = SaltelliDesign.points(3, N);
    double[] fA = new double[N];
    double[] fB = new double[N];
    double[][] fAB = new double[3][N];
    for (int p = 0; p < pts.size(); p++) {
      SaltelliDesign.Point x = pts.get(p);
      assertThat(x.block()).isEqualTo(SaltelliDesign.block(p, 3));
      assertThat(x.sample()).isEqualTo(SaltelliDesign.sample(p, 3));
      double f = ishigami(x.unit());
      switch (x.block()) {
        case "A" -> fA[x.sample()] = f;
        case "B" -> fB[x.sample()] = f;
        default -> fAB[Integer.parseInt(x.block().substring(2)) - 1][x.sample()] = f;
      }
    }
    List<Sensitivity.Index> idx = Sensitivity.withIntervals("f", List.of("x1", "x2", "x3"), fA, fB, fAB,
        200, new Well19937c(1));
    double[] s1 = {0.314, 0.442, 0.0};
    double[] st = {0.558, 0.442, 0.244};
    for (int i = 0; i < 3; i++) {
      Sensitivity.Index x = idx.get(i);
      System.out.printf("Ishigami x%d: S1 %.3f [%.3f, %.3f]  ST %.3f [%.3f, %.3f]%n", i + 1,
          x.s1(), x.s1Low(), x.s1High(), x.st(), x.stLow(), x.stHigh());
      assertThat(x.s1()).isCloseTo(s1[i], within(0.05));
      assertThat(x.st()).isCloseTo(st[i], within(0.05));
      assertThat(x.s1Low()).isLessThanOrEqualTo(x.s1());
      assertThat(x.s1High()).isGreaterThanOrEqualTo(x.s1());
      assertThat(x.stLow()).isLessThanOrEqualTo(x.st());
      assertThat(x.stHigh()).isGreaterThanOrEqualTo(x.st());
    }
  }
}
