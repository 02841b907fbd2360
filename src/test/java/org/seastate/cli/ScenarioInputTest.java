package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The scenario options are one mixin: the same options, texts, typing and errors in every command. */
class ScenarioInputTest {

  private static final List<String> COMMANDS = List.of("run", "calibrate", "gui");

  @Test
  void everyCommandThatRunsAScenarioHasTheSameScenarioOptions() {
    CommandLine root = SeaStateCommand.commandLine();
    for (String name : COMMANDS) {
      CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
      assertThat(spec.mixins()).as(name).containsKey("input");
      PositionalParamSpec file = spec.positionalParameters().get(0);
      assertThat(file.paramLabel()).as(name).isEqualTo("SCENARIO");
      assertThat(file.description()).as(name).containsExactly("scenario file (.yaml)");
      assertThat(file.arity().min).as(name + ": SCENARIO is required").isEqualTo(1);
      assertSetOption(name, spec);
    }
    // snapshot's scenario is optional, so it takes --set alone, from the same mixin
    CommandSpec snapshot = root.getSubcommands().get("snapshot").getCommandSpec();
    assertThat(snapshot.mixins()).containsKey("changes");
    assertSetOption("snapshot", snapshot);
  }

  private static void assertSetOption(String name, CommandSpec spec) {
    OptionSpec set = spec.findOption("--set");
    assertThat(set).as(name).isNotNull();
    assertThat(set.paramLabel()).isEqualTo("PATH=VALUE");
    assertThat(set.description()).containsExactly(
        "change a scenario parameter, e.g. nations.CN.posture.resolve=2.0 (repeatable)");
  }

  @Test
  void setValuesAreTypedAndAppliedOnTopOfTheFile() {
    ScenarioInput input = new ScenarioInput();
    new CommandLine(input).parseArgs("scenarios/baseline-2023.yaml", "--set", "nations.CN.posture.resolve=2.5",
        "--set", "agreements.jp-au-raa.enabled=false");
    ScenarioInput.Loaded loaded = input.load();
    assertThat(loaded.factors()).containsExactly(Map.entry("nations.CN.posture.resolve", 2.5),
        Map.entry("agreements.jp-au-raa.enabled", false));
    assertThat(loaded.scenario().nations().get("CN").posture().resolve()).isEqualTo(2.5);
    assertThat(loaded.base().nations().get("CN").posture().resolve()).isNotEqualTo(2.5);
    assertThat(ScenarioInput.load(Path.of("scenarios/baseline-2023.yaml")).scenario()).isEqualTo(loaded.base());
  }

  @Test
  void aBadSetPathIsTheSameUserErrorInEachCommand(@TempDir Path dir) {
    // gui is left out: without a display it stops before it loads anything
    String[] bad = {"scenarios/baseline-2023.yaml", "--set", "nations.XX.posture.resolve=1"};
    List<String[]> calls = List.of(
        new String[] {"run", bad[0], bad[1], bad[2], "--out", dir.resolve("run").toString()},
        new String[] {"calibrate", bad[0], bad[1], bad[2], "--out", dir.resolve("cal").toString(), "--observations",
            "src/main/resources/org/seastate/analysis/observations-amti.csv"});
    String message = null;
    for (String[] args : calls) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(args[0] + ": " + r.err()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).as(args[0]).startsWith("error: ").contains("nations.XX.posture.resolve")
          .doesNotContain("\tat ");
      if (message == null) {
        message = r.err();
      }
      assertThat(r.err()).as(args[0]).isEqualTo(message);
    }
  }
}
