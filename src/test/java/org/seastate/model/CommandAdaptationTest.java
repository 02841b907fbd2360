package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Policy;

/** Commands that adapt: an allocation of hulls that follows rivals, risks and arrangements; swarms that vary. */
class CommandAdaptationTest {

  /** China keeps one cutter at each of its two features and spreads two more by what it sees. */
  private static TestWorld allocating() {
    TestWorld w = new TestWorld();
    w.cnScarboroughShips = 1;
    w.cnSecondThomasShips = 1;
    w.cnAllocation = Optional.of(new Policy.Allocation(Agency.COAST_GUARD, 4, 1.0, 14, 14));
    return w;
  }

  private static double cnShipDays(Runs.Result r, String feature) {
    return r.summary().sum("presence_ship_days", "CN", "coast_guard", feature);
  }

  /**
   * A de-escalation arrangement covering resupply at Second Thomas lowers what contesting it is
   * worth: Chinese effort there falls and the hulls it frees go to other features (same seeds).
   */
  @Test
  void anArrangementAtOneFeatureMovesEffortToAnother() {
    double stsWithout = 0;
    double stsWith = 0;
    double elsewhereWithout = 0;
    double elsewhereWith = 0;
    for (long seed = 1; seed <= 2; seed++) {
      Runs.Result without = Runs.run(allocating().build(), seed);
      TestWorld w = allocating();
      w.deescalation = Optional.of(TestWorld.capResupply(2, 1.0));
      Runs.Result with = Runs.run(w.build(), seed);
      stsWithout += cnShipDays(without, "second-thomas-shoal");
      stsWith += cnShipDays(with, "second-thomas-shoal");
      elsewhereWithout += cnShipDays(without, "") - cnShipDays(without, "second-thomas-shoal");
      elsewhereWith += cnShipDays(with, "") - cnShipDays(with, "second-thomas-shoal");
    }
    assertThat(stsWith).as("CN ship-days at Second Thomas with the arrangement (without: %s)", stsWithout)
        .isLessThan(stsWithout * 0.9);
    assertThat(elsewhereWith).as("CN ship-days at the other features with the arrangement (without: %s)", elsewhereWithout)
        .isGreaterThan(elsewhereWithout + 20);
  }

  /** A Philippine cutter held at Sabina Shoal, where China keeps nobody, draws Chinese cutters within weeks. */
  @Test
  void aRivalHeldAtAnEmptyFeatureDrawsPresence() {
    TestWorld held = allocating();
    held.end = LocalDate.of(2023, 2, 28);
    held.extraPhPresence.add(new Policy.Presence("sabina-shoal", Agency.COAST_GUARD, 1, 5, 20, 0));
    TestWorld empty = allocating();
    empty.end = held.end;
    for (long seed = 1; seed <= 2; seed++) {
      Runs.Result r = Runs.run(held.build(), seed);
      assertThat(cnShipDays(r, "sabina-shoal")).as("CN ship-days at Sabina in eight weeks").isGreaterThan(5);
      assertThat(cnShipDays(Runs.run(empty.build(), seed), "sabina-shoal")).isZero();
    }
  }

  /**
   * The stake of a feature off the nation's stakes list is its default stake: at 0 the
   * allocation sends nobody to Sabina however long the rival stays (the starter scenarios list
   * every feature where episodes happen, so there it changes nothing).
   */
  @Test
  void theDefaultStakePricesFeaturesOffTheList() {
    TestWorld held = allocating();
    held.end = LocalDate.of(2023, 2, 28);
    held.extraPhPresence.add(new Policy.Presence("sabina-shoal", Agency.COAST_GUARD, 1, 5, 20, 0));
    held.events = java.util.List.of(new org.seastate.scenario.ScenarioEvent(held.start, "no interest off the list",
        java.util.Map.of("nations.CN.posture.default_stake", 0.0)));
    assertThat(cnShipDays(Runs.run(held.build(), 1), "sabina-shoal")).isZero();
  }

  /**
   * Stations the allocation opens itself (at features off the presence list) keep a hull on
   * station for the allocation's station_days before relief: shorter tours rotate more hulls
   * through Sabina (the starter scenarios' allocation only reinforces listed stations).
   */
  @Test
  void allocationStationDaysSetTheToursOfTheStationsItOpens() {
    java.util.Map<Double, Integer> hulls = new java.util.TreeMap<>();
    for (double days : new double[] {4, 60}) {
      TestWorld held = allocating();
      held.cnAllocation = Optional.of(new Policy.Allocation(Agency.COAST_GUARD, 4, 1.0, 14, days));
      held.end = LocalDate.of(2023, 3, 31);
      held.extraPhPresence.add(new Policy.Presence("sabina-shoal", Agency.COAST_GUARD, 1, 5, 20, 0));
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      Runs.run(held.build(), 1, sim -> sim.vessels().stream()
          .filter(v -> v.hull().nation().equals("CN") && v.state == VesselState.ON_STATION && v.mission != null
              && v.mission.tasking().place().id().equals("sabina-shoal"))
          .forEach(v -> seen.add(v.hull().id())));
      hulls.put(days, seen.size());
    }
    assertThat(hulls.get(60.0)).as("hulls on station at Sabina with 60-day tours").isPositive();
    assertThat(hulls.get(4.0)).as("hulls with 4-day tours (60-day: %s)", hulls.get(60.0)).isGreaterThan(hulls.get(60.0));
  }

  /** Without an allocation the presence list is what China keeps, rivals or not. */
  @Test
  void withoutAnAllocationPresenceIsTheList() {
    TestWorld held = new TestWorld();
    held.end = LocalDate.of(2023, 2, 28);
    held.extraPhPresence.add(new Policy.Presence("sabina-shoal", Agency.COAST_GUARD, 1, 5, 20, 0));
    assertThat(cnShipDays(Runs.run(held.build(), 1), "sabina-shoal")).isZero();
  }

  /** Surges and dispersals make the militia count vary from day to day and from run to run. */
  @Test
  void swarmsSurgeAndDisperse() {
    TestWorld w = new TestWorld();
    w.cnMilitia = new Policy.MilitiaDynamics(1.0, 1.0, 5, true, 6, 4);
    double[] means = new double[3];
    double range = 0;
    for (int seed = 0; seed < 3; seed++) {
      Runs.Result r = Runs.run(w.build(), seed + 1);
      means[seed] = r.summary().value("militia_daily_mean");
      double min = Double.MAX_VALUE;
      double max = 0;
      for (DayReport d : r.days().subList(20, r.days().size())) {
        double m = d.series().get("militia_at_features");
        min = Math.min(min, m);
        max = Math.max(max, m);
      }
      range = Math.max(range, max - min);
    }
    assertThat(range).as("day-to-day range of the militia count").isGreaterThanOrEqualTo(4);
    assertThat(means[0] != means[1] || means[1] != means[2]).as("means differ between runs").isTrue();
    // The same world without dynamics holds the swarm at its size once it has formed.
    Runs.Result still = Runs.run(new TestWorld().build(), 1);
    double min = Double.MAX_VALUE;
    double max = 0;
    for (DayReport d : still.days().subList(20, still.days().size())) {
      min = Math.min(min, d.series().get("militia_at_features"));
      max = Math.max(max, d.series().get("militia_at_features"));
    }
    assertThat(max - min).isLessThan(range);
  }
}
