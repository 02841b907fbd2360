package org.seastate.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files of a results folder back: the CSV files in the dialect of
 * {@link ResultsWriter} and the manifest. A folder written with {@code --format parquet} has
 * {@code <table>.parquet} where the CSV file would be; asking for {@code <table>.csv} then
 * reads the Parquet file into the same table, so the analysis commands read either format.
 * {@link #scan} hands the rows over one at a time without keeping them, for tables too large
 * to hold (a 10,000-run sweep's metrics.csv has millions of rows).
 * Missing folders and files are reported as {@link ResultsInputException} with a message for
 * the user.
 */
public final class ResultsReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  private ResultsReader() {}

  /** The cells of one row, by column index, for choosing rows while reading. */
  @FunctionalInterface
  public interface Cells {
    String get(int column);
  }

  /** What is done with each row of a scanned table. */
  @FunctionalInterface
  public interface RowHandler {
    void row(Cells cells);
  }

  /** A handler that copies the rows {@code keep} accepts into {@code rows}, every cell as text. */
  static Function<List<String>, RowHandler> keeping(Predicate<Cells> keep, List<List<String>> rows) {
    return header -> cells -> {
      if (keep.test(cells)) {
        List<String> row = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
          row.add(cells.get(c));
        }
        rows.add(row);
      }
    };
  }

  /** The Parquet file that stands for {@code csv}: {@code x.csv} becomes {@code x.parquet}. */
  public static Path parquetFor(Path csv) {
    String name = csv.getFileName().toString();
    return csv.resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".parquet");
  }

  /** The file to read for {@code csv}: itself, or its Parquet file if only that exists. */
  private static Path existing(Path csv) {
    if (csv.getFileName().toString().endsWith(".csv") && !Files.isRegularFile(csv)
        && Files.isRegularFile(parquetFor(csv))) {
      return parquetFor(csv);
    }
    return csv;
  }

  /** Whether a folder has the table {@code csv}, as that CSV file or as its Parquet file. */
  public static boolean has(Path csv) {
    return Files.isRegularFile(existing(csv));
  }

  /** Checks that {@code dir} is a results folder (a folder with a runs.csv). */
  public static Path folder(Path dir) {
    if (!Files.exists(dir)) {
      throw new ResultsInputException("no results folder at " + dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new ResultsInputException(dir + " is not a folder; give the results folder of a run or sweep");
    }
    if (!Files.isRegularFile(existing(dir.resolve(ResultFile.RUNS.fileName())))) {
      throw new ResultsInputException(dir + " has no runs.csv (nor runs.parquet): not a seastate results folder");
    }
    return dir;
  }

  /** Reads a whole CSV file. */
  public static CsvTable read(Path file) {
    return read(file, r -> true);
  }

  /** Reads the rows of a CSV file that {@code keep} accepts (the header is always read). */
  public static CsvTable read(Path csv, Predicate<Cells> keep) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = scan(csv, keeping(keep, rows));
    return new CsvTable(existing(csv).getFileName().toString(), header, rows);
  }

  /**
   * Hands the rows of a CSV file (or its Parquet file) to a handler one at a time, keeping none
   * of them: {@code open} gets the header and returns the handler. A cell past the end of a
   * short row reads as empty. Returns the header.
   */
  public static List<String> scan(Path csv, Function<List<String>, RowHandler> open) {
    Path file = existing(csv);
    if (!Files.isRegularFile(file)) {
      throw new ResultsInputException("missing file " + file);
    }
    try {
      if (file.getFileName().toString().endsWith(".parquet")) {
        return ParquetTables.scan(file, open);
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
           CSVParser p = FORMAT.parse(in)) {
        List<String> header = List.copyOf(p.getHeaderNames());
        RowHandler h = open.apply(header);
        for (CSVRecord r : p) {
          int n = r.size();
          h.row(c -> c < n ? r.get(c) : "");
        }
        return header;
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ResultsInputException rie) {
        throw rie;
      }
      throw new ResultsInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@link #scan}s the table if the folder has it; false if not. */
  public static boolean scanIfPresent(Path csv, Function<List<String>, RowHandler> open) {
    if (!Files.isRegularFile(existing(csv))) {
      return false;
    }
    scan(csv, open);
    return true;
  }

  /** Reads an optional CSV file of the folder (or its Parquet file). */
  public static Optional<CsvTable> readIfPresent(Path file) {
    return Files.isRegularFile(existing(file)) ? Optional.of(read(file)) : Optional.empty();
  }

  /** The manifest of a results folder, if it has one. */
  public static Optional<JsonNode> manifest(Path dir) {
    Path f = dir.resolve("manifest.json");
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Manifest.read(f));
    } catch (IOException e) {
      throw new ResultsInputException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
