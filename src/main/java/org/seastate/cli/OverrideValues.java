package org.seastate.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns {@code --set path=value} texts into typed override values with the scenario files' own
 * typing ({@link org.seastate.scenario.ScenarioLoader#typedValue}), so {@code --set} and YAML
 * never read the same text differently. A value copied from runs.csv sets exactly what the run used.
 */
final class OverrideValues {
  private OverrideValues() {}

  static Map<String, Object> typed(Map<String, String> texts) {
    Map<String, Object> out = new LinkedHashMap<>();
    texts.forEach((k, v) -> out.put(k, typed(v)));
    return out;
  }

  static Object typed(String v) {
    return org.seastate.scenario.ScenarioLoader.typedValue(v);
  }
}
