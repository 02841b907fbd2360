package org.seastate.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file format of a results folder's tables. CSV is the default and what the sweep machinery
 * (spool, assembly, merge, checks) works in; PARQUET converts the finished CSV tables into
 * {@code <table>.parquet} files and drops the CSV files, so a folder holds one format only.
 */
public enum ResultsFormat {
  CSV, PARQUET;

  /** Parses the value of {@code --format}. */
  public static ResultsFormat parse(String text) {
    for (ResultsFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + text + "'; use csv or parquet");
  }

  /** The name a table written as {@code csvName} has in this format. */
  public String fileName(String csvName) {
    return this == CSV || !csvName.endsWith(".csv") ? csvName
        : ResultsReader.parquetFor(Path.of(csvName)).getFileName().toString();
  }

  public List<String> fileNames(List<String> csvNames) {
    return csvNames.stream().map(this::fileName).toList();
  }

  /**
   * Writes the Parquet file of each CSV table in {@code dir}, keeping the CSV (PARQUET only).
   *
   * @param real columns stored as doubles even if every value is a whole number (real factors)
   */
  public void convert(Path dir, List<String> csvNames, Set<String> real) throws IOException {
    if (this == PARQUET) {
      for (String name : csvNames) {
        ParquetTables.fromCsv(dir.resolve(name), dir.resolve(fileName(name)), real);
      }
    }
  }

  /** Removes the CSV tables that {@link #convert} turned into Parquet files (PARQUET only). */
  public void dropCsv(Path dir, List<String> csvNames) throws IOException {
    if (this == PARQUET) {
      for (String name : csvNames) {
        Files.delete(dir.resolve(name));
      }
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
