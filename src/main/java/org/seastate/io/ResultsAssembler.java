package org.seastate.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.scenario.OutputSettings;

/**
 * Builds the four CSV files of a results folder from run fragments, streaming: fragments are
 * read one at a time in the order given (run-id order), so memory does not grow with the number
 * of runs. The bytes equal those {@link ResultsWriter#writeAll} writes for the same runs.
 *
 * <p>The caller writes into a staging folder that becomes visible only when complete.
 */
public final class ResultsAssembler {
  private ResultsAssembler() {}

  /** Reads the fragment of one run. */
  @FunctionalInterface
  public interface Source {
    RunFragment read(long runId) throws IOException;
  }

  /**
   * @param dir the folder to write runs.csv, metrics.csv, timeseries.csv and events.csv into
   * @param factorPaths the sweep's factor paths (factor columns of runs.csv)
   * @param runIds the runs, in increasing order
   */
  public static void assemble(Path dir, List<String> factorPaths, Iterable<Long> runIds, Source source)
      throws IOException {
    assemble(dir, factorPaths, runIds, source, OutputSettings.RUN);
  }

  /** As above, writing only the tables {@code outputs} asks for (runs.csv always). */
  public static void assemble(Path dir, List<String> factorPaths, Iterable<Long> runIds, Source source,
      OutputSettings outputs) throws IOException {
    List<String> summaryColumns = List.of();
    for (long id : runIds) {
      RunFragment f = source.read(id);
      if (f.ok()) {
        summaryColumns = List.copyOf(f.summary().keySet());
        break;
      }
    }
    Files.createDirectories(dir);
    try (OutputStream runsOut = AtomicFiles.newOutputStream(dir.resolve(ResultFile.RUNS.fileName()));
         OutputStream metricsOut = table(dir, "metrics", outputs);
         OutputStream seriesOut = table(dir, "timeseries", outputs);
         OutputStream eventsOut = table(dir, "events", outputs)) {
      Writer runsWriter = new BufferedWriter(new OutputStreamWriter(runsOut, StandardCharsets.UTF_8));
      CSVPrinter runs = new CSVPrinter(runsWriter, ResultsWriter.FORMAT);
      runs.printRecord(ResultsWriter.runsHeader(factorPaths, summaryColumns));
      OutputStream metrics = new java.io.BufferedOutputStream(metricsOut);
      OutputStream series = new java.io.BufferedOutputStream(seriesOut);
      OutputStream events = new java.io.BufferedOutputStream(eventsOut);
      header(metrics, ResultColumns.METRICS);
      header(series, ResultColumns.TIMESERIES);
      header(events, ResultColumns.EVENTS);
      for (long id : runIds) {
        RunFragment f = source.read(id);
        runs.printRecord(f.runsRow(factorPaths, summaryColumns));
        metrics.write(f.metricsRows());
        series.write(f.timeseriesRows());
        events.write(f.eventsRows());
      }
      runs.flush();
      metrics.flush();
      series.flush();
      events.flush();
    }
  }

  /** The file of a table, or a sink when the table is not written (its fragments hold no rows). */
  private static OutputStream table(Path dir, String table, OutputSettings outputs) throws IOException {
    return outputs.writes(table) ? AtomicFiles.newOutputStream(dir.resolve(table + ".csv"))
        : OutputStream.nullOutputStream();
  }

  static void header(OutputStream out, List<String> columns) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
    p.printRecord(new ArrayList<>(columns));
    p.flush();
  }
}
