package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that used to crash or hang the commands (a recursive alias, a device, sizes past the
 * limits) gives exit code 2 with a located problem, and validate still checks the other files.
 */
class BadInputCommandsTest {

  private static void assertNoStackTrace(Cli.Result r) {
    assertThat(r.err() + r.out()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
  }

  private static Path loop(Path dir) throws IOException {
    Path f = dir.resolve("loop.yaml");
    Files.writeString(f, "name: loop\nloop: &a [*a]\n");
    return f;
  }

  @Test
  @Timeout(30)
  void validateReportsTheBadFileAndStillChecksTheGoodOne(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("validate", loop(dir).toString(), "/dev/zero", "scenarios/baseline-2023.yaml");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("loop.yaml:2:7: recursive alias").contains("/dev/zero: file is not a regular file");
    assertThat(r.out()).contains("baseline-2023.yaml: OK (scenario)");
    assertNoStackTrace(r);
  }

  @Test
  @Timeout(30)
  void goodFileFirstThenBadFile(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("validate", "scenarios/sweeps/raa-effect.yaml", loop(dir).toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.out()).contains("raa-effect.yaml: OK (sweep)");
    assertThat(r.err()).contains("loop.yaml: 1 problem");
  }

  @Test
  @Timeout(30)
  void describeAndRunRefuseARecursiveAliasWithoutATrace(@TempDir Path dir) throws IOException {
    Path f = loop(dir);
    for (String[] args : new String[][] {{"describe", f.toString()},
        {"run", f.toString(), "--out", dir.resolve("out").toString()}, {"describe", "/dev/urandom"}}) {
      long t0 = System.nanoTime();
      Cli.Result r = Cli.run(args);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).startsWith("error: ");
      assertNoStackTrace(r);
    }
  }

  @Test
  @Timeout(60)
  void setValuesGoThroughTheLimits(@TempDir Path dir) {
    Cli.Result r = Cli.run("run", "scenarios/baseline-2023.yaml", "--days", "1", "--out", dir.resolve("o").toString(),
        "--set", "fleets.CN.0.count=1000000000");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("fleets.CN.0.count=1000000000").contains("expected a whole number from 0 to 5,000");
    assertNoStackTrace(r);
  }
}
