package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioCommandsTest {

  static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  private static void assertNoStackTrace(Cli.Result r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void validatesAllStarterFiles() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    try (Stream<Path> a = Files.list(Path.of("scenarios")); Stream<Path> b = Files.list(Path.of("scenarios/sweeps"))) {
      Stream.concat(a, b).filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
    }
    Cli.Result r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("baseline-2023.yaml: OK (scenario)", "raa-effect.yaml: OK (sweep)");
    assertThat(r.out().lines().count()).isEqualTo(args.size() - 1);
  }

  @Test
  void badFileGivesExitTwoAndLocatedProblems() {
    Cli.Result r = run("validate", "scenarios/baseline-2023.yaml", "src/test/resources/scenarios/bad/unknown-key.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.out()).contains("baseline-2023.yaml: OK");
    assertThat(r.err()).contains("unknown-key.yaml:7:5: unknown key 'cruise_knots' in vessel class")
        .contains("did you mean 'cruise_kn'?");
    assertNoStackTrace(r);
  }

  @Test
  void everyBadFileGivesExitTwoWithoutStackTrace() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/scenarios/bad"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).toList()) {
        Cli.Result r = run("describe", p.toString());
        assertThat(r.exit()).as(p + ": " + r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("error: ");
        assertNoStackTrace(r);
      }
    }
  }

  @Test
  void featureOnLandIsRefusedWithTheTheaterRaster() {
    Cli.Result r = run("validate", "src/test/resources/scenarios/bad/feature-on-land.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("feature-on-land.yaml:8:10: place 'inland-shoal' at 15.000,121.000 is on land");
  }

  @Test
  void missingFileGivesExitTwo() {
    Cli.Result r = run("validate", "no/such/file.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("file.yaml: file not found");
    assertNoStackTrace(r);
  }

  @Test
  void describePrintsTheResolvedScenario() {
    Cli.Result r = run("describe", "scenarios/no-raa-2025.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("name: no-raa-2025", "us-ph-mdt:", "rationality:").doesNotContain("extends");
  }

  @Test
  void describeOfASweepPrintsSweepAndBase() {
    Cli.Result r = run("describe", "scenarios/sweeps/raa-effect.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("name: raa-effect", "\n---\n", "name: raa-2025");
  }

  @Test
  void schemaPrintsJsonSchema() {
    Cli.Result r = run("schema");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"", "cruise_kn");
    Cli.Result s = run("schema", "--sweep");
    assertThat(s.out()).contains("latin_hypercube").doesNotContain("cruise_kn");
  }
}
