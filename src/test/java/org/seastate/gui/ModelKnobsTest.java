package org.seastate.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Place;
import org.seastate.geo.Theater;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.LivePath;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import sim.util.Properties;

class ModelKnobsTest {

  private static SeaStateSim started() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    SeaStateSim sim = new SeaStateSim(scenario, theater, 7);
    sim.start();
    for (int i = 0; i < 30; i++) {
      sim.schedule.step(sim);
    }
    return sim;
  }

  @Test
  void switchingAnAgreementOffClosesItsPortsFromTheNextHour() throws Exception {
    SeaStateSim sim = started();
    ModelKnobs knobs = new ModelKnobs(sim);
    Place subic = sim.context().scenario().place("subic-bay");
    assertThat(knobs.isAgreementEnabled("us-ph-vfa")).isTrue();
    assertThat(sim.rules().mayUsePort("US", subic)).isTrue();

    knobs.setAgreementEnabled("us-ph-vfa", false);
    assertThat(knobs.isAgreementEnabled("us-ph-vfa")).isFalse();
    assertThat(sim.rules().mayUsePort("US", subic)).as("not before the next tick").isTrue();

    sim.schedule.step(sim);
    assertThat(sim.rules().mayUsePort("US", subic)).isFalse();
    assertThat(sim.rules().partners("US", "PH")).as("the treaty still binds them").isTrue();

    // it stays off across the daily rebuild of the rules
    for (int i = 0; i < 30; i++) {
      sim.schedule.step(sim);
    }
    assertThat(sim.rules().mayUsePort("US", subic)).isFalse();

    knobs.setAgreementEnabled("us-ph-vfa", true);
    sim.schedule.step(sim);
    assertThat(sim.rules().mayUsePort("US", subic)).isTrue();
  }

  @Test
  void theModelTabShowsEveryKnobWithRangesAndWritesThrough() throws Exception {
    SeaStateSim sim = started();
    ModelKnobs knobs = new ModelKnobs(sim);
    Properties p = Properties.getProperties(knobs);
    int n = p.numProperties();
    assertThat(n).isEqualTo(LivePath.of(sim.context().scenario()).size());
    int vfa = -1;
    int resolveCn = -1;
    int rationality = -1;
    for (int i = 0; i < n; i++) {
      switch (p.getName(i)) {
        case "In force: US-Philippines Visiting Forces Agreement" -> vfa = i;
        case "CN: Resolve" -> resolveCn = i;
        case "Escalation: Rationality" -> rationality = i;
        default -> { }
      }
    }
    assertThat(p.getType(vfa)).isEqualTo(Boolean.TYPE);
    assertThat(p.getType(resolveCn)).isEqualTo(Double.TYPE);
    assertThat(p.getDomain(resolveCn)).isInstanceOf(sim.util.Interval.class);
    assertThat(p.isReadWrite(rationality)).isTrue();

    p.setValue(vfa, "false");
    assertThat(sim.parameters().agreementEnabled("us-ph-vfa")).isFalse();
    p.setValue(resolveCn, "2.5");
    assertThat(sim.parameters().resolve("CN")).isEqualTo(2.5);
    p.setValue(resolveCn, "9"); // clamped to the range
    assertThat(sim.parameters().resolve("CN")).isEqualTo(3.0);
    int roeCn = indexOf(p, "CN: ROE cap coast_guard");
    assertThat(p.getType(roeCn)).isEqualTo(Integer.TYPE);
    p.setValue(roeCn, "9"); // clamped to the escalation levels
    assertThat(sim.parameters().roeCap("CN", org.seastate.scenario.Agency.COAST_GUARD)).isEqualTo(7);
    int presence = indexOf(p, "CN: Presence ships 0 at Scarborough Shoal");
    p.setValue(presence, "4");
    assertThat(sim.parameters().presenceShips("CN", 0)).isEqualTo(4);
    int version = sim.parameters().version();
    p.setValue(rationality, "1.5");
    assertThat(sim.parameters().escalation().rationality()).isEqualTo(1.5);
    assertThat(sim.parameters().version()).isGreaterThan(version);

    assertThat(knobs.history()).extracting(ModelKnobs.Change::path)
        .contains("agreements.us-ph-vfa.enabled", "escalation.rationality");

    // a new run starts from the scenario's values...
    knobs.endRun();
    sim.start();
    knobs.applyTo(sim.parameters());
    assertThat(sim.parameters().agreementEnabled("us-ph-vfa")).isTrue();
    assertThat(knobs.history()).isEmpty();
    // ...unless asked to keep the last run's settings
    knobs.set("escalation.rationality", 1.5);
    knobs.setKeepForNextRun(true);
    knobs.endRun();
    assertThat(knobs.get("escalation.rationality")).as("shown for the next run").isEqualTo(1.5);
    sim.start();
    knobs.applyTo(sim.parameters());
    assertThat(sim.parameters().escalation().rationality()).isEqualTo(1.5);
  }

  private static int indexOf(Properties p, String name) {
    for (int i = 0; i < p.numProperties(); i++) {
      if (p.getName(i).equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no knob named " + name);
  }
}
