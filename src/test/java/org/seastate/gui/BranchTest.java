package org.seastate.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;
import org.seastate.model.DayReport;
import org.seastate.model.RunListener;
import org.seastate.model.SeaStateSim;
import org.seastate.model.Vessel;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/** A branch replays its run exactly up to the branch hour, then differs only by its changes. */
class BranchTest {

  private static String state(SeaStateSim s) {
    StringBuilder b = new StringBuilder();
    for (Vessel v : s.vessels()) {
      b.append(v.hull().name()).append(v.lat()).append(',').append(v.lon()).append(v.state()).append(';');
    }
    return b.append(s.tension().total()).toString();
  }

  @Test
  void replaysTheKnobHistoryExactlyThenAppliesTheChange() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/raa-2025.yaml"));
    SeaStateSim main = new SeaStateSim(scenario, theater, 11, 12);
    ModelKnobs knobs = new ModelKnobs(main);
    main.start();
    knobs.applyTo(main.parameters());
    for (int h = 0; h < 100; h++) {
      main.schedule.step(main);
      if (h == 40) {
        knobs.set("escalation.rationality", 0.5); // a dated change the branch must replay
      }
    }
    List<DayReport> days = new ArrayList<>();
    RunListener l = new RunListener() {
      @Override
      public void day(DayReport r) {
        days.add(r);
      }
    };
    String raa = "agreements.jp-ph-raa.enabled";
    Branch b = Branch.fork(main, knobs.history(), (long) main.schedule.getTime(), Map.of(raa, false), "RAA off",
        List.of(l));
    assertThat(b.sim().schedule.getTime()).isEqualTo(main.schedule.getTime());
    assertThat(state(b.sim())).isEqualTo(state(main));
    assertThat(b.sim().parameters().get("escalation.rationality")).isEqualTo(0.5);
    assertThat(b.sim().parameters().agreementEnabled("jp-ph-raa")).isFalse();
    assertThat(main.parameters().agreementEnabled("jp-ph-raa")).isTrue();
    assertThat(days).hasSize(4); // days 0..3 reported by hour 99
    b.catchUp(130);
    assertThat((long) b.sim().schedule.getTime()).isEqualTo(130);
  }
}
