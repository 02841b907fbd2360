package org.seastate.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * One number per rung of the escalation ladder, levels 0 to {@link EscalationSettings#MAX_LEVEL}:
 * the gain, the risk or the chance of being reported that the settings give each level. An
 * immutable value with equality by content, so that the records holding one stay plain records.
 */
public final class PerLevel {
  private final double[] values;

  private PerLevel(double[] values) {
    this.values = values.clone();
  }

  /**
   * Values that must each be a number >= 0.
   *
   * @param what the key the values are read from ({@code effect}), named by a refusal
   * @throws InvalidValueException unless there is one value per level, each >= 0
   */
  public static PerLevel nonNegative(String what, double... values) {
    for (int i = 0; i < counted(what, values).length; i++) {
      Checks.nonNegative(what + "[" + i + "]", values[i]);
    }
    return new PerLevel(values);
  }

  /**
   * Values that must each be a probability.
   *
   * @param what the key the values are read from ({@code report_probability}), named by a refusal
   * @throws InvalidValueException unless there is one value per level, each between 0 and 1
   */
  public static PerLevel probabilities(String what, double... values) {
    for (int i = 0; i < counted(what, values).length; i++) {
      Checks.probability(what + "[" + i + "]", values[i]);
    }
    return new PerLevel(values);
  }

  private static double[] counted(String what, double[] values) {
    if (values.length != EscalationSettings.MAX_LEVEL + 1) {
      throw new InvalidValueException(what, what + " must list " + (EscalationSettings.MAX_LEVEL + 1)
          + " values, one per level 0.." + EscalationSettings.MAX_LEVEL + ", got " + values.length);
    }
    return values;
  }

  /** The value of {@code level}. */
  public double at(int level) {
    return values[level];
  }

  /** The values, level 0 first (a copy). */
  public double[] toArray() {
    return values.clone();
  }

  /** The values, level 0 first, as a file lists them. */
  public List<Double> toList() {
    return Arrays.stream(values).boxed().toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerLevel p && Arrays.equals(values, p.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
