package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;

/**
 * Swarm sizes that change from day to day: random surges at each swarm, surges in answer to an
 * episode the nation opened near a swarm's feature, and dispersals of every swarm at once (the
 * militia leave ahead of storms). Each day sets every swarm task's wanted ships.
 */
final class MilitiaSwarms {
  /** An episode within this distance of a swarm's feature can start a surge there, nm (assumption, see ODD). */
  static final double RESPONSE_RADIUS_NM = 30;

  private final SeaStateSim sim;
  private final Policy.MilitiaDynamics spec;
  private final List<StationTask> swarms = new ArrayList<>();
  private final long[] surgeUntil;
  private long dispersedUntil = -1;
  /** The nation's index, a key of its draws. */
  private final int nation;

  MilitiaSwarms(SeaStateSim sim, int nation, Policy.MilitiaDynamics spec, List<StationTask> stations) {
    this.sim = sim;
    this.nation = nation;
    this.spec = spec;
    for (StationTask t : stations) {
      if (t.type == MissionType.SWARM) {
        swarms.add(t);
      }
    }
    surgeUntil = new long[swarms.size()];
    java.util.Arrays.fill(surgeUntil, -1);
  }

  private boolean active() {
    return !swarms.isEmpty() && (spec.surgesPerMonth() > 0 || spec.dispersalsPerYear() > 0 || spec.responseSurges());
  }

  /** The swarms' sizes for today. */
  void plan() {
    if (!active()) {
      return;
    }
    long now = sim.now();
    if (spec.dispersalsPerYear() > 0 && now >= dispersedUntil
        && sim.draws.chance(spec.dispersalsPerYear() / 365.0, RandomDraws.Stream.MILITIA, nation, now / 24, 0)) {
      dispersedUntil = now + (long) Math.ceil(spec.dispersalDays() * 24);
    }
    for (int i = 0; i < swarms.size(); i++) {
      if (spec.surgesPerMonth() > 0 && now >= surgeUntil[i]
          && sim.draws.chance(spec.surgesPerMonth() / SeaStateSim.DAYS_PER_MONTH, RandomDraws.Stream.MILITIA,
              nation * 1024L + i, now / 24, 1)) {
        surgeUntil[i] = now + (long) Math.ceil(spec.surgeDays() * 24);
      }
      StationTask t = swarms.get(i);
      if (now < dispersedUntil) {
        t.ships = 0;
      } else if (now < surgeUntil[i]) {
        t.ships = t.minimum + (int) Math.round(spec.surgeShare() * t.minimum);
      } else {
        t.ships = t.minimum;
      }
    }
  }

  /** The nation opened an episode at {@code feature}: swarms near it surge. */
  void episodeNear(Place feature) {
    if (!spec.responseSurges() || feature == null) {
      return;
    }
    long until = sim.now() + (long) Math.ceil(spec.surgeDays() * 24);
    for (int i = 0; i < swarms.size(); i++) {
      Place f = swarms.get(i).feature;
      if (Encounters.distanceNm(f.position().lat(), f.position().lon(), feature.position().lat(),
          feature.position().lon()) <= RESPONSE_RADIUS_NM) {
        surgeUntil[i] = Math.max(surgeUntil[i], until);
      }
    }
  }
}
