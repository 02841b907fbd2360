package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.ParquetTables;
import org.seastate.io.ResultsFormat;

/** A Parquet results folder verifies against its manifest, as resume needs, and a changed byte is caught. */
class ParquetSweepTest {
  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    SweepJobTest.load();
  }

  @Test
  void aParquetFolderVerifiesAndADamagedOneDoesNot() throws Exception {
    Path out = tmp.resolve("pq");
    SweepSettings s = new SweepSettings(out, false, false, ShardSpec.ALL, 2, false, SweepJobTest.DAYS,
        List.of("test"), "test", "test", ResultsFormat.PARQUET);
    SweepJob.Result r = SweepJobTest.sweep(SweepJobTest.model(), s);
    assertThat(r.complete()).isTrue();
    assertThat(ParquetTables.rows(out.resolve("runs.parquet"))).isEqualTo(12);
    assertThat(ResultsCheck.verify(out, "results folder").path("settings").path("format").asText()).isEqualTo("parquet");

    // a finished folder is left alone by --resume
    SweepSettings resume = new SweepSettings(out, false, true, ShardSpec.ALL, 2, false, SweepJobTest.DAYS,
        List.of("test"), "test", "test", ResultsFormat.PARQUET);
    assertThat(SweepJobTest.sweep(SweepJobTest.model(), resume).ran()).isZero();

    Path events = out.resolve("events.parquet");
    byte[] bytes = Files.readAllBytes(events);
    bytes[bytes.length / 2] ^= 1;
    Files.write(events, bytes);
    assertThatThrownBy(() -> ResultsCheck.verify(out, "results folder"))
        .isInstanceOf(SweepException.class).hasMessageContaining("events.parquet");
  }
}
