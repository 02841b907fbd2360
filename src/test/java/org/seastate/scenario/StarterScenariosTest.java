package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StarterScenariosTest {

  static final Path DIR = Path.of("scenarios");
  private final ScenarioLoader loader = new ScenarioLoader(p -> false);

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static Stream<Path> sweeps() throws IOException {
    try (Stream<Path> s = Files.list(DIR.resolve("sweeps"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theStarterFilesAreThere() throws IOException {
    assertThat(scenarios().map(p -> p.getFileName().toString()))
        .contains("baseline-2023.yaml", "raa-2025.yaml", "no-raa-2025.yaml", "squad-2026.yaml");
    assertThat(sweeps().map(p -> p.getFileName().toString())).contains("raa-effect.yaml", "sensitivity.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void startsWithTheSchemaModeline(Path file) throws IOException {
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=schema.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void roundTripsThroughDescribe(Path file, @TempDir Path tmp) throws IOException {
    Scenario s = loader.loadScenario(file);
    Path out = tmp.resolve("described.yaml");
    Files.writeString(out, ScenarioWriter.toYaml(s));
    Scenario again = loader.loadScenario(out);
    assertThat(again).isEqualTo(s);
    assertThat(ScenarioWriter.toYaml(again)).isEqualTo(ScenarioWriter.toYaml(s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sweeps")
  void sweepsLoadWithTheirBase(Path file) {
    ScenarioLoader.LoadedSweep ls = loader.loadSweep(file);
    Path baseFile = ls.sweep().base();
    assertThat(ls.base()).isEqualTo(loader.loadScenario(baseFile));
    for (Factor f : ls.sweep().factors()) {
      assertThat(loader.checkPath(ls.base(), f.path())).isNull();
    }
  }

  @Test
  void baselineHasTheDocumentedContent() {
    Scenario s = loader.loadScenario(DIR.resolve("baseline-2023.yaml"));
    assertThat(s.horizon().days()).isEqualTo(365);
    assertThat(s.nations().keySet()).containsExactly("CN", "PH", "VN", "MY", "JP", "US", "AU");
    assertThat(s.nation("CN").claim()).isEqualTo(Claim.DASHED_LINE);
    assertThat(s.nation("US").claim()).isEqualTo(Claim.NONE);
    Effect.DefenseCommitment mdt = s.agreements().get("us-ph-mdt").effects(Effect.DefenseCommitment.class).get(0);
    assertThat(mdt.coverage()).containsExactlyInAnyOrder(Agency.NAVY, Agency.COAST_GUARD);
    assertThat(s.policy("PH").resupply().get(0).boats()).isEqualTo(2);
    assertThat(s.policy("CN").swarms().stream().mapToInt(Policy.Swarm::vessels).sum()).isEqualTo(195);
    assertThat(s.agreements().get("jp-au-raa").inForce()).hasToString("2023-08-13");
    // defaults are filled in
    assertThat(s.escalation().effect().toArray()).hasSize(8);
    assertThat(s.metrics().presenceRadiusNm()).isEqualTo(12.0);
  }

  /** baseline-2022 changes only what was different in 2022; agreements go by their dates. */
  @Test
  void baseline2022DiffersFrom2023OnlyByDate() {
    Scenario y23 = loader.loadScenario(DIR.resolve("baseline-2023.yaml"));
    Scenario y22 = loader.loadScenario(DIR.resolve("baseline-2022.yaml"));
    assertThat(y22.horizon().start()).hasToString("2022-01-01");
    assertThat(y22.horizon().end()).hasToString("2022-12-31");
    assertThat(y22.agreements()).isEqualTo(y23.agreements());
    assertThat(y22.agreements().values().stream().filter(a -> !a.inForceOn(y22.horizon().end())).map(Agreement::id))
        .containsExactlyInAnyOrder("edca-2023-sites", "jp-au-raa", "joint-sail-2023");
    assertThat(y22.agreements().values().stream().filter(a -> !a.inForceOn(y22.horizon().start())).map(Agreement::id))
        .containsExactlyInAnyOrder("edca-2023-sites", "jp-au-raa", "joint-sail-2023");
    // the PH fleet is repeated (lists are replaced as a whole): the same but for the 97-m cutters' date
    List<FleetEntry> ph = y22.fleets().get("PH");
    assertThat(ph.get(0).from()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2022));
    assertThat(ph.stream().map(f -> new FleetEntry(f.vesselClass(), f.count(), f.homePort(), java.util.Optional.empty())))
        .containsExactlyElementsOf(y23.fleets().get("PH"));
    Map<String, List<FleetEntry>> fleets = new LinkedHashMap<>(y22.fleets());
    fleets.put("PH", y23.fleets().get("PH"));
    Scenario same = new Scenario(y23.name(), y23.description(), y22.theater(), y23.horizon(), y22.places(),
        y22.nations(), y22.vesselClasses(), fleets, y22.policies(), y22.agreements(), y22.events(), y22.escalation(),
        y22.metrics());
    assertThat(same).isEqualTo(y23);
  }

  @Test
  void inheritanceMergesMapsAndReplacesLists() {
    Scenario raa = loader.loadScenario(DIR.resolve("raa-2025.yaml"));
    Scenario noRaa = loader.loadScenario(DIR.resolve("no-raa-2025.yaml"));
    Scenario squad = loader.loadScenario(DIR.resolve("squad-2026.yaml"));
    assertThat(raa.agreements()).containsKeys("us-ph-mdt", "jp-ph-raa", "cn-ph-provisional-arrangement");
    assertThat(raa.horizon().start()).hasToString("2025-09-11");
    assertThat(raa.agreements().get("jp-ph-raa").enabled()).isTrue();
    assertThat(noRaa.agreements().get("jp-ph-raa").enabled()).isFalse();
    assertThat(noRaa.agreements().get("jp-ph-raa").effects()).hasSize(3);
    var patrols = squad.agreements().get("squad-mmca").effects(Effect.JointPatrols.class);
    assertThat(patrols).hasSize(1);
    assertThat(patrols.get(0).perMonth()).isEqualTo(1.0);
    assertThat(squad.nations()).isEqualTo(raa.nations());
  }

  @Test
  void overridesChangeOneValueAndNothingElse() {
    Scenario raa = loader.loadScenario(DIR.resolve("raa-2025.yaml"));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("nations.CN.posture.resolve", 2.0);
    o.put("agreements.jp-ph-raa.enabled", false);
    o.put("policies.CN.interdiction.intensity", 0.4);
    o.put("escalation.rationality", 1);
    Scenario changed = loader.withOverrides(raa, o);
    assertThat(changed.nation("CN").posture().resolve()).isEqualTo(2.0);
    assertThat(changed.agreements().get("jp-ph-raa").enabled()).isFalse();
    assertThat(changed.policy("CN").interdiction().intensity()).isEqualTo(0.4);
    assertThat(changed.escalation().rationality()).isEqualTo(1.0);
    assertThat(changed.vesselClasses()).isEqualTo(raa.vesselClasses());
    assertThat(loader.withOverrides(changed, Map.of(
        "nations.CN.posture.resolve", raa.nation("CN").posture().resolve(),
        "agreements.jp-ph-raa.enabled", true,
        "policies.CN.interdiction.intensity", raa.policy("CN").interdiction().intensity(),
        "escalation.rationality", raa.escalation().rationality()))).isEqualTo(raa);
    assertThat(loader.withOverrides(raa, Map.of())).isSameAs(raa);
  }

  @Test
  void overridesRefuseUnknownPathsWithASuggestion() {
    Scenario raa = loader.loadScenario(DIR.resolve("raa-2025.yaml"));
    assertThatThrownBy(() -> loader.withOverrides(raa, Map.of("nations.CN.posture.resolv", 2.0)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("did you mean 'resolve'?");
    assertThatThrownBy(() -> loader.withOverrides(raa, Map.of("agreements.jp-ph-ra.enabled", false)))
        .hasMessageContaining("did you mean 'jp-ph-raa'?");
    assertThatThrownBy(() -> loader.withOverrides(raa, Map.of("nations.CN.posture.resolve", 9.0)))
        .hasMessageContaining("resolve must be between 0.0 and 3.0, was 9.0");
    assertThatThrownBy(() -> loader.withOverrides(raa, Map.of("nations.CN.posture.resolve", "high")))
        .hasMessageContaining("expected a number");
    assertThatThrownBy(() -> loader.withOverrides(raa, Map.of("nations.CN.posture", 1.0)))
        .hasMessageContaining("not to a single value");
  }

  @Test
  void eventsSetAllowedPaths(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("events.yaml");
    Files.writeString(f, String.join("\n",
        "extends: " + Path.of("src/test/resources/scenarios/good/minimal.yaml").toAbsolutePath(),
        "name: with-events",
        "events:",
        "  - date: 2024-02-01",
        "    description: new coast guard regulation",
        "    set: {nations.CN.posture.resolve: 1.8, agreements.mdt.enabled: false,",
        "          policies.CN.interdiction.intensity: 0.9, escalation.visibility: 0.2}",
        ""));
    Scenario s = loader.loadScenario(f);
    assertThat(s.events()).hasSize(1);
    assertThat(s.events().get(0).set()).containsEntry("nations.CN.posture.resolve", 1.8)
        .containsEntry("agreements.mdt.enabled", false);
  }

  @Test
  void sweepRecordsTheDesign() {
    Sweep headline = loader.loadSweep(DIR.resolve("sweeps/raa-effect.yaml")).sweep();
    assertThat(headline.design()).isInstanceOf(Design.FullFactorial.class);
    assertThat(headline.factors().get(0).levels()).containsExactly(true, false);
    assertThat(headline.factors().get(0).reference()).contains(false);
    assertThat(headline.commonRandomNumbers()).isTrue();
    assertThat(headline.factors().get(1).levels()).hasSize(5);
    assertThat(headline.base().normalize()).isEqualTo(Path.of("scenarios/raa-2025.yaml"));
    Sweep sobol = loader.loadSweep(DIR.resolve("sweeps/sensitivity.yaml")).sweep();
    assertThat(sobol.design()).isEqualTo(Design.sobol(128));
    assertThat(sobol.commonRandomNumbers()).as("off by default for a sampling design").isFalse();
    assertThat(sobol.factors()).allSatisfy(f -> assertThat(f.range()).isPresent());
    assertThat(sobol.factors().stream().map(Factor::path).toList()).containsExactly(
        "nations.CN.posture.resolve", "policies.CN.interdiction.intensity", "escalation.rationality",
        "escalation.w_commitment", "escalation.standoff_gain", "escalation.visibility");
    assertThat(List.of(ScenarioWriter.toYaml(sobol))).allSatisfy(y -> assertThat(y).contains("sobol"));
    Sweep discovery = loader.loadSweep(DIR.resolve("sweeps/discovery.yaml")).sweep();
    assertThat(discovery.design()).isEqualTo(Design.latinHypercube(240));
    assertThat(discovery.factors()).hasSize(9);
    assertThat(discovery.factors().stream().filter(f -> f.range().isPresent()).count()).isEqualTo(5);
  }
}
