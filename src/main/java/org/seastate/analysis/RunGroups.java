package org.seastate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seastate.io.CsvTable;

/**
 * How the charts split a results folder's runs into groups (by a factor's levels, binned
 * ranges of a continuous factor, or design points), and the short texts they share. Every
 * chart groups the same way, so their legends and notes agree.
 */
final class RunGroups {
  /** Most groups (lines, boxes, bars) one chart shows. */
  static final int MAX_GROUPS = 10;

  private RunGroups() {}

  /** Groups of runs: by the factor's levels, or by design point; at most MAX_GROUPS. */
  static Map<String, List<Integer>> groups(ResultsData data, Optional<String> by, List<String> notes) {
    Map<String, List<Integer>> g;
    if (by.isPresent() && data.continuous(by.get())) {
      g = binned(data, by.get(), 5);
      notes.add(ResultsData.shortName(by.get()) + " is continuous: runs binned into 5 equal ranges");
    } else if (by.isPresent()) {
      g = new LinkedHashMap<>();
      for (Map.Entry<String, List<Integer>> e : data.groupBy(by.get()).entrySet()) {
        g.put(ResultsData.shortName(by.get()) + " = " + e.getKey(), e.getValue());
      }
    } else {
      g = data.groupByPoint();
      if (g.size() == 1 && data.factors().isEmpty()) {
        g = Map.of(data.size() == 1 ? "run" : "all runs", g.values().iterator().next());
      }
    }
    if (g.size() > MAX_GROUPS) {
      notes.add("showing the first " + MAX_GROUPS + " of " + g.size() + " groups");
      Map<String, List<Integer>> cut = new LinkedHashMap<>();
      g.entrySet().stream().limit(MAX_GROUPS).forEach(e -> cut.put(e.getKey(), e.getValue()));
      g = cut;
    }
    int min = g.values().stream().mapToInt(List::size).min().orElse(0);
    if (min < 2) {
      notes.add(g.size() == 1 && data.size() == 1 ? "a single run: no interval over replicates"
          : "a group with one run: no interval for it");
    }
    return g;
  }

  /** Runs cut into {@code bins} equal ranges of a continuous factor; empty bins dropped. */
  static Map<String, List<Integer>> binned(ResultsData data, String factor, int bins) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < data.size(); i++) {
      double v = CsvTable.parse(data.factorValue(i, factor));
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double w = (hi - lo) / bins;
    Map<String, List<Integer>> g = new LinkedHashMap<>();
    for (int b = 0; b < bins; b++) {
      g.put(String.format(java.util.Locale.ROOT, "%s %.3g–%.3g", ResultsData.shortName(factor), lo + b * w,
          lo + (b + 1) * w), new ArrayList<>());
    }
    List<String> keys = new ArrayList<>(g.keySet());
    for (int i = 0; i < data.size(); i++) {
      double v = CsvTable.parse(data.factorValue(i, factor));
      int b = w == 0 ? 0 : Math.min(bins - 1, (int) ((v - lo) / w));
      g.get(keys.get(b)).add(i);
    }
    g.values().removeIf(List::isEmpty);
    return g;
  }

  /** The groups along one axis of a heat map: levels, or bin ranges without the factor name. */
  static Map<String, List<Integer>> axisGroups(ResultsData data, String factor, List<String> notes) {
    if (data.continuous(factor)) {
      notes.add(ResultsData.shortName(factor) + " binned into 5 ranges");
      Map<String, List<Integer>> b = binned(data, factor, 5);
      Map<String, List<Integer>> out = new LinkedHashMap<>();
      String prefix = ResultsData.shortName(factor) + " ";
      b.forEach((key, v) -> out.put(key.substring(prefix.length()), v));
      return out;
    }
    return data.groupBy(factor);
  }

  static List<Integer> allRuns(ResultsData data) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      all.add(i);
    }
    return all;
  }

  static String joinNotes(List<String> notes) {
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  static String byText(Optional<String> by) {
    return by.map(f -> "by " + f).orElse("by scenario point");
  }

  static String title(String metric) {
    String t = metric.replace('_', ' ').replace('.', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
