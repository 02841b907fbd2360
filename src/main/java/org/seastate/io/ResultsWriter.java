package org.seastate.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.model.DayReport;
import org.seastate.model.SeaEvent;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.OutputSettings;

/**
 * Writes the four CSV files of a results folder ({@code runs.csv}, {@code metrics.csv},
 * {@code timeseries.csv}, {@code events.csv}) from run records, sorted by run id so the bytes do
 * not depend on the order in which runs finished. Each file is written atomically.
 *
 * <p>CSV follows RFC 4180 quoting with {@code \n} line ends; numbers are formatted by
 * {@link Numbers}; dates are ISO 8601.
 */
public final class ResultsWriter {

  /** The CSV dialect of every result file. */
  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private ResultsWriter() {}

  /** Writes all four CSV files into {@code dir}. */
  public static void writeAll(Path dir, List<String> factorPaths, List<RunRecord> records) throws IOException {
    writeAll(dir, factorPaths, records, OutputSettings.RUN);
  }

  /**
   * Writes runs.csv and the other tables {@code outputs} asks for into {@code dir} (the
   * time-series interval was applied when the runs were recorded).
   */
  public static void writeAll(Path dir, List<String> factorPaths, List<RunRecord> records, OutputSettings outputs)
      throws IOException {
    List<RunRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingLong(RunRecord::runId));
    // The tables are separate files: the time series, the largest, is written on a second thread
    // while this one writes the others, and every file is still written by one thread in order.
    FutureTask<Void> series = new FutureTask<>(() -> {
      if (outputs.writes("timeseries")) {
        AtomicFiles.write(dir.resolve(ResultFile.TIMESERIES.fileName()), out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          new CSVPrinter(w, FORMAT).printRecord(ResultColumns.TIMESERIES);
          TimeseriesRows rows = new TimeseriesRows();
          for (RunRecord r : sorted) {
            for (DayReport d : r.days()) {
              rows.print(w, r.runId(), d);
            }
          }
          w.flush();
        });
      }
      return null;
    });
    Thread seriesWriter = new Thread(series, "seastate-timeseries-writer");
    seriesWriter.start();
    try {
      writeOthers(dir, factorPaths, sorted, outputs);
    } finally {
      joinUninterruptibly(seriesWriter); // no file is still being written when this returns
    }
    try {
      series.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      throw new IllegalStateException("cannot happen: the writer thread has ended", e);
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void writeOthers(Path dir, List<String> factorPaths, List<RunRecord> sorted, OutputSettings outputs)
      throws IOException {
    List<String> summaryColumns = summaryColumns(sorted);
    csv(dir.resolve(ResultFile.RUNS.fileName()), runsHeader(factorPaths, summaryColumns), p -> {
      for (RunRecord r : sorted) {
        p.printRecord(runsRow(r, factorPaths, summaryColumns));
      }
    });
    if (outputs.writes("metrics")) csv(dir.resolve(ResultFile.METRICS.fileName()), ResultColumns.METRICS, p -> {
      for (RunRecord r : sorted) {
        for (Metric m : r.summary().map(RunSummary::metrics).orElse(List.of())) {
          p.printRecord(r.runId(), m.name(), m.nation(), m.agency(), m.feature(), Numbers.format(m.value()));
        }
      }
    });
    if (outputs.writes("events")) csv(dir.resolve(ResultFile.EVENTS.fileName()), ResultColumns.EVENTS, p -> {
      for (RunRecord r : sorted) {
        for (SeaEvent i : r.events()) {
          p.printRecord(eventRow(r.runId(), i, outputs.eventVessels()));
        }
      }
    });
  }

  /** The untagged summary metrics, in the order of the first successful run. */
  static List<String> summaryColumns(List<RunRecord> records) {
    return records.stream()
        .flatMap(r -> r.summary().stream())
        .findFirst()
        .map(s -> s.metrics().stream()
            .filter(m -> m.nation().isEmpty() && m.agency().isEmpty() && m.feature().isEmpty())
            .map(Metric::name)
            .distinct()
            .toList())
        .orElse(List.of());
  }

  static List<String> runsHeader(List<String> factorPaths, List<String> summaryColumns) {
    List<String> h = new ArrayList<>(ResultColumns.RUNS_LEAD);
    h.addAll(factorPaths);
    h.addAll(ResultColumns.RUNS_TAIL_FIXED);
    h.addAll(summaryColumns);
    return h;
  }

  static List<Object> runsRow(RunRecord r, List<String> factorPaths, List<String> summaryColumns) {
    List<Object> row = new ArrayList<>();
    row.add(r.runId());
    row.add(r.point());
    row.add(r.replicate());
    row.add(Long.toUnsignedString(r.seed()));
    row.add(r.status().key());
    row.add(r.error().orElse(""));
    for (String f : factorPaths) {
      row.add(value(r.factors().get(f)));
    }
    if (r.summary().isPresent()) {
      RunSummary s = r.summary().get();
      row.add(s.daysSimulated());
      row.add(s.crisisDay().map(String::valueOf).orElse(""));
      for (String c : summaryColumns) {
        row.add(Numbers.format(s.value(c)));
      }
    } else {
      for (int i = 0; i < 2 + summaryColumns.size(); i++) {
        row.add("");
      }
    }
    return row;
  }

  /**
   * One events.csv row: an episode (row = episode) or one coercive act in it (row = act; the
   * challenger column holds the actor, target the nation acted against, vessels "actor;target",
   * and the columns that describe a whole episode are empty). Without {@code vessels} the vessels
   * column is left empty (it is half the file).
   */
  static List<Object> eventRow(long runId, SeaEvent event, boolean vessels) {
    if (event instanceof SeaEvent.Episode i) {
      return List.of(
          runId, "episode", i.episodeId(), i.kind().key(), i.tick(), i.date(), i.hours(), i.feature(),
          Numbers.format(i.lat()), Numbers.format(i.lon()), Numbers.format(i.distanceNm()),
          i.challenger(), i.target(), i.challengerAgencies(), i.targetAgencies(), i.targetMission(),
          vessels ? String.join(";", i.vessels()) : "", i.maxLevel(), EscalationSettings.LEVEL_NAMES[i.maxLevel()],
          i.challengerMaxLevel(), i.targetMaxLevel(), i.end().key(), i.damaged(), i.injuries(),
          i.incidents(), i.reported());
    }
    SeaEvent.Act a = (SeaEvent.Act) event;
    return List.of(
          runId, "act", a.episodeId(), "", a.tick(), a.date(), "", a.feature(),
          Numbers.format(a.lat()), Numbers.format(a.lon()), "", a.actor(), a.against(), "", a.targetAgency(), "",
          vessels ? a.actorVessel() + ";" + a.targetVessel() : "", a.level(), EscalationSettings.LEVEL_NAMES[a.level()],
          "", "", "", "", "", "", a.reported() ? 1 : 0);
  }

  /** Formats a factor value the way it appears in runs.csv. */
  public static String value(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      return Numbers.format(((Number) v).doubleValue());
    }
    return v.toString();
  }

  @FunctionalInterface
  interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  static void csv(Path file, List<String> header, Rows rows) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter p = new CSVPrinter(w, FORMAT);
      p.printRecord(header);
      rows.print(p);
      p.flush();
    });
  }
}
