package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.sweep.DesignPoint;
import org.seastate.sweep.ModelRunner;
import org.seastate.sweep.RunSpec;

/**
 * The time series is written on a second thread: a failure there is reported like one on the
 * calling thread, naming the file, and {@code writeAll} returns only when no file is being written.
 */
class ResultsWriterFailureTest {
  private static RunRecord record;

  @BeforeAll
  static void shortRun() {
    ScenarioLoader loader = new ScenarioLoader(Theater.standard());
    Scenario s = loader.loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    record = new ModelRunner(loader, s, Theater.standard(), 5, 1).run(new RunSpec(0, DesignPoint.of(0, Map.of()), 0, 3));
  }

  @AfterEach
  void noFilter() {
    AtomicFiles.filter(null);
  }

  /** Files whose name starts with {@code table} fail like a full disk after their first bytes. */
  private static void failing(String table) {
    AtomicFiles.filter((file, out) -> !file.getFileName().toString().startsWith(table) ? out : new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    });
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean writerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("seastate-timeseries-writer") && t.isAlive());
  }

  @Test
  void aFailedTimeSeriesIsReportedNamingItsFile(@TempDir Path tmp) throws IOException {
    failing("timeseries.csv");
    assertThatThrownBy(() -> ResultsWriter.writeAll(tmp, List.of(), List.of(record)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("timeseries.csv")
        .hasMessageEndingWith("No space left on device");
    assertThat(names(tmp)).as("the other tables were written, no partial file is left")
        .containsExactly("events.csv", "metrics.csv", "runs.csv");
    assertThat(writerAlive()).isFalse();
  }

  @Test
  void aFailureOnTheCallingThreadWaitsForTheTimeSeries(@TempDir Path tmp) throws IOException {
    failing("runs.csv");
    assertThatThrownBy(() -> ResultsWriter.writeAll(tmp, List.of(), List.of(record)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("runs.csv");
    assertThat(writerAlive()).as("nothing still writing into a folder the caller will abandon").isFalse();
    assertThat(names(tmp)).containsExactly("timeseries.csv");
  }

  @Test
  void withoutFailuresTheBytesAreThoseOfOneThread(@TempDir Path tmp) throws IOException {
    ResultsWriter.writeAll(tmp, List.of(), List.of(record));
    assertThat(Files.readString(tmp.resolve("timeseries.csv")))
        .startsWith("run_id,day,date,series,value\n0,0,2023-01-01,")
        .endsWith("\n");
    assertThat(Files.readAllLines(tmp.resolve("timeseries.csv")).stream().skip(1).map(l -> l.split(",")[1]).distinct())
        .containsExactly("0", "1", "2", "3", "4");
    assertThat(names(tmp)).containsExactly("events.csv", "metrics.csv", "runs.csv", "timeseries.csv");
  }
}
