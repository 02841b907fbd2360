package org.seastate.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;

/**
 * Blockades: a nation holds interception stations in a band around a feature and challenges
 * rivals' missions to it as they enter the band. Each mission group (a resupply run's boats
 * and escorts together, or a single vessel's mission) is considered once per blockading nation,
 * intercepted with the blockade's probability by the nearest policing vessels posted within
 * reach, and the episode stays open until the group arrives or turns back. Any nation, any
 * feature: the policy says where.
 */
final class Interception {
  /**
   * A blockade of one nation: its policy's entry {@code entry}, with the band and probability
   * the live parameters give it now (a new post replaces it when they change).
   */
  private record Post(int nation, String code, int entry, Place feature, Policy.Blockade spec, double bandNm,
      double probability) {
    /** This post with the band and probability the live parameters hold. */
    Post live(LiveParameters p) {
      return new Post(nation, code, entry, feature, spec, p.blockadeBandNm(code, entry),
          p.blockadeProbability(code, entry));
    }
  }

  private final SeaStateSim sim;
  private final Encounters encounters;
  private final Detection detection;
  private final List<Post> posts = new ArrayList<>();
  /** The version of the live parameters the posts' bands and probabilities were copied at. */
  private int syncedVersion = -1;
  /** Per mission group (run or mission): the nations (bits by index) that have considered it. */
  private final Map<Object, Long> considered = new IdentityHashMap<>();

  Interception(SeaStateSim sim, Encounters encounters, Detection detection) {
    this.sim = sim;
    this.encounters = encounters;
    this.detection = detection;
    int ni = 0;
    for (String code : sim.context().scenario().nations().keySet()) {
      List<Policy.Blockade> blockades = sim.context().scenario().policy(code).blockades();
      for (int i = 0; i < blockades.size(); i++) {
        Policy.Blockade b = blockades.get(i);
        posts.add(new Post(ni, code, i, sim.context().scenario().place(b.feature()), b, 0, 0));
      }
      ni++;
    }
  }

  /** Copies the blockades' live bands and probabilities when a parameter changed. */
  private void sync() {
    LiveParameters p = sim.parameters();
    if (p.version() == syncedVersion) {
      return;
    }
    syncedVersion = p.version();
    posts.replaceAll(post -> post.live(p));
  }

  /** Whether nation {@code ni} leaves {@code t} to a blockade rather than challenge it on sight. */
  boolean handles(int ni, Vessel t) {
    if (posts.isEmpty() || t.mission == null || t.state != VesselState.TRANSIT) {
      return false;
    }
    for (int j = 0, n = posts.size(); j < n; j++) {
      Post p = posts.get(j);
      if (p.nation() == ni && p.feature() == t.mission.tasking().place()) {
        return true;
      }
    }
    return false;
  }

  /** Each hour: missions that entered a band are intercepted or let pass. */
  void step() {
    if (posts.isEmpty()) {
      return;
    }
    sync();
    // The index was built just before, and an interception changes no vessel's state: the vessels
    // in transit now are those it listed.
    int[] ids = detection.inTransit();
    Vessel[] all = sim.vesselsById();
    for (int i = 0, count = detection.inTransitCount(); i < count; i++) {
      Vessel t = all[ids[i]];
      // The mission itself (a run's boats, a patrol) enters the band; escorts join its interception.
      if (t.state != VesselState.TRANSIT || t.mission == null || t.mission.tasking().type() == MissionType.RESPONSE
          || t.mission.tasking().type() == MissionType.ESCORT
          || (t.encounter != null && t.encounter.contact.kind() == EncounterKind.INTERCEPTION)) {
        continue;
      }
      for (int j = 0, n = posts.size(); j < n; j++) {
        Post p = posts.get(j);
        if (p.feature() != t.mission.tasking().place() || p.nation() == t.hull().nationIndex()
            || sim.rules().partners(p.nation(), t.hull().nationIndex(), t.hull().agency())
            || Encounters.distanceNm(t, p.feature()) > p.bandNm()) {
          continue;
        }
        Object group = group(t.mission);
        long bit = 1L << p.nation();
        long seen = considered.getOrDefault(group, 0L);
        if ((seen & bit) != 0) {
          continue;
        }
        considered.put(group, seen | bit);
        if (!sim.draws.chance(p.probability(), RandomDraws.Stream.INTERCEPTION, t.hull().id(), p.nation(),
            sim.now() / 24)) {
          sim.metrics.letPass(p.nation(), p.feature());
          continue;
        }
        List<Vessel> interceptors = interceptors(p);
        if (interceptors.isEmpty()) {
          sim.metrics.letPass(p.nation(), p.feature());
          continue;
        }
        encounters.openInterception(t, p.feature(), p.bandNm(), interceptors, groupInBand(t, p));
        break;
      }
    }
  }

  private static Object group(Mission m) {
    return m.resupply != null ? m.resupply : m;
  }

  /** Whether two missions belong to one group (a resupply run's boats and escorts). */
  static boolean sameGroup(Mission a, Mission b) {
    return group(a) == group(b);
  }

  /** The nearest policing vessels of the blockading nation posted within reach of the feature. */
  private List<Vessel> interceptors(Post p) {
    int[] ids = detection.policersAtSea(p.nation());
    Vessel[] all = sim.vesselsById();
    List<Vessel> found = new ArrayList<>();
    for (int k = 0, n = detection.policersAtSeaCount(p.nation()); k < n; k++) {
      Vessel v = all[ids[k]];
      if (v.damaged || !(v.state == VesselState.ON_STATION || v.state == VesselState.TRANSIT)
          || (v.encounter != null && v.encounter.contact.kind() == EncounterKind.INTERCEPTION)
          || (v.mission != null && v.mission.tasking().type() == MissionType.RESPONSE)) {
        continue;
      }
      if (Encounters.distanceNm(v, p.feature()) <= p.bandNm() + v.hull().type().sensorNm()) {
        found.add(v);
      }
    }
    found.sort((a, b) -> {
      int c = Double.compare(Encounters.distanceNm(a, p.feature()), Encounters.distanceNm(b, p.feature()));
      return c != 0 ? c : Integer.compare(a.hull().id(), b.hull().id());
    });
    return found.size() > p.spec().vessels() ? new ArrayList<>(found.subList(0, p.spec().vessels())) : found;
  }

  /** The vessels of {@code t}'s mission group under way inside the band, {@code t} first. */
  private List<Vessel> groupInBand(Vessel t, Post p) {
    List<Vessel> out = new ArrayList<>();
    out.add(t);
    Object group = group(t.mission);
    for (Vessel v : sim.commandByIndex(t.hull().nationIndex()).vessels()) {
      if (v != t && v.mission != null && group(v.mission) == group && v.state == VesselState.TRANSIT
          && (v.encounter == null || v.encounter.contact.kind() != EncounterKind.INTERCEPTION)
          && Encounters.distanceNm(v, p.feature()) <= p.bandNm()) {
        out.add(v);
      }
    }
    return out;
  }
}
