package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final List<String> CSV = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv");

  private static Cli.Result run(String... args) {
    return ScenarioCommandsTest.run(args);
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws IOException {
    String scenario = "scenarios/baseline-2023.yaml";
    assertThat(run("run", scenario, "--seed", "1", "--days", "30", "--out", tmp.resolve("a").toString()).exit()).isZero();
    assertThat(run("run", scenario, "--seed", "1", "--days", "30", "--out", tmp.resolve("b").toString()).exit()).isZero();
    assertThat(run("run", scenario, "--seed", "2", "--days", "30", "--out", tmp.resolve("c").toString()).exit()).isZero();
    for (String f : CSV) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
    }
    assertThat(tmp.resolve("a").resolve("manifest.json")).exists();
    assertThat(Files.readString(tmp.resolve("c/events.csv"))).isNotEqualTo(Files.readString(tmp.resolve("a/events.csv")));
  }

  @Test
  void refusesToOverwriteWithoutForceAndLeavesTheFolderAsItWas(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("r");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli.Result r = run("run", "scenarios/baseline-2023.yaml", "--days", "3", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("already exists").contains("--force").doesNotContain("\tat ");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    try (var s = Files.list(tmp)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith(".")).toList()).as("no staging left").isEmpty();
    }
    assertThat(run("run", "scenarios/baseline-2023.yaml", "--days", "3", "--out", out.toString(), "--force").exit()).isZero();
    assertThat(out.resolve("notes.txt")).doesNotExist();
    assertThat(out.resolve("runs.csv")).exists();
  }

  @Test
  void badInputIsOneClearLineAndExitTwo(@TempDir Path tmp) {
    Cli.Result days = run("run", "scenarios/baseline-2023.yaml", "--days", "400", "--out", tmp.resolve("x").toString());
    assertThat(days.exit()).isEqualTo(2);
    assertThat(days.err()).contains("--days must be between 1 and 365").doesNotContain("\tat ");
    Cli.Result missing = run("run", "no/such/file.yaml");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no/such/file.yaml").doesNotContain("\tat ");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
