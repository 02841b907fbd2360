package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.Agency;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;
import org.seastate.scenario.ScenarioEvent;

/**
 * Each kind of policy value an event may change changes the model's behaviour from the event's
 * date: a run with the event and the same run (same world, same seed) without it are identical
 * day by day before the date and differ, the expected way, after it.
 */
class DatedPolicyTest {
  private static final LocalDate DATE = LocalDate.of(2023, 3, 1);
  private static final String SCARBOROUGH = "scarborough-shoal";
  private static final String SECOND_THOMAS = "second-thomas-shoal";

  /** A run with a value measured every hour and summed by day. */
  private record Trace(Runs.Result result, double[] perDay) {
    int eventDay() {
      return (int) (DATE.toEpochDay() - result.days().get(0).date().toEpochDay());
    }

    double before() {
      return Arrays.stream(perDay, 0, eventDay()).sum();
    }

    double after() {
      return Arrays.stream(perDay, eventDay(), perDay.length).sum();
    }

    List<SeaEvent.Episode> episodesFrom(LocalDate d, EncounterKind kind) {
      return result.episodes().stream().filter(e -> !e.date().isBefore(d) && e.kind() == kind).toList();
    }
  }

  private record Pair(Trace without, Trace with) {}

  /** Runs the world without and with one dated event, measuring {@code probe} each hour. */
  private static Pair runs(TestWorld w, Map<String, Object> set, long seed, ToDoubleFunction<SeaStateSim> probe) {
    w.events = List.of();
    Trace without = trace(w, seed, probe);
    w.events = List.of(new ScenarioEvent(DATE, "policy change", set));
    Trace with = trace(w, seed, probe);
    int day = with.eventDay();
    assertThat(with.result().days().subList(0, day)).as("daily series before the event")
        .isEqualTo(without.result().days().subList(0, day));
    assertThat(with.before()).as("measure before the event").isEqualTo(without.before());
    return new Pair(without, with);
  }

  private static Trace trace(TestWorld w, long seed, ToDoubleFunction<SeaStateSim> probe) {
    double[] perDay = new double[(int) (w.end.toEpochDay() - w.start.toEpochDay()) + 2];
    Runs.Result r = Runs.run(w.build(), seed, sim -> perDay[sim.dayIndex()] += probe.applyAsDouble(sim));
    return new Trace(r, perDay);
  }

  /** Vessels of a nation on station on a task of this type at a feature, now. */
  private static ToDoubleFunction<SeaStateSim> onStation(String nation, MissionType type, String feature) {
    return sim -> count(sim, v -> v.hull().nation().equals(nation) && v.state == VesselState.ON_STATION
        && v.mission != null && v.mission.tasking().type() == type && v.mission.tasking().place().id().equals(feature));
  }

  private static double count(SeaStateSim sim, Predicate<Vessel> p) {
    int n = 0;
    for (Vessel v : sim.vessels()) {
      if (p.test(v)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void presenceShipsRaisedOnADateKeepMoreShipsAtTheFeature() {
    Pair p = runs(new TestWorld(), Map.of("policies.CN.presence.0.ships", 5), 1,
        onStation("CN", MissionType.PRESENCE, SCARBOROUGH));
    assertThat(p.with().after()).isGreaterThan(p.without().after() * 1.5);
  }

  @Test
  void aHigherPriorityOnADateGetsTheFeatureTheShipsThatAreShort() {
    TestWorld w = new TestWorld();
    w.cnScarboroughShips = 8; // with Second Thomas's 8: more than China's 10 cutters can keep
    w.cnSecondThomasShips = 8;
    Pair p = runs(w, Map.of("policies.CN.presence.0.priority", 5), 1,
        onStation("CN", MissionType.PRESENCE, SCARBOROUGH));
    assertThat(p.with().after()).isGreaterThan(p.without().after() * 1.2);
  }

  @Test
  void aSwarmEnlargedOnADateMassesMoreMilitia() {
    Pair p = runs(new TestWorld(), Map.of("policies.CN.swarms.0.vessels", 10), 1,
        onStation("CN", MissionType.SWARM, SECOND_THOMAS));
    assertThat(p.with().after()).isGreaterThan(p.without().after() * 1.5);
  }

  @Test
  void aBlockadeLiftedOnADateInterceptsNothingAfterIt() {
    long without = 0;
    for (long seed = 1; seed <= 2; seed++) {
      Pair p = runs(new TestWorld(), Map.of("policies.CN.blockades.0.probability", 0.0), seed, sim -> 0);
      assertThat(p.with().episodesFrom(DATE, EncounterKind.INTERCEPTION)).isEmpty();
      without += p.without().episodesFrom(DATE, EncounterKind.INTERCEPTION).size();
    }
    assertThat(without).as("interceptions after the date without the event").isPositive();
  }

  @Test
  void aBlockadeBandWidenedOnADateInterceptsFartherOut() {
    Pair p = runs(new TestWorld(), Map.of("policies.CN.blockades.0.band_nm", 45.0), 1, sim -> 0);
    List<SeaEvent.Episode> wide = p.with().episodesFrom(DATE, EncounterKind.INTERCEPTION);
    assertThat(wide).isNotEmpty().allSatisfy(e -> assertThat(e.distanceNm()).isGreaterThan(25));
    assertThat(p.without().episodesFrom(DATE, EncounterKind.INTERCEPTION))
        .isNotEmpty().allSatisfy(e -> assertThat(e.distanceNm()).isLessThanOrEqualTo(21));
  }

  @Test
  void aStandoffZoneNarrowedOnADateChallengesOnlyCloseIn() {
    Pair p = runs(new TestWorld(), Map.of("policies.CN.interdiction.radius_nm", 2.0), 1, sim -> 0);
    Predicate<SeaEvent.Episode> byChina = e -> e.challenger().equals("CN");
    assertThat(p.without().episodesFrom(DATE, EncounterKind.STANDOFF)).filteredOn(byChina)
        .anySatisfy(e -> assertThat(e.distanceNm()).isGreaterThan(2));
    assertThat(p.with().episodesFrom(DATE, EncounterKind.STANDOFF)).filteredOn(byChina)
        .isNotEmpty().allSatisfy(e -> assertThat(e.distanceNm()).isLessThanOrEqualTo(2));
  }

  @Test
  void anAllocationBudgetRaisedOnADateKeepsMoreCuttersAtSea() {
    TestWorld w = new TestWorld();
    w.cnAllocation = Optional.of(new Policy.Allocation(Agency.COAST_GUARD, 4, 1.0, 14, 14));
    Pair p = runs(w, Map.of("policies.CN.allocation.ships", 8), 1, sim -> count(sim,
        v -> v.hull().nation().equals("CN") && v.hull().agency() == Agency.COAST_GUARD && v.state == VesselState.ON_STATION));
    assertThat(p.with().after()).isGreaterThan(p.without().after() * 1.3);
  }

  @Test
  void aStakeLoweredOnADateMakesChinaCoerceLessThere() {
    long without = 0;
    long with = 0;
    for (long seed = 1; seed <= 2; seed++) {
      Pair p = runs(new TestWorld(), Map.of("nations.CN.posture.stakes.second-thomas-shoal", 0.05), seed, sim -> 0);
      without += coerciveActsByChina(p.without());
      with += coerciveActsByChina(p.with());
    }
    assertThat(with).isLessThan(without);
  }

  private static long coerciveActsByChina(Trace t) {
    return t.result().acts().stream().filter(a -> !a.date().isBefore(DATE) && a.actor().equals("CN")
        && a.feature().equals(SECOND_THOMAS)).count();
  }
}
