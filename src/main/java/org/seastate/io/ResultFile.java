package org.seastate.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CSV tables of a results folder, by file name: one list for the writers, the checks and
 * merge, so no reader compares a file name against a hand-typed word.
 */
public enum ResultFile {
  /** One row per run; always written. */
  RUNS("runs.csv", null),
  /** Tagged metrics in long form. */
  METRICS("metrics.csv", ResultColumns.METRICS),
  /** Daily series in long form. */
  TIMESERIES("timeseries.csv", ResultColumns.TIMESERIES),
  /** Episodes, acts and dated events. */
  EVENTS("events.csv", ResultColumns.EVENTS),
  /** The design points of a sweep; always written by a sweep. */
  POINTS("points.csv", null);

  private final String fileName;
  private final List<String> columns;

  ResultFile(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  /** The file's name in a results folder, e.g. {@code runs.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The header every such file has; empty for runs.csv and points.csv, whose columns depend on the sweep. */
  public Optional<List<String>> columns() {
    return Optional.ofNullable(columns);
  }

  /** Whether an {@code outputs:} section may leave the table out (runs.csv and points.csv are always there). */
  public boolean optional() {
    return this != RUNS && this != POINTS;
  }

  /** The tables a sweep folder may hold, in the order they are checked. */
  public static List<ResultFile> all() {
    return Arrays.asList(values());
  }

  /** The run tables, without points.csv, as a run writes them. */
  public static List<ResultFile> runTables() {
    return List.of(RUNS, METRICS, TIMESERIES, EVENTS);
  }

  /** File names of {@code files}, in their order. */
  public static List<String> names(List<ResultFile> files) {
    return files.stream().map(ResultFile::fileName).toList();
  }
}
