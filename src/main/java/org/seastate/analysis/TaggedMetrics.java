package org.seastate.analysis;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsReader;

/**
 * The broken-down metrics of metrics.csv, named {@code name[nation,agency,feature]} with the
 * empty tags left out (the one tag syntax of results/README.md), each as one value per
 * successful run. Untagged rows are left out; they are runs.csv columns already.
 *
 * <p>metrics.csv is read row by row and never held: a 10,000-run sweep has millions of rows,
 * but only a few hundred tagged names, so the values take 8 bytes × names × runs. A run without
 * a row for a name counted nothing: 0, or NaN for a mean ({@code _mean} names). Where a run has
 * two rows for one name, the later one counts.
 */
final class TaggedMetrics {
  private final Map<String, double[]> values;

  private TaggedMetrics(Map<String, double[]> values) {
    this.values = values;
  }

  /** Metrics of no run (a folder without metrics.csv). */
  static TaggedMetrics none() {
    return new TaggedMetrics(Map.of());
  }

  /**
   * Reads metrics.csv of a results folder; names in the order they first appear.
   *
   * @param runIndex the index of each successful run by its run id (other runs' rows name a
   *     metric but give no value)
   */
  static TaggedMetrics load(Path dir, Map<Long, Integer> runIndex) {
    int runs = runIndex.size();
    Map<String, double[]> t = new LinkedHashMap<>();
    boolean present = ResultsReader.scanIfPresent(dir.resolve("metrics.csv"), header -> {
      CsvTable columns = new CsvTable("metrics.csv", header, List.of());
      int run = columns.column("run_id");
      int name = columns.column("metric");
      int[] tags = {columns.column("nation"), columns.column("agency"), columns.column("feature")};
      int value = columns.column("value");
      StringBuilder key = new StringBuilder();
      return cells -> {
        key.setLength(0);
        int tagged = 0;
        for (int c : tags) {
          String v = cells.get(c);
          if (!v.isEmpty()) {
            key.append(tagged++ == 0 ? "[" : ",").append(v);
          }
        }
        if (tagged == 0) {
          return;
        }
        String metric = cells.get(name);
        key.insert(0, metric).append(']');
        String k = key.toString();
        double[] v = t.get(k);
        if (v == null) {
          v = new double[runs];
          Arrays.fill(v, metric.endsWith("_mean") ? Double.NaN : 0);
          t.put(k, v);
        }
        Integer i = runIndex.get(Long.parseLong(cells.get(run)));
        if (i != null) {
          v[i] = CsvTable.parse(cells.get(value));
        }
      };
    });
    return present ? new TaggedMetrics(t) : none();
  }

  boolean has(String metric) {
    return values.containsKey(metric);
  }

  /** The values of the successful runs, by their index; null if no row names the metric. */
  double[] column(String metric) {
    return values.get(metric);
  }

  /** The names, in file order. */
  List<String> names() {
    return List.copyOf(values.keySet());
  }
}
