package org.seastate.io;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.model.DayReport;
import org.seastate.model.SeaEvent;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;
import org.seastate.scenario.OutputSettings;

/**
 * One finished run, already formatted as the rows it contributes to the result files, in a
 * small binary container. A sweep writes one fragment per run as the run finishes (atomically,
 * so a fragment that exists is complete) and later assembles the final CSV files from the
 * fragments in run-id order; only one run's rows are ever held in memory.
 *
 * <p>The container ends with its length and a CRC-32 of its content, so a fragment cut short or
 * damaged on disk is recognised when read ({@link DamagedFragmentException}) rather than
 * assembled into wrong results.
 *
 * <p>Only {@code runs.csv} needs anything from other runs (its summary columns), so the
 * fragment keeps the run's summary as name/value pairs and its other rows as finished CSV text.
 *
 * @param runId run id
 * @param point design point
 * @param replicate replicate
 * @param seed seed
 * @param error the failure message, or empty when the run succeeded
 * @param factors factor path to value as printed
 * @param daysSimulated days simulated, or -1 for a failed run
 * @param crisisDay crisis day as printed (empty: none)
 * @param summary untagged summary metric name to printed value, in the model's order
 * @param metricsRows metrics.csv rows (CSV text, no header)
 * @param timeseriesRows timeseries.csv rows
 * @param eventsRows events.csv rows
 */
public record RunFragment(
    long runId, long point, int replicate, long seed, String error,
    Map<String, String> factors, int daysSimulated, String crisisDay, Map<String, String> summary,
    byte[] metricsRows, byte[] timeseriesRows, byte[] eventsRows) {

  private static final int MAGIC = 0x53535246; // "SSRF"
  private static final int VERSION = 3; // 3: timeseries names in the name[tags] syntax

  public boolean ok() {
    return error.isEmpty();
  }

  public RunStatus status() {
    return RunStatus.failedIf(!ok());
  }

  /** The fragment of a finished (or failed) run, with every table. */
  public static RunFragment of(RunRecord r) throws IOException {
    return of(r, OutputSettings.RUN);
  }

  /** The fragment of a finished (or failed) run, with the rows of the tables {@code outputs} writes. */
  public static RunFragment of(RunRecord r, OutputSettings outputs) throws IOException {
    Map<String, String> factors = new LinkedHashMap<>();
    r.factors().forEach((k, v) -> factors.put(k, ResultsWriter.value(v)));
    Map<String, String> summary = new LinkedHashMap<>();
    int days = -1;
    String crisis = "";
    if (r.summary().isPresent()) {
      RunSummary s = r.summary().get();
      days = s.daysSimulated();
      crisis = s.crisisDay().map(String::valueOf).orElse("");
      for (Metric m : s.metrics()) {
        if (m.nation().isEmpty() && m.agency().isEmpty() && m.feature().isEmpty()) {
          summary.putIfAbsent(m.name(), Numbers.format(m.value()));
        }
      }
    }
    byte[] metrics = rows(p -> {
      for (Metric m : outputs.writes("metrics") ? r.summary().map(RunSummary::metrics).orElse(List.of()) : List.<Metric>of()) {
        p.printRecord(r.runId(), m.name(), m.nation(), m.agency(), m.feature(), Numbers.format(m.value()));
      }
    });
    ByteArrayOutputStream seriesBytes = new ByteArrayOutputStream();
    Writer seriesText = new BufferedWriter(new OutputStreamWriter(seriesBytes, StandardCharsets.UTF_8));
    TimeseriesRows seriesRows = new TimeseriesRows();
    for (DayReport d : outputs.writes("timeseries") ? r.days() : List.<DayReport>of()) {
      seriesRows.print(seriesText, r.runId(), d);
    }
    seriesText.flush();
    byte[] series = seriesBytes.toByteArray();
    byte[] events = rows(p -> {
      for (SeaEvent i : outputs.writes("events") ? r.events() : List.<SeaEvent>of()) {
        p.printRecord(ResultsWriter.eventRow(r.runId(), i, outputs.eventVessels()));
      }
    });
    return new RunFragment(r.runId(), r.point(), r.replicate(), r.seed(), r.error().orElse(""),
        factors, days, crisis, summary, metrics, series, events);
  }

  /** The runs.csv row for the given columns (factor paths, then summary metric names). */
  public List<String> runsRow(List<String> factorPaths, List<String> summaryColumns) {
    List<String> row = new ArrayList<>();
    row.add(Long.toString(runId));
    row.add(Long.toString(point));
    row.add(Integer.toString(replicate));
    row.add(Long.toUnsignedString(seed));
    row.add(status().key());
    row.add(error);
    for (String f : factorPaths) {
      row.add(factors.getOrDefault(f, ""));
    }
    row.add(ok() ? Integer.toString(daysSimulated) : "");
    row.add(crisisDay);
    for (String c : summaryColumns) {
      row.add(summary.getOrDefault(c, ""));
    }
    return row;
  }

  /** As a run record without rows, for the manifest. */
  public RunRecord header() {
    return new RunRecord(runId, point, replicate, seed, new LinkedHashMap<>(factors),
        java.util.Optional.empty(), error.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(error),
        List.of(), List.of());
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, this::writeTo);
  }

  /**
   * Reads a fragment back.
   *
   * @throws DamagedFragmentException if the file is not a complete fragment of this version
   */
  public static RunFragment read(Path file) throws IOException {
    byte[] all;
    try (InputStream in = Files.newInputStream(file)) {
      all = in.readAllBytes();
    }
    try {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all));
      if (all.length < 20 || in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new DamagedFragmentException(file, "not a run fragment of this seastate version");
      }
      int length = in.readInt();
      if (length != all.length - 20) {
        throw new DamagedFragmentException(file, "it is " + all.length + " bytes, expected " + (length + 20));
      }
      CRC32 crc = new CRC32();
      crc.update(all, 12, length);
      if (crc.getValue() != (java.nio.ByteBuffer.wrap(all, 12 + length, 8).getLong())) {
        throw new DamagedFragmentException(file, "its checksum does not match");
      }
      return readFrom(new DataInputStream(new java.io.ByteArrayInputStream(all, 12, length)));
    } catch (java.io.EOFException | RuntimeException e) {
      throw new DamagedFragmentException(file, "it ends early or is malformed");
    }
  }

  /** A fragment file that is cut short, damaged or of another version. */
  public static final class DamagedFragmentException extends IOException {
    private static final long serialVersionUID = 1L;

    public DamagedFragmentException(Path file, String why) {
      super("run fragment " + file + " is damaged: " + why);
    }
  }

  private void writeTo(OutputStream raw) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    writeContent(new DataOutputStream(buf));
    byte[] content = buf.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(content);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(content.length);
    out.write(content);
    out.writeLong(crc.getValue());
    out.flush();
  }

  private void writeContent(DataOutputStream out) throws IOException {
    out.writeLong(runId);
    out.writeLong(point);
    out.writeInt(replicate);
    out.writeLong(seed);
    text(out, error);
    map(out, factors);
    out.writeInt(daysSimulated);
    text(out, crisisDay);
    map(out, summary);
    bytes(out, metricsRows);
    bytes(out, timeseriesRows);
    bytes(out, eventsRows);
    out.flush();
  }

  private static RunFragment readFrom(DataInputStream in) throws IOException {
    return new RunFragment(in.readLong(), in.readLong(), in.readInt(), in.readLong(), text(in), map(in),
        in.readInt(), text(in), map(in), bytes(in), bytes(in), bytes(in));
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    bytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }

  private static void bytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return b;
  }

  private static void map(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    for (Map.Entry<String, String> e : m.entrySet()) {
      text(out, e.getKey());
      text(out, e.getValue());
    }
  }

  private static Map<String, String> map(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(text(in), text(in));
    }
    return m;
  }

  private static byte[] rows(ResultsWriter.Rows rows) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    OutputStreamWriter w = new OutputStreamWriter(buf, StandardCharsets.UTF_8);
    CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
    rows.print(p);
    p.flush();
    return buf.toByteArray();
  }
}
