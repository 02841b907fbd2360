package org.seastate.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * A chart a sweep asks for.
 *
 * @param type {@code timeseries}, {@code distribution}, {@code incidents_by_level},
 *     {@code heatmap}, {@code presence_vs_observed} or {@code sobol}
 * @param metric the series or summary metric drawn (where the type needs one)
 * @param by the factor path that splits or places the points (where the type needs one)
 */
public record ChartSpec(String type, Optional<String> metric, Optional<String> by) {
  public static final java.util.List<String> TYPES = java.util.List.of(
      "timeseries", "distribution", "incidents_by_level", "heatmap", "presence_vs_observed", "sobol");

  public ChartSpec {
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("chart type must be one of " + TYPES + ", was '" + type + "'");
    }
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(by, "by");
  }
}
