package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seastate.model.RandomDraws.Stream;

class RandomDrawsTest {

  @Test
  void aDrawIsAFunctionOfSeedStreamAndKeysAlone() {
    RandomDraws a = new RandomDraws(42);
    RandomDraws b = new RandomDraws(42);
    double first = a.uniform(Stream.LADDER, 7, 3, 1);
    for (int i = 0; i < 100; i++) {
      a.uniform(Stream.DETECTION, i, i, i); // other draws in between change nothing
    }
    assertThat(a.uniform(Stream.LADDER, 7, 3, 1)).isEqualTo(first).isEqualTo(b.uniform(Stream.LADDER, 7, 3, 1));
    assertThat(new RandomDraws(43).uniform(Stream.LADDER, 7, 3, 1)).isNotEqualTo(first);
    assertThat(a.uniform(Stream.COERCION, 7, 3, 1)).isNotEqualTo(first);
    assertThat(a.uniform(Stream.LADDER, 3, 7, 1)).isNotEqualTo(first); // keys are not symmetric
  }

  @Test
  void drawsAreUniformAndUncorrelatedAcrossNeighbouringKeys() {
    RandomDraws d = new RandomDraws(20250911);
    int n = 40_000;
    int[] bins = new int[20];
    double sumXy = 0;
    double prev = d.uniform(Stream.DETECTION, 0, 0, 0);
    for (int i = 1; i <= n; i++) {
      double u = d.uniform(Stream.DETECTION, i, 0, 0);
      assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
      bins[(int) (u * bins.length)]++;
      sumXy += (u - 0.5) * (prev - 0.5);
      prev = u;
    }
    double expected = (double) n / bins.length;
    double chi2 = 0;
    for (int c : bins) {
      chi2 += (c - expected) * (c - expected) / expected;
    }
    assertThat(chi2).as("chi-square, 19 df (p = 0.001 at 43.8)").isLessThan(43.8);
    double lag1 = sumXy / n / (1.0 / 12);
    assertThat(Math.abs(lag1)).as("lag-1 correlation of neighbouring keys").isLessThan(0.03);
  }

  @Test
  void chanceFollowsItsProbability() {
    RandomDraws d = new RandomDraws(1);
    int hits = 0;
    for (int i = 0; i < 10_000; i++) {
      hits += d.chance(0.3, Stream.MILITIA, i, 1, 2) ? 1 : 0;
    }
    assertThat(hits).isBetween(2800, 3200);
    assertThat(d.chance(0, Stream.MILITIA, 1, 1, 1)).isFalse();
    assertThat(d.chance(1, Stream.MILITIA, 1, 1, 1)).isTrue();
  }
}
