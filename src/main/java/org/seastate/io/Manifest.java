package org.seastate.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: how a results folder came to be. The resolved scenario (and sweep),
 * the seeds, the versions and git commit, start and end times, and each run's status. Times are
 * wall-clock, so the manifest is the one file of a results folder that differs between two
 * otherwise identical runs; the CSV files do not.
 */
public final class Manifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode runs;

  /**
   * @param kind {@code run} or {@code sweep}
   * @param name scenario or sweep name
   * @param version seastate version
   * @param commit git commit of the build
   */
  public Manifest(String kind, String name, String version, String commit) {
    root.put("format", "seastate-results/1");
    root.put("kind", kind);
    root.put("name", name);
    ObjectNode tool = root.putObject("seastate");
    tool.put("version", version);
    tool.put("commit", commit);
    tool.put("java", System.getProperty("java.version"));
    tool.put("mason", "18");
    runs = root.putArray("runs");
  }

  public Manifest command(List<String> args) {
    ArrayNode a = root.putArray("command");
    args.forEach(a::add);
    return this;
  }

  public Manifest scenario(String file, String resolvedYaml) {
    ObjectNode s = root.putObject("scenario");
    s.put("file", file);
    s.put("resolved_yaml", resolvedYaml);
    return this;
  }

  public Manifest sweep(String file, String resolvedYaml) {
    ObjectNode s = root.putObject("sweep");
    s.put("file", file);
    s.put("resolved_yaml", resolvedYaml);
    return this;
  }

  public Manifest times(Instant started, Instant ended) {
    root.put("started", started.toString());
    root.put("ended", ended.toString());
    return this;
  }

  public Manifest setting(String key, String value) {
    root.with("settings").put(key, value);
    return this;
  }

  /**
   * Records the row count and SHA-256 of each of {@code names} in {@code dir} under {@code files},
   * so a reader (merge, resume) can check them before trusting the folder.
   */
  public Manifest files(Path dir, List<String> names) throws IOException {
    ObjectNode files = root.putObject("files");
    for (String name : names) {
      FileStats st = FileStats.of(dir.resolve(name));
      ObjectNode f = files.putObject(name);
      f.put("rows", st.rows());
      f.put("sha256", st.sha256());
    }
    return this;
  }

  /** The {@code files} entries of a manifest read back (empty for one written before them). */
  public static Map<String, FileStats> files(com.fasterxml.jackson.databind.JsonNode manifest) {
    Map<String, FileStats> out = new java.util.LinkedHashMap<>();
    manifest.path("files").fields().forEachRemaining(e ->
        out.put(e.getKey(), new FileStats(e.getValue().path("rows").asLong(-1), e.getValue().path("sha256").asText())));
    return out;
  }

  public Manifest run(RunRecord r) {
    fill(runs.addObject(), r);
    return this;
  }

  private static void fill(ObjectNode n, RunRecord r) {
    n.put("run_id", r.runId());
    n.put("point", r.point());
    n.put("replicate", r.replicate());
    n.put("seed", Long.toUnsignedString(r.seed()));
    n.put("status", r.status().key());
    r.error().ifPresent(e -> n.put("error", e));
    ObjectNode f = n.putObject("factors");
    for (Map.Entry<String, Object> e : r.factors().entrySet()) {
      f.put(e.getKey(), ResultsWriter.value(e.getValue()));
    }
  }

  /** Supplies run entries one at a time, so a manifest of many runs is never held in memory. */
  @FunctionalInterface
  public interface RunSource {
    void forEach(java.util.function.Consumer<RunRecord> each) throws IOException;
  }

  /**
   * Writes {@code dir/manifest.json} listing the runs of {@code dir/runs.csv}, streamed, so a
   * batch of any size is described without holding its runs in memory.
   */
  public void writeFor(Path dir, List<String> factorPaths) throws IOException {
    write(dir.resolve("manifest.json"), each -> RunsCsv.forEach(dir.resolve(ResultFile.RUNS.fileName()), factorPaths, each));
  }

  /**
   * Writes the manifest with the runs added so far followed by those of {@code more}, streamed
   * (only run id, point, replicate, seed, status, error and factors of each are used).
   */
  public void write(Path file, RunSource more) throws IOException {
    AtomicFiles.write(file, out -> {
      try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        var fields = root.fields();
        while (fields.hasNext()) {
          var e = fields.next();
          if (e.getValue() == runs) {
            continue;
          }
          g.writeFieldName(e.getKey());
          JSON.writeTree(g, e.getValue());
        }
        g.writeArrayFieldStart("runs");
        for (var n : runs) {
          JSON.writeTree(g, n);
        }
        java.io.IOException[] failure = new java.io.IOException[1];
        more.forEach(r -> {
          if (failure[0] != null) {
            return;
          }
          ObjectNode n = JSON.createObjectNode();
          fill(n, r);
          try {
            JSON.writeTree(g, n);
          } catch (IOException e) {
            failure[0] = e;
          }
        });
        if (failure[0] != null) {
          throw failure[0];
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    });
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, out -> JSON.writeValue(out, root));
  }

  /** Reads a manifest back (for merge, resume and reports). */
  public static com.fasterxml.jackson.databind.JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readAllBytes(file));
  }
}
