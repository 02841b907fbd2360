package org.seastate.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;
import org.seastate.model.FeaturePresence;
import org.seastate.model.Metric;
import org.seastate.model.RunListener;
import org.seastate.model.RunSummary;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * Headless, through the GUI's own path (a step, then {@link Scene#update()}): the feature
 * inspector's presence counts at the end of a run are the run's presence metrics, feature by
 * feature, nation and agency, and its vessels present now are the model's.
 */
class FeaturePresenceViewTest {

  @Test
  void theFeatureViewsShowTheRunsPresenceMetrics() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    SeaStateSim sim = new SeaStateSim(scenario, theater, 7, 30);
    Scene scene = new Scene(sim);
    RunSummary[] summary = new RunSummary[1];
    sim.addListener(new RunListener() {
      @Override
      public void finished(RunSummary s) {
        summary[0] = s;
      }
    });
    sim.start();
    scene.reset();
    // At midday, who is present now at each feature, and its true calendar days so far; that
    // presence must add exactly one true calendar day when the day's report comes.
    Map<String, Long> middayBefore = new HashMap<>();
    int daysChecked = 0;
    while (summary[0] == null && sim.schedule.step(sim)) {
      scene.update(); // as SeaStateGui does after every step
      long now = sim.now();
      if (now % 24 == 0 && !middayBefore.isEmpty()) {
        for (Map.Entry<String, Long> e : middayBefore.entrySet()) {
          String[] fg = e.getKey().split("\\|");
          assertThat(view(scene, fg[0]).trueCalendarDays()).as("day ending at hour " + now + ": " + e.getKey())
              .containsEntry(fg[1], e.getValue() + 1);
        }
        middayBefore.clear();
        daysChecked++;
      }
      if (now % 24 == 12 && !sim.isFinished()) {
        int shown = 0;
        for (FeatureView v : scene.featureViews()) {
          for (Map.Entry<String, Integer> g : v.presentNowByAgency().entrySet()) {
            middayBefore.put(v.getId() + "|" + g.getKey(), v.trueCalendarDays().getOrDefault(g.getKey(), 0L));
            shown += g.getValue();
          }
        }
        assertThat(shown).as("hour " + now).isEqualTo(
            sim.presentAtFeatures().stream().mapToInt(FeaturePresence.Present::vessels).sum());
      }
    }
    assertThat(summary[0]).isNotNull();
    assertThat(daysChecked).as("days with a vessel at some feature at midday").isGreaterThan(20);

    Map<String, Map<String, Map<String, Long>>> byMetric = new HashMap<>();
    for (Metric m : summary[0].metrics()) {
      if (m.name().startsWith("presence_") && m.value() > 0) {
        assertThat(scene.featureViews()).extracting(FeatureView::getId).as(m.toString()).contains(m.feature());
        byMetric.computeIfAbsent(m.name(), k -> new HashMap<>()).computeIfAbsent(m.feature(), k -> new HashMap<>())
            .put(m.nation() + " " + m.agency(), (long) m.value());
      }
    }
    assertThat(byMetric).containsKeys("presence_calendar_days", "presence_ship_days", "presence_true_calendar_days");
    for (FeatureView v : scene.featureViews()) {
      assertThat(v.calendarDays()).as(v.getId() + " calendar days").isEqualTo(of(byMetric, "presence_calendar_days", v));
      assertThat(v.shipDays()).as(v.getId() + " ship-days").isEqualTo(of(byMetric, "presence_ship_days", v));
      // the true counts are metrics only where the AIS filter applies; there they must agree
      of(byMetric, "presence_true_calendar_days", v).forEach((group, days) ->
          assertThat(v.trueCalendarDays()).as(v.getId() + " " + group).containsEntry(group, days));
      of(byMetric, "presence_true_ship_days", v).forEach((group, days) ->
          assertThat(v.trueShipDays()).as(v.getId() + " " + group).containsEntry(group, days));
    }
    // The AIS filter makes a difference somewhere: fewer ship-days broadcast than were spent.
    assertThat(scene.featureViews()).anyMatch(v -> !v.shipDays().equals(v.trueShipDays()));
  }

  private static Map<String, Long> of(Map<String, Map<String, Map<String, Long>>> byMetric, String metric,
      FeatureView v) {
    return byMetric.getOrDefault(metric, Map.of()).getOrDefault(v.getId(), Map.of());
  }

  private static FeatureView view(Scene scene, String id) {
    return scene.featureViews().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
  }
}
