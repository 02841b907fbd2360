package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options are checked before any run starts; faults of the machine are one line, not a trace. */
class OptionChecksTest {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";

  @TempDir Path dir;

  private static void refused(Cli.Result r, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("progress");
  }

  @Test
  void aResultsFolderOntoAFileIsRefusedAtOnce() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "keep me");
    refused(Cli.run("sweep", TINY, "--out", file.toString(), "--quiet"), "--out " + file + " is a file, not a folder");
    refused(Cli.run("run", "scenarios/raa-2025.yaml", "--days", "2", "--out", file.resolve("sub").toString()),
        file + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void negativeSeedsAreRefusedNotWrapped() {
    Cli.Result r = Cli.run("run", "scenarios/raa-2025.yaml", "--days", "2", "--seed", "-1",
        "--out", dir.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("'-1' is not a seed");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void snapshotAndGuiReadSeedsTheWayRunDoes() {
    Cli.Result snap = Cli.run("snapshot", "scenarios/raa-2025.yaml", "--seed", "-3",
        "--out", dir.resolve("s.png").toString());
    assertThat(snap.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(snap.err()).contains("'-3' is not a seed");
    assertThat(dir.resolve("s.png")).doesNotExist();
    Cli.Result gui = Cli.run("gui", "scenarios/raa-2025.yaml", "--seed", "-3");
    assertThat(gui.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(gui.err()).contains("'-3' is not a seed");
  }

  @Test
  void seedsOf2To63OrMoreAreRefusedWithTheRange() {
    Cli.Result r = Cli.run("run", "scenarios/raa-2025.yaml", "--days", "2", "--seed", "9223372036854775808",
        "--out", dir.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("'9223372036854775808' is too large for a seed").contains("2^63 - 1");
    assertThat(new SeedConverter().convert("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(new SeedConverter().convert("0")).isZero();
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void threadsDaysAndEmptyShardsAreRefusedBeforeRunning() {
    refused(Cli.run("sweep", TINY, "--threads", "100000", "--out", dir.resolve("a").toString()), "--threads must be between 1 and 256");
    refused(Cli.run("sweep", TINY, "--threads", "0", "--out", dir.resolve("a").toString()), "--threads must be between 1 and 256");
    refused(Cli.run("sweep", TINY, "--days", "0", "--out", dir.resolve("a").toString()), "--days must be at least 1");
    // tiny.yaml has 12 runs: shard 12 of 1000 holds none of them
    refused(Cli.run("sweep", TINY, "--shard", "12/1000", "--days", "2", "--out", dir.resolve("a").toString()),
        "shard 12/1000 has no runs: the sweep has 12 runs");
    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void faultsOfTheMachineAreOneLineNamingThePath() {
    assertThat(UserErrors.environmentFault(new FileSystemException("/data/results/runs.csv", null,
        "No space left on device"))).isEqualTo("/data/results/runs.csv: No space left on device");
    assertThat(UserErrors.environmentFault(new java.io.UncheckedIOException(new AccessDeniedException("/data/x"))))
        .isEqualTo("permission denied: /data/x");
    assertThat(UserErrors.environmentFault(new java.nio.file.ReadOnlyFileSystemException())).contains("read-only");
    assertThat(UserErrors.environmentFault(new IllegalStateException("a bug"))).isNull();
  }
}
