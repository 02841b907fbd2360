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
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files of a results folder back: the CSV files in the dialect of
 * {@link ResultsWriter} and the manifest. Missing folders and files are reported as
 * {@link ResultsInputException} with a message for the user.
 */
public final class ResultsReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  private ResultsReader() {}

  /** Checks that {@code dir} is a results folder (a folder with a runs.csv). */
  public static Path folder(Path dir) {
    if (!Files.exists(dir)) {
      throw new ResultsInputException("no results folder at " + dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new ResultsInputException(dir + " is not a folder; give the results folder of a run or sweep");
    }
    if (!Files.isRegularFile(dir.resolve("runs.csv"))) {
      throw new ResultsInputException(dir + " has no runs.csv: not a seastate results folder");
    }
    return dir;
  }

  /** Reads a whole CSV file. */
  public static CsvTable read(Path file) {
    return read(file, r -> true);
  }

  /** Reads the rows of a CSV file that {@code keep} accepts (the header is always read). */
  public static CsvTable read(Path file, Predicate<CSVRecord> keep) {
    if (!Files.isRegularFile(file)) {
      throw new ResultsInputException("missing file " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser p = FORMAT.parse(in)) {
      List<String> header = p.getHeaderNames();
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : p) {
        if (keep.test(r)) {
          rows.add(r.toList());
        }
      }
      return new CsvTable(file.getFileName().toString(), header, rows);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ResultsInputException rie) {
        throw rie;
      }
      throw new ResultsInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads an optional CSV file of the folder. */
  public static Optional<CsvTable> readIfPresent(Path file) {
    return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
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
