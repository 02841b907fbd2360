package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.FileStats;

/** Merge refuses damaged parts, naming the part, the file and the line, and merges sound ones. */
class MergeVerifyTest {
  @TempDir static Path shared;
  static Path p0;
  static Path p1;

  @TempDir Path tmp;

  @BeforeAll
  static void parts() throws Exception {
    SweepJobTest.load();
    p0 = shared.resolve("p0");
    p1 = shared.resolve("p1");
    SweepJobTest.sweep(SweepJobTest.model(), SweepJobTest.settings(p0, 2, new ShardSpec(0, 2), false, false));
    SweepJobTest.sweep(SweepJobTest.model(), SweepJobTest.settings(p1, 2, new ShardSpec(1, 2), false, false));
  }

  /** A copy of part 0 to damage. */
  Path copy() throws IOException {
    Path c = tmp.resolve("damaged");
    Files.createDirectories(c);
    try (var s = Files.list(p0)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Files.copy(f, c.resolve(f.getFileName()));
      }
    }
    return c;
  }

  AbstractThrowableAssert<?, ? extends Throwable> merging(Path damaged, String file) {
    return assertThatThrownBy(() -> Merge.merge(List.of(damaged, p1), tmp.resolve("m"), false, List.of(), "t", "t"))
        .isInstanceOf(SweepException.class)
        .hasMessageStartingWith("part " + damaged + ": " + damaged.resolve(file));
  }

  static void cut(Path file, long keep) throws IOException {
    byte[] b = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(b, (int) keep));
  }

  /** Rewrites the manifest's record of {@code file}, as if the damage had been there when it was written. */
  static void reseal(Path part, String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = (ObjectNode) json.readTree(part.resolve("manifest.json").toFile());
    FileStats st = FileStats.of(part.resolve(file));
    ObjectNode f = (ObjectNode) m.path("files").path(file);
    f.put("rows", st.rows());
    f.put("sha256", st.sha256());
    json.writeValue(part.resolve("manifest.json").toFile(), m);
  }

  static void dropRows(Path file, Predicate<String> drop) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>(lines.subList(0, 1));
    lines.subList(1, lines.size()).stream().filter(drop.negate()).forEach(kept::add);
    Files.write(file, (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void soundPartsMergeAndTheMergedManifestRecordsItsFiles() throws Exception {
    Path m = tmp.resolve("m");
    assertThat(Merge.merge(List.of(p0, p1), m, false, List.of(), "t", "t")).isEqualTo(12);
    assertThat(ResultsCheck.verify(m, "merged").path("files").path("runs.csv").path("rows").asLong()).isEqualTo(12);
  }

  @Test
  void runsCsvCutMidLine() throws Exception {
    Path d = copy();
    Path runs = d.resolve("runs.csv");
    cut(runs, Files.size(runs) - 20);
    merging(d, "runs.csv").hasMessageContaining("line 7 has").hasMessageContaining("values, expected");
    assertThat(tmp.resolve("m")).doesNotExist();
  }

  @Test
  void metricsCsvCutInHalfOrEmpty() throws Exception {
    Path d = copy();
    Path metrics = d.resolve("metrics.csv");
    cut(metrics, Files.size(metrics) / 2);
    merging(d, "metrics.csv");
    cut(metrics, 0);
    merging(d, "metrics.csv").hasMessageContaining("is empty (no header row)");
  }

  @Test
  void lastEventsRowCut() throws Exception {
    Path d = copy();
    Path events = d.resolve("events.csv");
    assertThat(Files.readAllLines(events)).as("the tiny sweep has events").hasSizeGreaterThan(2);
    cut(events, Files.size(events) - 6);
    merging(d, "events.csv");
  }

  @Test
  void oneRunsEventsDeleted() throws Exception {
    Path d = copy();
    Path events = d.resolve("events.csv");
    String run = Files.readAllLines(events).get(1).split(",")[0];
    dropRows(events, l -> l.startsWith(run + ","));
    merging(d, "events.csv").hasMessageContaining("rows, manifest.json says");
  }

  @Test
  void aMissingRunsRowsAreFoundEvenWithAMatchingChecksum() throws Exception {
    Path d = copy();
    dropRows(d.resolve("timeseries.csv"), l -> l.startsWith("4,"));
    reseal(d, "timeseries.csv");
    merging(d, "timeseries.csv").hasMessageContaining("has no rows for run 4, which has status ok in runs.csv");
  }

  @Test
  void unsortedTables() throws Exception {
    Path d = copy();
    Path series = d.resolve("timeseries.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(series));
    String first = lines.remove(1);
    lines.add(first); // run 0's first row at the end
    Files.write(series, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    merging(d, "timeseries.csv").hasMessageContaining("not sorted");
    reseal(d, "timeseries.csv");
    merging(d, "timeseries.csv").hasMessageContaining("line " + lines.size() + " run 0 comes after run")
        .hasMessageContaining("not sorted by run id");
  }

  @Test
  void aMissingFileIsNamed() throws Exception {
    Path d = copy();
    Files.delete(d.resolve("timeseries.csv"));
    merging(d, "timeseries.csv").hasMessageEndingWith("timeseries.csv is missing");
  }
}
