package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.CsvTable;
import org.seastate.io.ParquetTables;
import org.seastate.io.ResultsReader;

/**
 * {@code --format parquet}: the tiny sweep written once as CSV and once as Parquet, in-process.
 * The Parquet tables must hold the CSV's values, typed, in a fifth of the bytes, and the analysis
 * commands must read them.
 */
class ParquetOutputTest {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";
  static final List<String> TABLES = List.of("runs", "metrics", "timeseries", "events", "points");
  static final String RAA = "agreements.jp-ph-raa.enabled";

  @TempDir static Path tmp;
  static Path csv;
  static Path parquet;

  @BeforeAll
  static void sweeps() {
    csv = tmp.resolve("csv");
    parquet = tmp.resolve("parquet");
    // 20 days: enough rows that the tables, not Parquet's per-column footer, dominate the size
    sweep(csv, "--format", "csv");
    sweep(parquet, "--format", "parquet");
  }

  static void sweep(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", TINY, "--days", "20", "--threads", "2", "--quiet",
        "--no-report", "--out", out.toString()));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void parquetTablesHoldTheValuesOfTheCsvColumnByColumn() throws IOException {
    for (String t : TABLES) {
      assertThat(parquet.resolve(t + ".csv")).as("a Parquet folder has no CSV tables").doesNotExist();
      CsvTable want = ResultsReader.read(csv.resolve(t + ".csv"));
      CsvTable got = ParquetTables.read(parquet.resolve(t + ".parquet"), r -> true);
      assertThat(got.columns()).as(t).isEqualTo(want.columns());
      assertThat(got.size()).as(t).isEqualTo(want.size()).isPositive();
      for (int c = 0; c < want.columns().size(); c++) {
        assertThat(column(got, c)).as(t + "." + want.columns().get(c)).isEqualTo(column(want, c));
      }
    }
  }

  @Test
  void columnsAreTyped() throws IOException {
    Map<String, Type> runs = fields("runs");
    assertThat(primitive(runs, "run_id")).isEqualTo(PrimitiveTypeName.INT64);
    assertThat(primitive(runs, "seed")).isEqualTo(PrimitiveTypeName.INT64);
    assertThat(runs.get("seed").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.intType(64, false));
    assertThat(primitive(runs, RAA)).isEqualTo(PrimitiveTypeName.BOOLEAN);
    assertThat(primitive(runs, "nations.CN.posture.resolve")).isEqualTo(PrimitiveTypeName.DOUBLE);
    assertThat(primitive(runs, "episodes_total")).isEqualTo(PrimitiveTypeName.DOUBLE);
    assertThat(runs.get("status").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
    Map<String, Type> series = fields("timeseries");
    assertThat(primitive(series, "day")).isEqualTo(PrimitiveTypeName.INT32);
    assertThat(primitive(series, "value")).isEqualTo(PrimitiveTypeName.DOUBLE);
    assertThat(series.get("series").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
  }

  @Test
  void parquetIsAtMostAFifthOfTheCsv() throws IOException {
    long csvBytes = 0;
    long parquetBytes = 0;
    for (String t : TABLES) {
      csvBytes += Files.size(csv.resolve(t + ".csv"));
      parquetBytes += Files.size(parquet.resolve(t + ".parquet"));
    }
    assertThat(parquetBytes * 5).as(parquetBytes + " vs " + csvBytes + " bytes").isLessThanOrEqualTo(csvBytes);
  }

  @Test
  void compareAndReportReadAParquetFolder() throws IOException {
    for (Path dir : List.of(csv, parquet)) {
      Cli.Result r = Cli.run("compare", dir.toString(), "--by", RAA);
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
      r = Cli.run("report", dir.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
      assertThat(dir.resolve("report.html")).exists();
    }
    assertThat(Files.readString(parquet.resolve("comparison.csv"))).isEqualTo(Files.readString(csv.resolve("comparison.csv")));
    assertThat(chartNames(parquet)).as("the same charts, the time series of timeseries.parquet included")
        .isEqualTo(chartNames(csv)).anyMatch(n -> n.contains("timeseries-tension"));
  }

  static List<String> chartNames(Path dir) throws IOException {
    try (var s = Files.list(dir.resolve("charts"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void parquetShardsMergeIntoTheFilesOfCsvShards() throws IOException {
    List<String> csvParts = new ArrayList<>();
    List<String> parquetParts = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      Path part = tmp.resolve("part-" + k);
      sweepShard(part, k);
      csvParts.add(part.toString());
      Path pq = tmp.resolve("parquet-part-" + k);
      sweepShard(pq, k, "--format", "parquet");
      assertThat(pq.resolve("runs.parquet")).exists();
      assertThat(pq.resolve("runs.csv")).doesNotExist();
      parquetParts.add(pq.toString());
    }
    Path fromCsv = merge(tmp.resolve("merged-csv"), csvParts);
    Path fromParquet = merge(tmp.resolve("merged-from-parquet"), parquetParts);
    for (String t : TABLES) {
      assertThat(Files.mismatch(fromCsv.resolve(t + ".csv"), fromParquet.resolve(t + ".csv")))
          .as(t + ".csv merged from Parquet parts is the one merged from CSV parts").isEqualTo(-1L);
    }
    assertThat(Files.readString(fromParquet.resolve("manifest.json"))).doesNotContain("\"format\" : \"parquet\"");
    assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".parts-"));

    Path mixed = merge(tmp.resolve("merged-parquet"), List.of(parquetParts.get(0), csvParts.get(1)),
        "--format", "parquet");
    assertThat(mixed.resolve("runs.parquet")).exists();
    assertThat(mixed.resolve("runs.csv")).doesNotExist();
    assertThat(ResultsReader.read(mixed.resolve("runs.csv")).size()).isEqualTo(12);
    assertThat(fields(mixed, "runs")).as("merge types the factors as the sweep does").isEqualTo(fields("runs"));
    Path again = merge(tmp.resolve("merged-again"), List.of(mixed.toString()));
    assertThat(Files.mismatch(fromCsv.resolve("events.csv"), again.resolve("events.csv"))).isEqualTo(-1L);
  }

  static Path merge(Path out, List<String> parts, String... more) {
    List<String> args = new ArrayList<>(List.of("merge", "--no-report", "--out", out.toString()));
    args.addAll(List.of(more));
    args.addAll(parts);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    return out;
  }

  @Test
  void theSweepFileChoosesTheFormatAndTheOptionOverridesIt() throws IOException {
    String base = Path.of("scenarios/raa-2025.yaml").toAbsolutePath().toString().replace('\\', '/');
    String text = "name: fmt\nbase: " + base + "\nfactors:\n  - path: " + RAA + "\n    levels: [true, false]\n"
        + "replicates: 1\nformat: parquet\n";
    Path file = tmp.resolve("fmt.yaml");
    Files.writeString(file, text);
    Path fromFile = tmp.resolve("fmt-file");
    Cli.Result r = Cli.run("sweep", file.toString(), "--days", "2", "--quiet", "--no-report", "--out", fromFile.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(fromFile.resolve("runs.parquet")).exists();
    assertThat(fromFile.resolve("runs.csv")).doesNotExist();
    assertThat(Files.readString(fromFile.resolve("manifest.json"))).contains("format: parquet");

    Path overridden = tmp.resolve("fmt-option");
    r = Cli.run("sweep", file.toString(), "--days", "2", "--quiet", "--no-report", "--format", "csv", "--out",
        overridden.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(overridden.resolve("runs.csv")).exists();
    assertThat(overridden.resolve("runs.parquet")).doesNotExist();
    assertThat(Files.readString(overridden.resolve("manifest.json"))).contains("format: csv");

    Files.writeString(file, text.replace("format: parquet", "format: xlsx"));
    Path refused = tmp.resolve("fmt-refused");
    r = Cli.run("sweep", file.toString(), "--days", "2", "--quiet", "--no-report", "--out", refused.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("fmt.yaml:7:9").contains("xlsx").contains("csv").contains("parquet")
        .doesNotContain("Exception");
    assertThat(refused).doesNotExist();
  }

  @Test
  void runWritesParquet() {
    Path out = tmp.resolve("one-run");
    Cli.Result r = Cli.run("run", "scenarios/raa-2025.yaml", "--days", "3", "--format", "parquet", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    for (String t : List.of("runs", "metrics", "timeseries", "events")) {
      assertThat(out.resolve(t + ".parquet")).exists();
      assertThat(out.resolve(t + ".csv")).doesNotExist();
    }
    assertThat(ResultsReader.read(out.resolve("runs.csv")).get(0, "status")).isEqualTo("ok");
  }

  static void sweepShard(Path part, int k, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", TINY, "--days", "2", "--threads", "2", "--quiet",
        "--no-report", "--shard", k + "/2", "--out", part.toString()));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
  }

  static List<String> column(CsvTable t, int c) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      out.add(t.get(r, c));
    }
    return out;
  }

  static Map<String, Type> fields(String table) throws IOException {
    return fields(parquet, table);
  }

  static Map<String, Type> fields(Path dir, String table) throws IOException {
    MessageType schema = blue.strategic.parquet.ParquetReader.readMetadata(dir.resolve(table + ".parquet").toFile())
        .getFileMetaData().getSchema();
    return schema.getFields().stream().collect(Collectors.toMap(Type::getName, f -> f));
  }

  static PrimitiveTypeName primitive(Map<String, Type> fields, String name) {
    return fields.get(name).asPrimitiveType().getPrimitiveTypeName();
  }
}
