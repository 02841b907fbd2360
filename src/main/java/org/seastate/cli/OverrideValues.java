package org.seastate.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns {@code --set path=value} texts into typed override values, the way a YAML scalar would
 * read: {@code true}/{@code false} as Boolean, whole numbers as Long, other numbers as Double,
 * anything else as a String. A value copied from runs.csv thus sets exactly what the run used.
 */
final class OverrideValues {
  private OverrideValues() {}

  static Map<String, Object> typed(Map<String, String> texts) {
    Map<String, Object> out = new LinkedHashMap<>();
    texts.forEach((k, v) -> out.put(k, typed(v)));
    return out;
  }

  static Object typed(String v) {
    String t = v.trim();
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    if (t.matches("[-+]?\\d+")) {
      try {
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
      } catch (NumberFormatException e) {
        return t;
      }
    }
    if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return Double.parseDouble(t);
    }
    return v;
  }
}
