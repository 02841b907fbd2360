package org.seastate.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read into memory: a header and rows of text cells. Numbers are parsed on request
 * with {@link #number}, which understands what {@link Numbers} writes ({@code NaN}, {@code Inf},
 * {@code -Inf}); an empty cell reads as NaN.
 */
public final class CsvTable {
  private final String name;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<String>> rows;

  public CsvTable(String name, List<String> columns, List<List<String>> rows) {
    this.name = name;
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      index.putIfAbsent(this.columns.get(i), i);
    }
    this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
  }

  /** File name, for messages. */
  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** Index of a column; a {@link ResultsInputException} naming the file if it is missing. */
  public int column(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new ResultsInputException(name + " has no column '" + column + "'");
    }
    return i;
  }

  public int size() {
    return rows.size();
  }

  public List<String> row(int r) {
    return rows.get(r);
  }

  public String get(int r, int c) {
    List<String> row = rows.get(r);
    return c < row.size() ? row.get(c) : "";
  }

  public String get(int r, String column) {
    return get(r, column(column));
  }

  public double number(int r, int c) {
    return parse(get(r, c));
  }

  public double number(int r, String column) {
    return number(r, column(column));
  }

  /** Parses a number as written by {@link Numbers}; empty or unparsable text gives NaN. */
  public static double parse(String s) {
    if (s == null) {
      return Double.NaN;
    }
    String t = s.trim();
    switch (t) {
      case "":
      case "NaN":
        return Double.NaN;
      case "Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "true":
        return 1;
      case "false":
        return 0;
      default:
        try {
          return Double.parseDouble(t);
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
    }
  }
}
