package org.seastate.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seastate.io.Manifest;
import org.seastate.io.ParquetTables;
import org.seastate.io.ResultFile;
import org.seastate.io.ResultsFolder;
import org.seastate.io.ResultsFormat;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunsCsv;
import org.seastate.io.SortedCsvMerge;

/**
 * Joins the part folders of a sharded sweep into one results folder, byte-identical (in its CSV
 * files) to the folder one machine would have written. Refuses parts of different sweeps, any
 * run id that is missing or appears in more than one part, and any part whose files do not
 * verify against its manifest ({@link ResultsCheck}): a damaged part never merges. Merge works
 * on sorted CSV text: a part written as Parquet is first written back as CSV into a scratch
 * folder beside the output (the same bytes its CSV tables had), so parts of either format merge
 * into the same folder. The merged folder is written in the format asked for.
 */
public final class Merge {
  static final List<String> CSV_FILES = ResultFile.names(ResultFile.runTables());
  private static final List<String> PART_ONLY_SETTINGS = List.of("shard", "shard_runs", "threads");

  private Merge() {}

  /** @return the number of runs merged */
  public static long merge(List<Path> parts, Path out, boolean force, List<String> command, String version,
      String commit) throws IOException {
    return merge(parts, out, force, command, version, commit, ResultsFormat.CSV);
  }

  /**
   * @param format the format of the merged folder's tables (the parts may be either)
   * @return the number of runs merged
   */
  public static long merge(List<Path> parts, Path out, boolean force, List<String> command, String version,
      String commit, ResultsFormat format) throws IOException {
    if (parts.isEmpty()) {
      throw new SweepException("merge needs at least one part folder");
    }
    List<JsonNode> manifests = new ArrayList<>();
    for (Path p : parts) {
      if (!Files.isDirectory(p)) {
        throw new SweepException("part " + p + " is not a folder");
      }
      JsonNode node = ResultsCheck.verify(p, "part " + p);
      if (!"sweep".equals(node.path("kind").asText()) || node.path("settings").path("sweep_key").isMissingNode()) {
        throw new SweepException("part " + p + " is not a results folder of a sweep");
      }
      manifests.add(node);
    }
    JsonNode first = manifests.get(0);
    String key = first.path("settings").path("sweep_key").asText();
    long total = first.path("settings").path("total_runs").asLong();
    for (int i = 1; i < parts.size(); i++) {
      if (!key.equals(manifests.get(i).path("settings").path("sweep_key").asText())) {
        throw new SweepException(parts.get(i) + " is from a different sweep than " + parts.get(0)
            + " (sweep file, base scenario or --days differ)");
      }
    }
    Path scratch = null;
    try {
      List<Path> sources = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        if (ResultsFormat.PARQUET.toString().equals(manifests.get(i).path("settings").path("format").asText())) {
          if (scratch == null) {
            Path parent = out.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            scratch = Files.createTempDirectory(parent, "." + out.getFileName() + ".parts-");
          }
          sources.add(csvOf(parts.get(i), scratch.resolve(String.valueOf(i))));
        } else {
          sources.add(parts.get(i));
        }
      }
      return merge(parts, sources, first, total, out, force, command, version, commit, format);
    } finally {
      if (scratch != null) {
        ResultsFolder.deleteTree(scratch);
      }
    }
  }

  /** Writes the Parquet tables of a part back as CSV files into {@code into}; returns it. */
  private static Path csvOf(Path part, Path into) throws IOException {
    Files.createDirectories(into);
    for (String csv : ResultFile.names(ResultFile.all())) {
      Path parquet = part.resolve(ResultsFormat.PARQUET.fileName(csv));
      if (Files.isRegularFile(parquet)) {
        ParquetTables.toCsv(parquet, into.resolve(csv));
      }
    }
    return into;
  }

  /** The merge proper, reading the CSV tables of each part from {@code sources}. */
  private static long merge(List<Path> parts, List<Path> sources, JsonNode first, long total, Path out,
      boolean force, List<String> command, String version, String commit, ResultsFormat format) throws IOException {
    List<String> factorPaths = factorPaths(sources.get(0).resolve(ResultFile.RUNS.fileName()));
    checkRunIds(parts, sources, factorPaths, total);
    for (int i = 1; i < parts.size(); i++) {
      if (Files.mismatch(sources.get(0).resolve(ResultFile.POINTS.fileName()), sources.get(i).resolve(ResultFile.POINTS.fileName())) != -1) {
        throw new SweepException("points.csv of " + parts.get(i) + " differs from that of " + parts.get(0));
      }
    }

    Instant started = Instant.now();
    ResultsFolder folder;
    try {
      folder = ResultsFolder.prepare(out, force);
    } catch (ResultsFolder.FolderExistsException e) {
      throw new SweepException(e.getMessage());
    }
    try {
      List<String> files = CSV_FILES.stream()
          .filter(f -> Manifest.files(first).containsKey(ResultsFormat.PARQUET.fileName(f))
              || Manifest.files(first).containsKey(f))
          .toList();
      for (String f : files) {
        SortedCsvMerge.merge(sources.stream().map(p -> p.resolve(f)).toList(), folder.dir().resolve(f));
      }
      Files.copy(sources.get(0).resolve(ResultFile.POINTS.fileName()), folder.dir().resolve(ResultFile.POINTS.fileName()));
      Manifest m = new Manifest("sweep", first.path("name").asText(), version, commit).command(command);
      // the sweep as resolved says the format of the merged tables, whatever the parts' was
      m.sweep(first.path("sweep").path("file").asText(), first.path("sweep").path("resolved_yaml").asText()
          .replaceFirst("(?m)^format: \\w+$", "format: " + format));
      m.scenario(first.path("scenario").path("file").asText(), first.path("scenario").path("resolved_yaml").asText());
      first.path("settings").fields().forEachRemaining(e -> {
        if (!PART_ONLY_SETTINGS.contains(e.getKey()) && !e.getKey().equals("format")) {
          m.setting(e.getKey(), e.getValue().asText());
        }
      });
      m.setting("merged_from", String.join(" ", parts.stream().map(Path::toString).toList()));
      if (format == ResultsFormat.PARQUET) {
        m.setting("format", format.toString());
      }
      List<String> written = ResultFile.names(ResultFile.all().stream()
          .filter(f -> f == ResultFile.POINTS || files.contains(f.fileName())).toList());
      format.convert(folder.dir(), written,
          RealFactors.of(first.path("sweep").path("resolved_yaml").asText()));
      m.times(started, Instant.now())
          .files(folder.dir(), format.fileNames(written))
          .writeFor(folder.dir(), factorPaths);
      format.dropCsv(folder.dir(), written);
      folder.commit();
    } catch (IOException | RuntimeException e) {
      folder.abandon();
      throw e;
    }
    return total;
  }

  /** Every run id from 0 to total - 1 exactly once across the parts (read from {@code sources}). */
  static void checkRunIds(List<Path> parts, List<Path> sources, List<String> factorPaths, long total)
      throws IOException {
    BitSet seen = new BitSet();
    int[] owner = new int[Math.toIntExact(total)];
    List<String> duplicates = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int part = i;
      RunsCsv.forEach(sources.get(i).resolve(ResultFile.RUNS.fileName()), factorPaths, r -> {
        long id = r.runId();
        if (id < 0 || id >= total) {
          throw new SweepException("run " + id + " in " + parts.get(part) + " is outside the sweep (0 to "
              + (total - 1) + ")");
        }
        if (seen.get((int) id)) {
          if (duplicates.size() < 10) {
            duplicates.add(id + " (in " + parts.get(owner[(int) id]) + " and " + parts.get(part) + ")");
          }
        }
        seen.set((int) id);
        owner[(int) id] = part;
      });
    }
    if (!duplicates.isEmpty()) {
      throw new SweepException("runs appear in more than one part: " + String.join(", ", duplicates));
    }
    if (seen.cardinality() != total) {
      List<String> missing = new ArrayList<>();
      for (int id = seen.nextClearBit(0); id < total && missing.size() < 10; id = seen.nextClearBit(id + 1)) {
        missing.add(String.valueOf(id));
      }
      throw new SweepException((total - seen.cardinality()) + " of " + total + " runs are missing from the parts"
          + " (first: " + String.join(", ", missing) + "); run the missing shards and merge again");
    }
  }

  private static List<String> factorPaths(Path runsCsv) throws IOException {
    try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.parse(in)) {
      CSVRecord header = p.iterator().next();
      List<String> h = header.toList();
      int from = h.indexOf("error") + 1;
      int to = h.indexOf("days_simulated");
      return h.subList(from, to);
    }
  }
}
