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
  }

  @Test
  void shardsStayCsvAndMergeWritesParquet() throws IOException {
    Cli.Result r = Cli.run("sweep", TINY, "--days", "2", "--shard", "0/2", "--format", "parquet", "--out",
        tmp.resolve("refused").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--format parquet is for whole sweeps");
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      Path part = tmp.resolve("part-" + k);
      sweepShard(part, k);
      parts.add(part.toString());
    }
    Path merged = tmp.resolve("merged-parquet");
    List<String> args = new ArrayList<>(List.of("merge", "--no-report", "--format", "parquet", "--out", merged.toString()));
    args.addAll(parts);
    r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(merged.resolve("runs.parquet")).exists();
    assertThat(merged.resolve("runs.csv")).doesNotExist();
    assertThat(ResultsReader.read(merged.resolve("runs.csv")).size()).isEqualTo(12);
    assertThat(fields(merged, "runs")).as("merge types the factors as the sweep does").isEqualTo(fields("runs"));

    r = Cli.run("merge", "--no-report", "--out", tmp.resolve("merged-again").toString(), merged.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("holds Parquet tables");
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

  static void sweepShard(Path part, int k) {
    Cli.Result r = Cli.run("sweep", TINY, "--days", "2", "--threads", "2", "--quiet", "--no-report", "--shard",
        k + "/2", "--out", part.toString());
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
