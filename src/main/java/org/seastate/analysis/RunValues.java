package org.seastate.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsInputException;

/**
 * The metric values of a results folder's successful runs, as {@link ResultsData#value} gives
 * them: a runs.csv column parsed once into one {@code double} per run, a tagged metric from
 * metrics.csv, read on first use ({@link TaggedMetrics}).
 */
final class RunValues {
  private final Path dir;
  private final CsvTable runs;
  private final List<Integer> okRows;
  private final List<String> metrics;
  /** The successful runs' values of runs.csv columns, parsed on first use. */
  private final Map<String, double[]> numbers = new HashMap<>();
  /** Tagged metrics of metrics.csv, e.g. {@code at_sea_days[JP]}. Loaded on first use. */
  private TaggedMetrics tagged;

  /**
   * @param runs runs.csv
   * @param okRows the rows of runs.csv of the successful runs, in order
   * @param metrics the summary metric columns of runs.csv
   */
  RunValues(Path dir, CsvTable runs, List<Integer> okRows, List<String> metrics) {
    this.dir = dir;
    this.runs = runs;
    this.okRows = okRows;
    this.metrics = metrics;
  }

  /** See {@link ResultsData#value}. */
  double value(int i, String metric) {
    if (metrics.contains(metric) || !metric.endsWith("]")) {
      double[] v = numbers.get(metric);
      if (v == null) {
        int c = runs.column(metric);
        v = new double[okRows.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = runs.number(okRows.get(k), c);
        }
        numbers.put(metric, v);
      }
      return v[i];
    }
    double[] byRun = tagged().column(metric);
    if (byRun == null) {
      throw new ResultsInputException("unknown metric '" + metric + "'");
    }
    return byRun[i];
  }

  /** The index of each successful run by its run id. */
  Map<Long, Integer> runIndex() {
    Map<Long, Integer> index = new HashMap<>();
    int runId = runs.column("run_id");
    for (int i = 0; i < okRows.size(); i++) {
      index.put(Long.parseLong(runs.get(okRows.get(i), runId)), i);
    }
    return index;
  }

  TaggedMetrics tagged() {
    if (tagged == null) {
      tagged = TaggedMetrics.load(dir, runIndex());
    }
    return tagged;
  }
}
