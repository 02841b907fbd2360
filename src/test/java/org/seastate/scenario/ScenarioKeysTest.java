package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys of the escalation, reporting and blockade parts of the format: each loads with its
 * default and with a value, survives a round trip through {@link ScenarioWriter}, and the
 * live ones can be set by dated events.
 */
class ScenarioKeysTest {

  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/good/minimal.yaml").toAbsolutePath();
  private static final double[] DEFAULT_REPORTS = {0, 0, 0, 0.3, 0.8, 0.95, 1.0, 1.0};

  private final ScenarioLoader loader = new ScenarioLoader(p -> false);

  @TempDir
  Path tmp;

  /** The minimal scenario with {@code lines} laid over it. */
  private Scenario load(String... lines) throws IOException {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, "extends: " + MINIMAL + "\nname: keys\n" + String.join("\n", lines) + "\n");
    return loader.loadScenario(f);
  }

  /** Every new key set to a value other than its default. */
  private Scenario allKeys() throws IOException {
    return load(
        "nations:",
        "  PH: {posture: {publicity: 0.9}}",
        "policies:",
        "  CN:",
        "    blockades:",
        "      - {feature: second-thomas-shoal, probability: 0.7}",
        "      - {feature: scarborough-shoal, band_nm: 12, probability: 0.4, vessels: 2}",
        "agreements:",
        "  mdt:",
        "    effects:",
        "      - defense_commitment: {guarantor: US, protectee: PH, coverage: [navy], threshold: 5}",
        "escalation:",
        "  w_commitment: 2.0",
        "  reciprocity: 1.2",
        "  standoff_gain: 0.6",
        "  target_risk: {supply: 0.5, navy: 4}",
        "metrics:",
        "  report_probability: [0, 0.1, 0.2, 0.4, 0.9, 1, 1, 1]",
        "  witness_report_probability: 0.5");
  }

  @Test
  void newKeysHaveTheirDefaults() throws IOException {
    Scenario s = load();
    EscalationSettings e = s.escalation();
    assertThat(e.wCommitment()).isEqualTo(3.0);
    assertThat(e.reciprocity()).isEqualTo(0.5);
    assertThat(e.standoffGain()).isEqualTo(0.3);
    assertThat(e.targetRisk()).isEmpty();
    assertThat(e.targetRiskOf(Agency.SUPPLY)).isEqualTo(1.0);
    assertThat(s.nation("PH").posture().publicity()).isEqualTo(0.2);
    assertThat(s.nation("CN").posture().publicity()).isEqualTo(0.2);
    assertThat(s.agreements().get("mdt").effects(Effect.DefenseCommitment.class).get(0).threshold()).isEqualTo(7);
    assertThat(s.policy("CN").blockades()).isEmpty();
    assertThat(s.metrics().reportProbability().toArray()).containsExactly(DEFAULT_REPORTS);
    assertThat(s.metrics().reportProbability(4)).isEqualTo(0.8);
    assertThat(s.metrics().witnessReport()).isEqualTo(0.2);
  }

  @Test
  void newKeysLoadTheirValues() throws IOException {
    Scenario s = allKeys();
    EscalationSettings e = s.escalation();
    assertThat(e.wCommitment()).isEqualTo(2.0);
    assertThat(e.reciprocity()).isEqualTo(1.2);
    assertThat(e.standoffGain()).isEqualTo(0.6);
    assertThat(e.targetRisk()).containsExactly(Map.entry(Agency.NAVY, 4.0), Map.entry(Agency.SUPPLY, 0.5));
    assertThat(e.targetRiskOf(Agency.NAVY)).isEqualTo(4.0);
    assertThat(e.targetRiskOf(Agency.COAST_GUARD)).isEqualTo(1.0);
    assertThat(s.nation("PH").posture().publicity()).isEqualTo(0.9);
    assertThat(s.nation("CN").posture().publicity()).isEqualTo(0.2);
    assertThat(s.agreements().get("mdt").effects(Effect.DefenseCommitment.class).get(0).threshold()).isEqualTo(5);
    assertThat(s.policy("CN").blockades()).containsExactly(
        new Policy.Blockade("second-thomas-shoal", 20.0, 0.7, 4),
        new Policy.Blockade("scarborough-shoal", 12.0, 0.4, 2));
    assertThat(s.policy("PH").blockades()).isEmpty();
    assertThat(s.metrics().reportProbability().toArray()).containsExactly(0, 0.1, 0.2, 0.4, 0.9, 1, 1, 1);
    assertThat(s.metrics().witnessReport()).isEqualTo(0.5);
  }

  @Test
  void roundTripsWithEveryNewKey() throws IOException {
    Scenario s = allKeys();
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(yaml).contains("publicity:", "blockades:", "band_nm:", "threshold: 5", "reciprocity:",
        "standoff_gain:", "target_risk:", "report_probability:", "witness_report_probability:");
    Path out = tmp.resolve("described.yaml");
    Files.writeString(out, yaml);
    Scenario again = loader.loadScenario(out);
    assertThat(again).isEqualTo(s);
    assertThat(again.hashCode()).isEqualTo(s.hashCode());
    assertThat(ScenarioWriter.toYaml(again)).isEqualTo(yaml);
  }

  @Test
  void overridesReachTheNewKeys() throws IOException {
    Scenario s = load();
    Scenario changed = loader.withOverrides(s, Map.of(
        "escalation.standoff_gain", 0.9,
        "nations.CN.posture.publicity", 0.1,
        "nations.CN.posture.roe_cap.navy", 4,
        "policies.CN.interdiction.radius_nm", 30.0));
    assertThat(changed.escalation().standoffGain()).isEqualTo(0.9);
    assertThat(changed.nation("CN").posture().publicity()).isEqualTo(0.1);
    assertThat(changed.nation("CN").posture().roeCapOf(Agency.NAVY)).isEqualTo(4);
    assertThat(changed.policy("CN").interdiction().radiusNm()).isEqualTo(30.0);
    assertThatThrownBy(() -> loader.withOverrides(s, Map.of("escalation.standoff_gain", 1.5)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("standoff_gain must be a probability between 0 and 1, was 1.5");
  }

  @Test
  void eventsSetPostureAndEscalationKeys() throws IOException {
    Scenario s = load(
        "events:",
        "  - date: 2024-02-01",
        "    description: detention regulation; Philippine transparency policy",
        "    set: {nations.CN.posture.roe_cap.coast_guard: 6, nations.PH.posture.publicity: 0.8,",
        "          escalation.reciprocity: 1.0, escalation.standoff_gain: 0.5}");
    assertThat(s.events().get(0).set())
        .containsEntry("nations.CN.posture.roe_cap.coast_guard", 6L)
        .containsEntry("nations.PH.posture.publicity", 0.8)
        .containsEntry("escalation.reciprocity", 1.0)
        .containsEntry("escalation.standoff_gain", 0.5);
    // the event does not change the scenario itself, only the run from its date
    assertThat(s.nation("CN").posture().roeCap()).doesNotContainKey(Agency.COAST_GUARD);
  }

  @Test
  void eventValuesOutOfRangeAreRefusedWhereTheyAreWritten() {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(
        "events:",
        "  - date: 2024-02-01",
        "    description: regulation",
        "    set: {escalation.standoff_gain: 2, nations.CN.posture.roe_cap.coast_guard: 9}"));
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0)).satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.column()).isEqualTo(37);
      assertThat(p.message()).contains("value 2 of escalation.standoff_gain is not valid",
          "standoff_gain must be a probability between 0 and 1, was 2.0");
    });
    assertThat(e.problems().get(1)).satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.column()).isEqualTo(80);
      assertThat(p.message()).contains("roe_cap.coast_guard must be an escalation level from 0 to 7, was 9");
    });
  }

  @Test
  void onlyLiveKeysMayChange() {
    assertThat(ScenarioEvent.mayChange("nations.CN.posture.publicity")).isTrue();
    assertThat(ScenarioEvent.mayChange("nations.CN.posture.roe_cap.coast_guard")).isTrue();
    assertThat(ScenarioEvent.mayChange("nations.CN.posture.roe_cap.law_enforcement")).isTrue();
    assertThat(ScenarioEvent.mayChange("nations.CN.posture.roe_cap.coastguard")).isFalse();
    assertThat(ScenarioEvent.mayChange("nations.CN.posture.default_roe_cap")).isFalse();
    assertThat(ScenarioEvent.mayChange("escalation.reciprocity")).isTrue();
    assertThat(ScenarioEvent.mayChange("escalation.standoff_gain")).isTrue();
    assertThat(ScenarioEvent.mayChange("escalation.target_risk.navy")).isFalse();
    assertThat(ScenarioEvent.mayChange("policies.CN.blockades.0.probability")).isTrue();
    assertThat(ScenarioEvent.mayChange("policies.CN.blockades.0.vessels")).isFalse();
    assertThat(ScenarioEvent.mayChange("policies.CN.presence.01.ships")).isFalse();
    assertThat(LiveParameter.templates()).contains("nations.<code>.posture.publicity",
        "nations.<code>.posture.roe_cap.<agency>");
  }

  @Test
  void recordsCopyAndCompareByValue() {
    double[] reports = DEFAULT_REPORTS.clone();
    MetricSettings m = new MetricSettings(12, Map.of(), 1, Map.of(), reports, 0.2);
    reports[0] = 0.5;
    m.reportProbability().toArray()[1] = 0.5;
    assertThat(m.reportProbability().toArray()).containsExactly(DEFAULT_REPORTS);
    assertThat(m).isEqualTo(new MetricSettings(12, Map.of(), 1)).hasSameHashCodeAs(new MetricSettings(12, Map.of(), 1));
    assertThat(m).isNotEqualTo(new MetricSettings(12, Map.of(), 1, Map.of(), DEFAULT_REPORTS, 0.3));
    assertThat(m.toString()).contains("reportProbability=[0.0, 0.0, 0.0, 0.3");
    assertThatThrownBy(() -> new MetricSettings(12, Map.of(), 1, Map.of(), new double[7], 0.2))
        .hasMessage("report_probability must list 8 values, one per level 0..7, got 7");
    assertThatThrownBy(() -> new MetricSettings(12, Map.of(), 1, Map.of(), DEFAULT_REPORTS, 1.2))
        .hasMessageContaining("witness_report_probability");

    Map<Agency, Double> risk = new EnumMap<>(Agency.class);
    risk.put(Agency.SUPPLY, 0.5);
    EscalationSettings e = escalation(risk);
    risk.put(Agency.NAVY, 3.0);
    assertThat(e.targetRisk()).containsOnlyKeys(Agency.SUPPLY);
    assertThatThrownBy(() -> e.targetRisk().put(Agency.NAVY, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(e).isEqualTo(escalation(Map.of(Agency.SUPPLY, 0.5)))
        .isNotEqualTo(escalation(Map.of()))
        .hasSameHashCodeAs(escalation(Map.of(Agency.SUPPLY, 0.5)));
    assertThat(e.toString()).contains("targetRisk={SUPPLY=0.5}");
    assertThatThrownBy(() -> escalation(Map.of(Agency.NAVY, -1.0)))
        .hasMessage("target_risk.navy must be a number >= 0, was -1.0");

    assertThat(Policy.NONE.blockades()).isEmpty();
    assertThatThrownBy(() -> new Policy.Blockade("second-thomas-shoal", 0, 0.5, 4)).hasMessageContaining("band_nm");
    assertThatThrownBy(() -> new Policy.Blockade("second-thomas-shoal", 20, 0.5, 0)).hasMessageContaining("vessels");
    assertThatThrownBy(() -> new Effect.DefenseCommitment("US", "PH", 1, java.util.Set.of(Agency.NAVY), -1))
        .hasMessageContaining("threshold");
  }

  private static EscalationSettings escalation(Map<Agency, Double> targetRisk) {
    double[] ladder = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    return new EscalationSettings(4, PerLevel.nonNegative("effect", ladder), PerLevel.nonNegative("risk", ladder), 0.5, 0.1, 3.0, 0.3, 0.5, 0.5, 0.3, targetRisk, 0.3, 0.3,
        30, 0.05, 0.01, 30, 0.05, false);
  }
}
