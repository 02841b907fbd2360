package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {

  @Test
  void helpListsTheCommands() {
    Cli.Result r = ScenarioCommandsTest.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: seastate").contains("sweep").contains("run").contains("snapshot")
        .contains("gui").contains("bench").contains("validate");
  }

  @Test
  void versionNamesTheVersionAndCommit() {
    Cli.Result r = ScenarioCommandsTest.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("seastate ").contains("(commit ");
  }

  @Test
  void anUnknownCommandIsOneClearErrorAndExitTwo() {
    Cli.Result r = ScenarioCommandsTest.run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("'frobnicate'").doesNotContain("\tat ");
    assertThat(ScenarioCommandsTest.run().exit()).as("no command at all").isEqualTo(2);
  }

  @Test
  void aMisspelledCommandGetsASuggestion() {
    Cli.Result swapped = ScenarioCommandsTest.run("rnu");
    assertThat(swapped.exit()).isEqualTo(2);
    assertThat(swapped.err()).contains("Did you mean: seastate run?");
    assertThat(ScenarioCommandsTest.run("sweeep").err()).contains("seastate sweep");
    assertThat(ScenarioCommandsTest.run("comapre").err()).contains("seastate compare");
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertThat(UserErrors.BadArguments.editDistance("rnu", "run")).isEqualTo(1);
    assertThat(UserErrors.BadArguments.editDistance("snapshto", "snapshot")).isEqualTo(1);
    assertThat(UserErrors.BadArguments.editDistance("gui", "run")).isEqualTo(2);
    assertThat(UserErrors.BadArguments.editDistance("", "run")).isEqualTo(3);
  }
}
