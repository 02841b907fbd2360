package org.seastate.model;

import java.util.Arrays;
import java.util.List;

/**
 * Tension per dyad of nations: rises with each incident by severity and decays exponentially
 * with a half-life. It feeds back into resolve, so incidents breed incidents until it decays.
 */
public final class Tension {
  private final List<String> nations;
  private final double[] level;
  private final int n;

  public Tension(List<String> nations) {
    this.nations = List.copyOf(nations);
    this.n = nations.size();
    this.level = new double[n * n];
  }

  private int index(String a, String b) {
    int i = nations.indexOf(a);
    int j = nations.indexOf(b);
    if (i < 0 || j < 0) {
      throw new IllegalArgumentException("unknown nation in dyad " + a + "-" + b);
    }
    return i < j ? i * n + j : j * n + i;
  }

  /** Adds an incident's tension to the dyad. */
  public void add(String a, String b, double amount) {
    if (!a.equals(b)) {
      level[index(a, b)] += amount;
    }
  }

  public double get(String a, String b) {
    return a.equals(b) ? 0 : level[index(a, b)];
  }

  /** {@link #get(String, String)} by nation index. */
  public double get(int a, int b) {
    return a == b ? 0 : level[a < b ? a * n + b : b * n + a];
  }

  /** Decays every dyad by {@code hours} with the given half-life in days. */
  public void decay(double hours, double halfLifeDays) {
    double factor = Math.pow(0.5, hours / (halfLifeDays * 24.0));
    for (int i = 0; i < level.length; i++) {
      level[i] *= factor;
    }
  }

  public List<String> nations() {
    return nations;
  }

  /** Dyad names in a fixed order, e.g. {@code CN-PH}, for output columns. */
  public static String dyad(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
  }

  public double total() {
    return Arrays.stream(level).sum();
  }
}
