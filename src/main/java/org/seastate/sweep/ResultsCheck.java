package org.seastate.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seastate.io.FileStats;
import org.seastate.io.Manifest;
import org.seastate.io.ResultColumns;
import org.seastate.io.ResultFile;
import org.seastate.io.ResultsFormat;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunStatus;

/**
 * Checks a sweep's results folder before it is trusted (by merge, or by a resume that finds the
 * folder already in place): every CSV file must have the row count and SHA-256 its manifest
 * records, and be as the writer makes it: a header of the known columns, every row with as many
 * values as the header, rows sorted by run id (time series also by day), run ids unique in
 * runs.csv and inside the shard, every run with status ok having rows in metrics.csv and
 * timeseries.csv (when the sweep's outputs write them: a table left out has no file and no
 * checksum), and no rows for runs that are not ok in runs.csv. Any deviation is a
 * {@link SweepException} naming the folder, the file and, where there is one, the line.
 * A Parquet folder (manifest setting {@code format: parquet}) is checked by row counts and
 * checksums only.
 */
final class ResultsCheck {
  /** The file names of a sweep folder that writes {@code outputs}, in {@link ResultFile#all()} order. */
  static List<String> files(org.seastate.scenario.OutputSettings outputs) {
    return ResultFile.names(ResultFile.all().stream()
        .filter(f -> f == ResultFile.POINTS || outputs.files().contains(f.fileName())).toList());
  }

  private final Path folder;
  private final String label;
  private final BitSet ok = new BitSet();

  private ResultsCheck(Path folder, String label) {
    this.folder = folder;
    this.label = label;
  }

  /**
   * Checks {@code folder} and returns its manifest.
   *
   * @param label how messages name the folder, e.g. "part results/x-part-0-of-4"
   */
  static JsonNode verify(Path folder, String label) throws IOException {
    return new ResultsCheck(folder, label).run();
  }

  private JsonNode run() throws IOException {
    Path m = folder.resolve("manifest.json");
    if (!Files.isRegularFile(m)) {
      throw fail("manifest.json", 0, "is missing: not the results folder of a sweep");
    }
    JsonNode manifest;
    try {
      manifest = Manifest.read(m);
    } catch (IOException e) {
      throw fail("manifest.json", 0, "cannot be read (" + firstLine(e) + ")");
    }
    Map<String, FileStats> expected = Manifest.files(manifest);
    if (expected.isEmpty()) {
      throw fail("manifest.json", 0, "has no file checksums (written by an older seastate); run it again");
    }
    JsonNode settings = manifest.path("settings");
    long total = settings.path("total_runs").asLong(Long.MAX_VALUE);
    ShardSpec shard = settings.has("shard") ? ShardSpec.parse(settings.path("shard").asText()) : ShardSpec.ALL;
    ResultsFormat format = ResultsFormat.parse(settings.path("format").asText("csv"));
    for (ResultFile csv : ResultFile.all()) {
      String f = format.fileNames(List.of(csv.fileName())).get(0);
      FileStats want = expected.get(f);
      if (want == null && csv.optional() && !Files.exists(folder.resolve(f))) {
        continue; // a table the sweep's outputs leave out
      }
      if (want == null) {
        throw fail("manifest.json", 0, "has no checksum for " + f);
      }
      FileStats st = format == ResultsFormat.CSV ? scan(csv, total, shard) : stats(f);
      if (st.rows() != want.rows()) {
        throw fail(f, 0, "has " + st.rows() + " rows, manifest.json says " + want.rows()
            + ": the file was cut or changed after the sweep wrote it");
      }
      if (!st.sha256().equals(want.sha256())) {
        throw fail(f, 0, "does not match its checksum in manifest.json: the file was damaged or changed"
            + " after the sweep wrote it");
      }
    }
    return manifest;
  }

  /**
   * Row count and checksum of a Parquet table. Its rows are not checked one by one: it was
   * converted from CSV tables that passed the writer's own order, and a changed byte shows in
   * the checksum.
   */
  private FileStats stats(String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw fail(name, 0, "is missing");
    }
    try {
      return FileStats.of(file);
    } catch (IOException | RuntimeException e) {
      throw fail(name, 0, "cannot be read as Parquet (" + firstLine(e) + ")");
    }
  }

  /** Reads one file, checking it row by row, and returns its row count and checksum. */
  private FileStats scan(ResultFile table, long total, ShardSpec shard) throws IOException {
    String name = table.fileName();
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw fail(name, 0, "is missing");
    }
    MessageDigest sha = FileStats.newDigest();
    Table t = new Table(table);
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
         Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.parse(r)) {
      Iterator<CSVRecord> it = p.iterator();
      long line = 1;
      try {
        while (true) {
          line = p.getCurrentLineNumber() + 1;
          if (!it.hasNext()) {
            break;
          }
          CSVRecord rec = it.next();
          if (t.header == null) {
            t.header(rec.toList(), line);
          } else {
            t.row(rec, line, total, shard);
          }
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw fail(name, line, "cannot be parsed as CSV (" + firstLine(e) + ")");
      }
      if (t.header == null) {
        throw fail(name, 0, "is empty (no header row)");
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    t.finish();
    return new FileStats(t.rows, HexFormat.of().formatHex(sha.digest()));
  }

  /** The checks of one table as its rows go by. */
  private final class Table {
    final ResultFile file;
    final String name;
    List<String> header;
    long rows;
    long lastId = -1;
    long lastDay = Long.MIN_VALUE;
    final BitSet seen = new BitSet();

    Table(ResultFile file) {
      this.file = file;
      this.name = file.fileName();
    }

    void header(List<String> h, long line) {
      List<String> want = file.columns().orElse(null);
      boolean good = want != null ? h.equals(want)
          : file == ResultFile.RUNS ? h.size() >= 8 && h.subList(0, 6).equals(ResultColumns.RUNS_LEAD)
              && h.contains("days_simulated")
          : !h.isEmpty() && h.get(0).equals("point");
      if (!good) {
        throw fail(name, line, "does not have the columns seastate writes");
      }
      header = h;
    }

    void row(CSVRecord rec, long line, long total, ShardSpec shard) {
      rows++;
      if (rec.size() != header.size()) {
        throw fail(name, line, "has " + rec.size() + " values, expected " + header.size()
            + " (the row is cut short or malformed)");
      }
      if (file == ResultFile.POINTS) {
        return;
      }
      long id = number(rec.get(0), line, "run_id");
      switch (file) {
        case RUNS -> {
          if (id <= lastId) {
            throw fail(name, line, "run " + id + " comes after run " + lastId + " (not sorted by run id, or twice)");
          }
          if (id >= total || !shard.includes(id)) {
            throw fail(name, line, "run " + id + " is not a run of this " + (shard.isWhole() ? "sweep" : "shard " + shard));
          }
          String status = rec.get(4);
          Optional<RunStatus> known = RunStatus.of(status);
          if (known.isEmpty()) {
            throw fail(name, line, "run " + id + " has status '" + status + "' (expected ok or failed)");
          }
          if (known.get() == RunStatus.OK) {
            if (rec.get(header.indexOf("days_simulated")).isEmpty()) {
              throw fail(name, line, "run " + id + " has status ok but no days_simulated");
            }
            ok.set(Math.toIntExact(id));
          }
        }
        default -> {
          if (id < lastId) {
            throw fail(name, line, "run " + id + " comes after run " + lastId + " (not sorted by run id)");
          }
          if (!ok.get(Math.toIntExact(Math.min(id, Integer.MAX_VALUE)))) {
            throw fail(name, line, "has rows of run " + id + ", which is not a run with status ok in runs.csv");
          }
          if (file == ResultFile.TIMESERIES) {
            long day = number(rec.get(1), line, "day");
            if (id == lastId && day < lastDay) {
              throw fail(name, line, "day " + day + " of run " + id + " comes after day " + lastDay + " (not sorted)");
            }
            lastDay = day;
          }
          seen.set(Math.toIntExact(id));
        }
      }
      lastId = id;
    }

    long number(String text, long line, String column) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw fail(name, line, "has '" + text + "' as " + column + " (expected a whole number)");
      }
    }

    /** ok runs must have metrics and time series (the writer always gives them some). */
    void finish() {
      if (file == ResultFile.METRICS || file == ResultFile.TIMESERIES) {
        BitSet missing = (BitSet) ok.clone();
        missing.andNot(seen);
        if (!missing.isEmpty()) {
          throw fail(name, 0, "has no rows for run " + missing.nextSetBit(0) + (missing.cardinality() > 1
              ? " (and " + (missing.cardinality() - 1) + " more runs)" : "") + ", which has status ok in runs.csv");
        }
      }
    }
  }

  private SweepException fail(String file, long line, String what) {
    return new SweepException(label + ": " + folder.resolve(file) + (line > 0 ? " line " + line : "") + " " + what);
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
