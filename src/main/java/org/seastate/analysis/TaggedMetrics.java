package org.seastate.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsReader;

/**
 * The broken-down metrics of metrics.csv, named {@code name[nation,agency,feature]} with the
 * empty tags left out (the one tag syntax of results/README.md): name to run id to value.
 * Untagged rows are left out; they are runs.csv columns already.
 */
final class TaggedMetrics {
  private TaggedMetrics() {}

  /** Reads metrics.csv of a results folder, in file order; empty if the folder has none. */
  static Map<String, Map<Long, Double>> load(Path dir) {
    Map<String, Map<Long, Double>> t = new LinkedHashMap<>();
    Optional<CsvTable> m = ResultsReader.readIfPresent(dir.resolve("metrics.csv"));
    if (m.isEmpty()) {
      return t;
    }
    CsvTable table = m.get();
    int run = table.column("run_id");
    int name = table.column("metric");
    int[] tags = {table.column("nation"), table.column("agency"), table.column("feature")};
    int value = table.column("value");
    for (int r = 0; r < table.size(); r++) {
      StringBuilder key = new StringBuilder();
      for (int c : tags) {
        String v = table.get(r, c);
        if (!v.isEmpty()) {
          key.append(key.length() == 0 ? "" : ",").append(v);
        }
      }
      if (key.length() == 0) {
        continue;
      }
      t.computeIfAbsent(table.get(r, name) + "[" + key + "]", x -> new HashMap<>())
          .put(Long.parseLong(table.get(r, run)), table.number(r, value));
    }
    return t;
  }
}
