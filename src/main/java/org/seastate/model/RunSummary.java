package org.seastate.model;

import java.util.List;
import java.util.Optional;

/**
 * What one run amounted to: its summary metrics in long form, and whether it ended in crisis.
 *
 * @param metrics summary metrics in a stable order
 * @param crisisDay day of the first armed clash, if any
 * @param daysSimulated days actually simulated (fewer than the horizon if a crisis stopped it)
 */
public record RunSummary(List<Metric> metrics, Optional<Integer> crisisDay, int daysSimulated) {
  public RunSummary {
    metrics = List.copyOf(metrics);
  }

  /** The value of an untagged metric (no nation, agency or feature). */
  public double value(String name) {
    return metrics.stream()
        .filter(m -> m.name().equals(name) && m.nation().isEmpty() && m.agency().isEmpty() && m.feature().isEmpty())
        .mapToDouble(Metric::value)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + name));
  }

  /** Sum of a metric over all its tags that match the given ones (empty string = any). */
  public double sum(String name, String nation, String agency, String feature) {
    return metrics.stream()
        .filter(m -> m.name().equals(name))
        .filter(m -> nation.isEmpty() || m.nation().equals(nation))
        .filter(m -> agency.isEmpty() || m.agency().equals(agency))
        .filter(m -> feature.isEmpty() || m.feature().equals(feature))
        .mapToDouble(Metric::value)
        .sum();
  }
}
