package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.AtomicFiles;

/** What the user sees when a sweep or merge meets damage or a full disk: exit code and one line. */
class SweepFaultsCommandTest {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";
  static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv", "points.csv");

  @TempDir Path dir;

  @AfterEach
  void noFilter() {
    AtomicFiles.filter(null);
  }

  static Cli.Result sweep(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("sweep", TINY, "--days", "2", "--threads", "2",
        "--out", out.toString(), "--quiet", "--no-report"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static void assertOneLine(Cli.Result r) {
    assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  static void assertSameFiles(Path a, Path b) throws IOException {
    for (String f : FILES) {
      assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void aDamagedPartIsExitCodeTwoNamingPartFileAndLine() throws Exception {
    Path p0 = dir.resolve("p0");
    Path p1 = dir.resolve("p1");
    assertThat(sweep(p0, "--shard", "0/2").exit()).isZero();
    assertThat(sweep(p1, "--shard", "1/2").exit()).isZero();
    Path runs = p1.resolve("runs.csv");
    byte[] b = Files.readAllBytes(runs);
    Files.write(runs, java.util.Arrays.copyOf(b, b.length - 30));
    Cli.Result r = Cli.run("merge", p0.toString(), p1.toString(), "--out", dir.resolve("m").toString(), "--no-report");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertOneLine(r);
    assertThat(r.err()).contains("part " + p1 + ": " + runs + " line 7 has ");
    Files.write(p1.resolve("metrics.csv"), new byte[0]);
    Files.write(runs, b);
    r = Cli.run("merge", p0.toString(), p1.toString(), "--out", dir.resolve("m").toString(), "--no-report");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertOneLine(r);
    assertThat(r.err()).contains(p1.resolve("metrics.csv") + " is empty");
  }

  @Test
  void aFullDiskIsOneLineExitCodeOneAndResumeCompletesTheSame() throws Exception {
    Path clean = dir.resolve("clean");
    assertThat(sweep(clean).exit()).isZero();
    Path full = dir.resolve("full");
    int[] written = {0};
    AtomicFiles.filter((file, stream) -> !file.startsWith(dir) || file.startsWith(clean) ? stream
        : new FilterOutputStream(stream) {
          @Override
          public void write(byte[] bytes, int off, int len) throws IOException {
            synchronized (written) {
              written[0] += len;
              if (written[0] > 30_000) {
                throw new IOException("No space left on device");
              }
            }
            out.write(bytes, off, len);
          }
        });
    Cli.Result r = sweep(full);
    assertThat(r.exit()).isEqualTo(ExitCode.FAILURE);
    assertOneLine(r);
    assertThat(r.err()).startsWith("error: cannot write " + dir).contains(": No space left on device");
    AtomicFiles.filter(null);
    r = sweep(full, "--resume");
    assertThat(r.exit()).as(r.err()).isZero();
    assertSameFiles(clean, full);
  }

  @Test
  void aSweepKilledBeforeItsCleanUpResumesToExitZero() throws Exception {
    Path out = dir.resolve("done");
    assertThat(sweep(out).exit()).isZero();
    String key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile())
        .path("settings").path("sweep_key").asText();
    Files.createDirectories(dir.resolve(".done.partial/spool"));
    Files.writeString(dir.resolve(".done.partial/sweep-key"), key + "\n");
    byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
    Cli.Result r = sweep(out, "--resume");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve(".done.partial")).doesNotExist();
    assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(runs);
  }
}
