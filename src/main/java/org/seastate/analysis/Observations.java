package org.seastate.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seastate.io.ResultsInputException;

/**
 * Observed values to set beside the model, in a tidy CSV file (one observed number a row) with
 * columns {@code feature, year, metric, value, unit, source} and optionally {@code nation},
 * {@code agency} (default CN, coast_guard: what AMTI counts), {@code period_days} (the length of
 * the observed period; default the days of {@code year}) and any further columns (a
 * {@code date}, a {@code description}), which are kept but not interpreted.
 *
 * <p>The feature is a place id of the theater ({@code scarborough-shoal}), several joined by
 * {@code +} for a total over features ({@code scarborough-shoal+thitu-island}), or empty for a
 * metric that is not about one place ({@code militia_daily_mean}). The metric is a metric name
 * of metrics.csv ({@code presence_calendar_days}). docs/VALIDATION.md describes the format.
 *
 * <p>Without a file of its own the analysis uses the bundled AMTI 2022 and 2023 calendar days
 * (FACTS.md §3.1).
 */
public final class Observations {
  /** The nation an observation counts when it names none: China, as AMTI's counts do. */
  public static final String DEFAULT_NATION = "CN";
  /** The agency an observation counts when it names none: the coast guard, as AMTI's counts do. */
  public static final String DEFAULT_AGENCY = "coast_guard";

  /** The file a results folder may hold to replace the bundled observations. */
  public static final String FILE = "observations.csv";
  static final String BUNDLED = "observations-amti.csv";
  /** The columns every observations file has. */
  public static final List<String> REQUIRED = List.of("feature", "year", "metric", "value", "unit", "source");

  /**
   * One observed value.
   *
   * @param periodDays length of the observed period in days (the days of {@code year} unless
   *     the file says otherwise)
   * @param extra further columns of the row (column name to text)
   * @param line the line of the file the row starts on
   */
  public record Observation(String feature, int year, String metric, double value, String unit, String source,
      String nation, String agency, double periodDays, Map<String, String> extra, long line) {
    public Observation {
      extra = Map.copyOf(extra);
    }

    public Observation(String feature, int year, String metric, double value, String unit, String source,
        String nation, String agency) {
      this(feature, year, metric, value, unit, source, nation, agency, Year.of(year).length(), Map.of(), 0);
    }

    /** The features this row totals over (empty for an untagged metric). */
    public List<String> features() {
      if (feature.isBlank()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String f : feature.split("\\+")) {
        out.add(f.trim());
      }
      return out;
    }
  }

  private Observations() {}

  /** The observations: the given file, else RESULTS/observations.csv, else the bundled AMTI values. */
  public static List<Observation> load(Path results, Optional<Path> file) {
    if (file.isPresent()) {
      return read(file.get());
    }
    Path local = results.resolve(FILE);
    if (Files.isRegularFile(local)) {
      return read(local);
    }
    return bundled();
  }

  /** The AMTI values shipped with seastate. */
  public static List<Observation> bundled() {
    try (InputStream in = Observations.class.getResourceAsStream(BUNDLED)) {
      return parse(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an observations file. Problems are reported as {@link ResultsInputException} naming
   * the file and line: a missing column, a row with the wrong number of fields, a year or value
   * that is not a number, broken quoting.
   */
  public static List<Observation> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ResultsInputException("missing observations file " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), in);
    } catch (IOException e) {
      throw new ResultsInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static List<Observation> parse(String name, Reader in) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    List<Observation> out = new ArrayList<>();
    try (CSVParser p = format.parse(in)) {
      List<String> header = null;
      Map<String, Integer> col = new HashMap<>();
      long lineOfRecord = 1;
      var it = p.iterator();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (RuntimeException e) { // Commons CSV reports broken quoting this way
          String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
          throw new ResultsInputException(name + ":" + (p.getCurrentLineNumber() + 1) + ": malformed CSV: " + msg);
        }
        long line = lineOfRecord;
        lineOfRecord = p.getCurrentLineNumber() + 1;
        if (header == null) {
          header = new ArrayList<>();
          for (String h : r) {
            header.add(h.trim());
          }
          for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i), i);
          }
          for (String c : REQUIRED) {
            if (!col.containsKey(c)) {
              throw new ResultsInputException(name + ":" + line + ": no column '" + c + "'; an observations file has "
                  + "the columns " + String.join(", ", REQUIRED) + " (and optionally nation, agency, period_days)");
            }
          }
          continue;
        }
        if (r.size() != header.size()) {
          throw new ResultsInputException(name + ":" + line + ": expected " + header.size() + " fields (" 
              + String.join(", ", header) + "), found " + r.size());
        }
        String yearText = r.get(col.get("year")).trim();
        int year;
        try {
          year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
          throw new ResultsInputException(name + ":" + line + ": year must be a whole number, was '" + yearText + "'");
        }
        double value = number(name, line, "value", r.get(col.get("value")));
        double period = Year.of(year).length();
        if (col.containsKey("period_days") && !r.get(col.get("period_days")).isBlank()) {
          period = number(name, line, "period_days", r.get(col.get("period_days")));
          if (!(period > 0)) {
            throw new ResultsInputException(name + ":" + line + ": period_days must be positive, was " + period);
          }
        }
        String metric = r.get(col.get("metric")).trim();
        if (metric.isEmpty()) {
          throw new ResultsInputException(name + ":" + line + ": empty metric");
        }
        String nation = col.containsKey("nation") && !r.get(col.get("nation")).isBlank()
            ? r.get(col.get("nation")).trim() : DEFAULT_NATION;
        String agency = col.containsKey("agency") && !r.get(col.get("agency")).isBlank()
            ? r.get(col.get("agency")).trim() : DEFAULT_AGENCY;
        Map<String, String> extra = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String h = header.get(i);
          if (!REQUIRED.contains(h) && !List.of("nation", "agency", "period_days").contains(h)) {
            extra.put(h, r.get(i));
          }
        }
        out.add(new Observation(r.get(col.get("feature")).trim(), year, metric, value, r.get(col.get("unit")).trim(),
            r.get(col.get("source")).trim(), nation, agency, period, extra, line));
      }
      if (header == null) {
        throw new ResultsInputException(name + ": empty file; expected a header line with the columns "
            + String.join(", ", REQUIRED));
      }
    }
    return out;
  }

  private static double number(String name, long line, String column, String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ResultsInputException(name + ":" + line + ": " + column + " must be a number, was '" + text + "'");
  }
}
