package org.seastate.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.model.DayReport;

/**
 * The rows of timeseries.csv, tens of thousands for a one-year run, written without
 * {@link CSVPrinter}'s scan of every character: of a row's fields (run id, day, date, series,
 * value) only the series name can need quotes, so each name is quoted once, by the printer
 * itself, and the numbers and dates, which never need quotes, are appended as they are. The bytes
 * are those the printer writes (a test compares them).
 */
final class TimeseriesRows {
  private final Map<String, String> fields = new HashMap<>();
  private final StringBuilder row = new StringBuilder(96);

  /** Appends one day's rows of run {@code runId}. */
  void print(Appendable out, long runId, DayReport day) throws IOException {
    String date = day.date().toString();
    for (Map.Entry<String, Double> e : day.series().entrySet()) {
      row.setLength(0);
      row.append(runId).append(',').append(day.day()).append(',').append(date).append(',')
          .append(field(SeriesNames.csvName(e.getKey()))).append(',').append(Numbers.format(e.getValue())).append('\n');
      out.append(row);
    }
  }

  /** A series name as a field after the first one of a record, quoted as the printer quotes it. */
  private String field(String name) {
    String f = fields.get(name);
    if (f == null) {
      f = quoted(name);
      fields.put(name, f);
    }
    return f;
  }

  static String quoted(String value) {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(b, ResultsWriter.FORMAT)) {
      p.printRecord("x", value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return b.substring(2, b.length() - 1); // without "x," and the record separator
  }
}
