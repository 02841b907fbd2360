package org.seastate.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultColumns;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;
import org.seastate.io.RunStatus;
import org.seastate.scenario.ChartSpec;

/**
 * A results folder as the analysis sees it: the successful runs of {@code runs.csv} with their
 * factor values and summary metrics, and what the manifest says about the batch (kind, name,
 * the sweep's description, factors, design and charts). The other CSV files are read on demand.
 *
 * <p>Factor columns are the columns of runs.csv between {@code error} and
 * {@code days_simulated}; summary metrics are the numeric columns from {@code days_simulated} on.
 */
public final class ResultsData {
  private static final ObjectMapper YAML = new YAMLMapper();

  private final Path dir;
  private final CsvTable runs;
  private final List<Integer> okRows = new ArrayList<>();
  private final List<String> factors = new ArrayList<>();
  private final List<String> metrics = new ArrayList<>();
  private final JsonNode manifest;
  private final JsonNode sweep;
  private final int failed;
  private final RunValues values;

  private ResultsData(Path dir) {
    this.dir = ResultsReader.folder(dir);
    this.runs = ResultsReader.read(dir.resolve("runs.csv"));
    for (String c : ResultColumns.RUNS_LEAD) {
      runs.column(c);
    }
    int first = runs.column("error") + 1;
    int tail = runs.has("days_simulated") ? runs.column("days_simulated") : runs.columns().size();
    factors.addAll(runs.columns().subList(first, tail));
    metrics.addAll(runs.columns().subList(tail, runs.columns().size()));
    int status = runs.column("status");
    int bad = 0;
    for (int r = 0; r < runs.size(); r++) {
      if (RunStatus.of(runs.get(r, status)).orElse(null) == RunStatus.OK) {
        okRows.add(r);
      } else {
        bad++;
      }
    }
    failed = bad;
    values = new RunValues(this.dir, runs, okRows, metrics);
    manifest = ResultsReader.manifest(dir).orElse(null);
    sweep = parseYaml(manifest == null ? null : manifest.path("sweep").path("resolved_yaml").asText(null));
  }

  /** Reads the folder; a {@link ResultsInputException} if it is not a results folder. */
  public static ResultsData load(Path dir) {
    return new ResultsData(dir);
  }

  private static JsonNode parseYaml(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return YAML.readTree(text);
    } catch (Exception e) {
      return null; // a manifest from another version: work without the sweep's settings
    }
  }

  public Path dir() {
    return dir;
  }

  /** Factor paths, in the order of runs.csv. */
  public List<String> factors() {
    return factors;
  }

  /** Summary metric columns of runs.csv. */
  public List<String> metrics() {
    return metrics;
  }

  /** Number of successful runs. */
  public int size() {
    return okRows.size();
  }

  public int failedRuns() {
    return failed;
  }

  public long runId(int i) {
    return Long.parseLong(runs.get(okRows.get(i), "run_id"));
  }

  public long point(int i) {
    return Long.parseLong(runs.get(okRows.get(i), "point"));
  }

  public int replicate(int i) {
    return Integer.parseInt(runs.get(okRows.get(i), "replicate"));
  }

  /** The seed of successful run i, as written in runs.csv. */
  public String seed(int i) {
    return runs.get(okRows.get(i), "seed");
  }

  /** The reference level the sweep names for a factor ({@code reference:}), if it does. */
  public Optional<String> reference(String factor) {
    if (sweep != null) {
      for (JsonNode f : sweep.path("factors")) {
        JsonNode r = f.get("reference");
        if (factor.equals(f.path("path").asText()) && r != null && !r.isNull()) {
          return Optional.of(r.isNumber() ? org.seastate.io.Numbers.format(r.asDouble()) : r.asText());
        }
      }
    }
    return Optional.empty();
  }

  public String factorValue(int i, String factor) {
    return runs.get(okRows.get(i), factor);
  }

  /**
   * A summary metric of successful run i (NaN when empty): a runs.csv column, or a tagged metric
   * of metrics.csv named {@code metric[nation,agency,feature]} with empty tags left out (e.g.
   * {@code at_sea_days[JP]}, {@code presence_calendar_days[CN,coast_guard,scarborough-shoal]}).
   * A run without a row for a tagged metric counted nothing: 0 (NaN for a mean).
   */
  public double value(int i, String metric) {
    return values.value(i, metric);
  }

  /** The tagged metrics found in metrics.csv, in file order ({@code name[tags]}). */
  public List<String> taggedMetrics() {
    return values.tagged().names();
  }

  /** The index of each successful run by its run id. */
  Map<Long, Integer> runIndex() {
    return values.runIndex();
  }

  /**
   * Presence metrics worth comparing by default: AMTI-style calendar days of each nation's
   * coast guard, navy and militia at each feature, and each nation's days at sea.
   */
  public List<String> presenceMetrics() {
    return taggedMetrics().stream()
        .filter(k -> k.startsWith("at_sea_days[") || (k.startsWith("presence_calendar_days[")
            && (k.contains(",coast_guard,") || k.contains(",navy,") || k.contains(",militia,"))))
        .toList();
  }

  /** The whole runs table, failed runs included. */
  public CsvTable runsTable() {
    return runs;
  }

  /** Checks a factor path against runs.csv. */
  public String requireFactor(String factor) {
    if (!factors.contains(factor)) {
      throw new ResultsInputException("unknown factor '" + factor + "'; "
          + (factors.isEmpty() ? "runs.csv has no factor columns (a single run?)"
              : "factors in runs.csv: " + String.join(", ", factors)));
    }
    return factor;
  }

  /** Resolves a metric name to a runs.csv column, allowing a few short forms. */
  public String requireMetric(String metric) {
    Optional<String> m = resolveMetric(metric);
    if (m.isEmpty()) {
      throw new ResultsInputException("unknown metric '" + metric + "'; metrics in runs.csv: "
          + String.join(", ", metrics));
    }
    return m.get();
  }

  /** {@code incidents} means {@code incidents_total}, {@code tension} {@code tension_mean_total}. */
  public Optional<String> resolveMetric(String metric) {
    for (String c : List.of(metric, metric + "_total", metric + "_mean_total")) {
      if (metrics.contains(c)) {
        return Optional.of(c);
      }
    }
    if (metric.endsWith("]") && values.tagged().has(metric)) {
      return Optional.of(metric);
    }
    return Optional.empty();
  }

  /**
   * The levels of a factor in a stable order: the order the sweep lists them when it does,
   * otherwise numeric order for numbers and first appearance for the rest.
   */
  public List<String> levels(String factor) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < size(); i++) {
      seen.add(factorValue(i, factor));
    }
    List<String> out = new ArrayList<>();
    for (String l : sweepLevels(factor)) {
      if (seen.remove(l)) {
        out.add(l);
      }
    }
    List<String> rest = new ArrayList<>(seen);
    if (rest.stream().allMatch(s -> !Double.isNaN(CsvTable.parse(s)) && !s.equals("true") && !s.equals("false"))) {
      rest.sort((a, b) -> Double.compare(CsvTable.parse(a), CsvTable.parse(b)));
    }
    out.addAll(rest);
    return out;
  }

  private List<String> sweepLevels(String factor) {
    List<String> out = new ArrayList<>();
    if (sweep == null) {
      return out;
    }
    for (JsonNode f : sweep.path("factors")) {
      if (factor.equals(f.path("path").asText())) {
        for (JsonNode l : f.path("levels")) {
          out.add(l.isNumber() ? org.seastate.io.Numbers.format(l.asDouble()) : l.asText());
        }
      }
    }
    return out;
  }

  /** Whether the sweep gives the factor a continuous range (a sampling design). */
  public boolean continuous(String factor) {
    if (sweep != null) {
      for (JsonNode f : sweep.path("factors")) {
        if (factor.equals(f.path("path").asText())) {
          return f.has("range");
        }
      }
    }
    return levels(factor).size() > 12;
  }

  /** Groups successful runs (indices) by the value of a factor, in {@link #levels} order. */
  public Map<String, List<Integer>> groupBy(String factor) {
    Map<String, List<Integer>> g = new LinkedHashMap<>();
    for (String l : levels(factor)) {
      g.put(l, new ArrayList<>());
    }
    for (int i = 0; i < size(); i++) {
      g.get(factorValue(i, factor)).add(i);
    }
    return g;
  }

  /** Groups successful runs by design point, labelled by their factor values. */
  public Map<String, List<Integer>> groupByPoint() {
    Map<Long, List<Integer>> byPoint = new java.util.TreeMap<>();
    for (int i = 0; i < size(); i++) {
      byPoint.computeIfAbsent(point(i), k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> g = new LinkedHashMap<>();
    for (Map.Entry<Long, List<Integer>> e : byPoint.entrySet()) {
      int i = e.getValue().get(0);
      StringBuilder label = new StringBuilder();
      for (String f : factors) {
        label.append(label.length() == 0 ? "" : ", ").append(shortName(f)).append('=').append(factorValue(i, f));
      }
      g.put(label.length() == 0 ? "point " + e.getKey() : label.toString(), e.getValue());
    }
    return g;
  }

  /** The last two segments of a factor path ({@code posture.resolve}, {@code jp-ph-raa.enabled}). */
  public static String shortName(String path) {
    String[] s = path.split("\\.");
    return s.length <= 2 ? path : s[s.length - 2] + "." + s[s.length - 1];
  }

  /** {@code run} or {@code sweep} (from the manifest; {@code run} without one). */
  public String kind() {
    return manifest == null ? (size() + failed > 1 ? "sweep" : "run") : manifest.path("kind").asText("run");
  }

  public String name() {
    return manifest == null ? dir.getFileName().toString() : manifest.path("name").asText(dir.getFileName().toString());
  }

  public Optional<JsonNode> manifest() {
    return Optional.ofNullable(manifest);
  }

  /** The sweep as resolved (parsed YAML), when the folder is a sweep's. */
  public Optional<JsonNode> sweep() {
    return Optional.ofNullable(sweep);
  }

  public String description() {
    if (sweep != null && !sweep.path("description").asText("").isBlank()) {
      return sweep.path("description").asText();
    }
    return "";
  }

  /** The design kind: {@code full_factorial}, {@code list}, {@code latin_hypercube}, {@code sobol}, or {@code single}. */
  public String designKind() {
    if (sweep == null || sweep.path("design").isMissingNode()) {
      return "single";
    }
    JsonNode d = sweep.path("design");
    if (d.isTextual()) {
      return d.asText();
    }
    return d.fieldNames().hasNext() ? d.fieldNames().next() : "single";
  }

  /** Factor paths in the sweep's order (falls back to the runs.csv order). */
  public List<String> sweepFactors() {
    List<String> out = new ArrayList<>();
    if (sweep != null) {
      for (JsonNode f : sweep.path("factors")) {
        out.add(f.path("path").asText());
      }
    }
    return out.isEmpty() ? factors : out;
  }

  /** The charts the sweep asks for; empty if it names none. */
  public List<ChartSpec> chartSpecs() {
    List<ChartSpec> out = new ArrayList<>();
    if (sweep == null) {
      return out;
    }
    for (JsonNode c : sweep.path("charts")) {
      String type = c.path("type").asText("");
      if (!ChartSpec.TYPES.contains(type)) {
        continue;
      }
      out.add(new ChartSpec(type, text(c, "metric"), text(c, "by")));
    }
    return out;
  }

  private static Optional<String> text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  /** The scenario as resolved (YAML text), if the manifest has it. */
  public Optional<String> scenarioYaml() {
    return manifest == null ? Optional.empty()
        : Optional.ofNullable(manifest.path("scenario").path("resolved_yaml").asText(null));
  }

  public Optional<String> sweepYaml() {
    return manifest == null ? Optional.empty()
        : Optional.ofNullable(manifest.path("sweep").path("resolved_yaml").asText(null));
  }

  /** Days simulated by the longest run (for shares of time). */
  public double daysSimulated(int i) {
    return metrics.contains("days_simulated") ? value(i, "days_simulated") : Double.NaN;
  }
}
