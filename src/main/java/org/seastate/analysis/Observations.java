package org.seastate.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;

/**
 * Observed values to set beside the model: an observations CSV with columns
 * {@code feature, year, metric, value, unit, source} and optionally {@code nation, agency}
 * (default CN, coast_guard: what AMTI counts). The feature is a place id of the theater
 * ({@code scarborough-shoal}); the metric a name of metrics.csv ({@code presence_calendar_days}).
 * Without a file of its own the analysis uses the bundled AMTI 2022 and 2023 calendar days
 * (FACTS.md §3.1).
 */
public final class Observations {
  /** The file a results folder may hold to replace the bundled observations. */
  public static final String FILE = "observations.csv";
  static final String BUNDLED = "observations-amti.csv";

  /** One observed value. */
  public record Observation(String feature, int year, String metric, double value, String unit, String source,
      String nation, String agency) {}

  private Observations() {}

  /** The observations: the given file, else RESULTS/observations.csv, else the bundled AMTI values. */
  public static List<Observation> load(Path results, Optional<Path> file) {
    if (file.isPresent()) {
      return parse(ResultsReader.read(file.get()));
    }
    Path local = results.resolve(FILE);
    if (Files.isRegularFile(local)) {
      return parse(ResultsReader.read(local));
    }
    return bundled();
  }

  /** The AMTI values shipped with seastate. */
  public static List<Observation> bundled() {
    try (InputStream in = Observations.class.getResourceAsStream(BUNDLED);
         CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : p) {
        rows.add(r.toList());
      }
      return parse(new CsvTable(BUNDLED, p.getHeaderNames(), rows));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Observation> parse(CsvTable t) {
    for (String c : List.of("feature", "year", "metric", "value", "unit", "source")) {
      t.column(c);
    }
    List<Observation> out = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      int year;
      try {
        year = Integer.parseInt(t.get(r, "year").trim());
      } catch (NumberFormatException e) {
        throw new ResultsInputException(t.name() + " row " + (r + 2) + ": year must be a whole number, was '"
            + t.get(r, "year") + "'");
      }
      double v = t.number(r, "value");
      if (Double.isNaN(v)) {
        throw new ResultsInputException(t.name() + " row " + (r + 2) + ": value must be a number, was '"
            + t.get(r, "value") + "'");
      }
      String nation = t.has("nation") && !t.get(r, "nation").isBlank() ? t.get(r, "nation") : "CN";
      String agency = t.has("agency") && !t.get(r, "agency").isBlank() ? t.get(r, "agency") : "coast_guard";
      out.add(new Observation(t.get(r, "feature"), year, t.get(r, "metric"), v, t.get(r, "unit"),
          t.get(r, "source"), nation, agency));
    }
    return out;
  }
}
