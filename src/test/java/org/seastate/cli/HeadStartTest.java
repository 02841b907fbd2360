package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.scenario.ScenarioLoader;

/**
 * The head start begins only for the commands that run the model, on a thread that never keeps
 * a process alive, and its scenario is used only for the file the command parsed, once.
 */
class HeadStartTest {
  private static final String BASELINE = "scenarios/baseline-2023.yaml";

  @Test
  void modelCommandsGetAHeadStartOnADaemonThread() throws InterruptedException {
    for (String command : HeadStart.MODEL_COMMANDS) {
      Thread t = HeadStart.begin(command);
      assertThat(t).as(command).isNotNull();
      assertThat(t.isDaemon()).as(command).isTrue();
      t.join();
    }
    // the theater it prepared is the one the commands use, with the cache folder attached
    assertThat(Theaters.standard().navigation().store().toString()).contains("test-cache");
  }

  @Test
  void otherCommandsAndNoCommandGetNone() {
    for (String command : new String[] {"report", "chart", "validate", "merge", "help", "--version", "rnu"}) {
      assertThat(HeadStart.begin(command, BASELINE)).as(command).isNull();
    }
    assertThat(HeadStart.begin()).isNull();
    assertThat(HeadStart.MODEL_COMMANDS).allMatch(SeaStateCommand.SUBCOMMANDS::contains);
    assertThat(HeadStart.SCENARIO_COMMANDS).allMatch(HeadStart.MODEL_COMMANDS::contains);
  }

  @Test
  void theScenarioArgumentIsTheFirstExistingYamlFileAfterTheCommand(@TempDir Path tmp) throws IOException {
    Path other = Files.writeString(tmp.resolve("other.yml"), "name: x\n");
    assertThat(HeadStart.scenarioArgument("run", "--seed", "3", BASELINE, "--out", "x.yaml")).isEqualTo(Path.of(BASELINE));
    assertThat(HeadStart.scenarioArgument("run", "--set", "a.b=1", other.toString())).isEqualTo(other);
    assertThat(HeadStart.scenarioArgument("run", "missing.yaml")).isNull();
    assertThat(HeadStart.scenarioArgument("run", "--config=" + BASELINE)).isNull();
    assertThat(HeadStart.scenarioArgument("run")).isNull();
  }

  @Test
  void theScenarioReadAheadServesTheSameFileOnce() throws InterruptedException {
    HeadStart.begin("run", "--seed", "2", BASELINE).join();
    HeadStart.Early early = HeadStart.scenario(Path.of(BASELINE)).orElseThrow();
    ScenarioLoader own = new ScenarioLoader(Theaters.standard());
    assertThat(early.base()).isEqualTo(own.loadScenario(Path.of(BASELINE)));
    assertThat(HeadStart.scenario(Path.of(BASELINE))).as("handed out once").isEmpty();

    HeadStart.begin("run", BASELINE).join();
    assertThat(HeadStart.scenario(Path.of("scenarios/other.yaml"))).as("another file was parsed").isEmpty();
    assertThat(HeadStart.scenario(Path.of(BASELINE))).as("and the read-ahead is dropped").isEmpty();
  }

  @Test
  void aBadScenarioIsLeftForTheCommandToReport(@TempDir Path tmp) throws IOException, InterruptedException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: [unclosed\n");
    HeadStart.begin("run", bad.toString()).join();
    assertThat(HeadStart.scenario(bad)).isEmpty();
  }
}
