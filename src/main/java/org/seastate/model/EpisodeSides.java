package org.seastate.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.seastate.geo.Place;
import org.seastate.scenario.Capability;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.VesselClass;

/**
 * How each side of an episode stands in a round, before it chooses on the
 * {@link EscalationLadder}: which rival vessel it would rather coerce, which acts it may use (its
 * agencies' rules of engagement, its equipment, de-escalation caps bound once per episode), what
 * it knows (resolve, stake, risk, witnesses, commitments), and which of its vessels carries out
 * the act chosen. {@link Encounters} plays the rounds.
 */
final class EpisodeSides {
  private final SeaStateSim sim;
  private final Witnesses witnesses;
  /** Classes already counted in {@link #feasible} (a side is often many hulls of one class); hulls share the records. */
  private final Set<VesselClass> classesSeen = Collections.newSetFromMap(new IdentityHashMap<>());

  EpisodeSides(SeaStateSim sim) {
    this.sim = sim;
    this.witnesses = new Witnesses(sim);
  }

  /** The vessel of a side that carries out an act: the first able to, by equipment and rules. */
  Vessel actor(List<Vessel> side, int level) {
    for (Vessel v : side) {
      Hull h = v.hull();
      if (level == 0 || (capable(v, level) && level <= sim.parameters().roeCap(h.nationIndex(), h.agency()))) {
        return v;
      }
    }
    return side.get(0);
  }

  /** The vessel of a side the other side would rather coerce: the lowest risk, then the lowest id. */
  Vessel mostCoercible(List<Vessel> side) {
    EscalationSettings s = sim.parameters().escalation();
    Vessel best = side.get(0);
    double bestRisk = s.targetRiskOf(best.hull().agency());
    for (int i = 1; i < side.size(); i++) {
      Vessel v = side.get(i);
      double r = s.targetRiskOf(v.hull().agency());
      if (r < bestRisk || (r == bestRisk && v.hull().id() < best.hull().id())) {
        best = v;
        bestRisk = r;
      }
    }
    return best;
  }

  /** Fills what one side knows before it chooses its act against {@code victim}. */
  void situate(EscalationLadder.Situation s, Encounter e, boolean challenger, Vessel victim) {
    int actor = challenger ? e.contact.challengerIndex() : e.contact.targetIndex();
    int other = challenger ? e.contact.targetIndex() : e.contact.challengerIndex();
    EscalationSettings es = sim.parameters().escalation();
    s.resolve = sim.parameters().resolve(actor) * (1 + es.tensionFeedback() * sim.tension.get(actor, other));
    s.stake = sim.parameters().stake(actor, e.contact.feature() == null ? null : e.contact.feature().id());
    s.riskTolerance = sim.parameters().riskTolerance(actor);
    s.gainShare = e.contact.kind() == EncounterKind.INTERCEPTION ? 1 : es.standoffGain();
    s.targetRisk = es.targetRiskOf(victim.hull().agency());
    s.witnesses = witnesses.count(e, victim.hull().nationIndex());
    s.exposure = sim.ladder.exposure(s.witnesses);
    sim.rules().commitmentsByLevel(victim.hull().nation(), victim.hull().agency(), s.commitment);
    s.opponentLast = challenger ? e.targetLast : e.challengerLast;
    s.ownLast = challenger ? e.challengerLast : e.targetLast;
    s.maxLevel = feasible(challenger ? e.challengers : e.targets, s.feasible,
        challenger ? e.challengerCap : e.targetCap);
  }

  /**
   * De-escalation arrangements bind for the rest of the episode once its challenged side holds a
   * covered mission (escorts of a covered resupply included) in or bound for a covered area;
   * each party then decides once whether it honours each cap.
   */
  void bindCaps(Encounter e) {
    if (e.capBound) {
      return;
    }
    for (Vessel v : e.targets) {
      if (v.mission == null) {
        continue;
      }
      MissionType type = v.mission.resupply != null ? MissionType.RESUPPLY : v.mission.tasking().type();
      // A mission is in the covered area while it is there or bound there (a run to the outpost
      // is covered from its first challenge, not only in the last miles).
      Place to = v.mission.tasking().place();
      List<CooperationRules.Cap> caps = sim.rules().caps(e.contact.challenger(), e.contact.target(), type,
          (ids, radius) -> nearAny(ids, radius, v.lat(), v.lon())
              || nearAny(ids, radius, to.position().lat(), to.position().lon()));
      if (caps.isEmpty()) {
        continue;
      }
      e.capBound = true;
      for (int k = 0; k < caps.size(); k++) {
        CooperationRules.Cap c = caps.get(k);
        long which = (long) v.hull().id() * 64 + k;
        if (sim.draws.chance(c.compliance(), RandomDraws.Stream.CAP_COMPLIANCE, e.drawKey, which, 0)) {
          e.challengerCap = Math.min(e.challengerCap, c.maxLevel());
        }
        if (sim.draws.chance(c.compliance(), RandomDraws.Stream.CAP_COMPLIANCE, e.drawKey, which, 1)) {
          e.targetCap = Math.min(e.targetCap, c.maxLevel());
        }
      }
      return;
    }
  }

  private boolean nearAny(List<String> placeIds, double radiusNm, double lat, double lon) {
    for (String id : placeIds) {
      Place p = sim.context().scenario().place(id);
      if (Encounters.distanceNm(lat, lon, p.position().lat(), p.position().lon()) <= radiusNm) {
        return true;
      }
    }
    return false;
  }

  /**
   * Feasible levels of a side: a level is feasible if one of its vessels may use it under its
   * agency's rules of engagement (as they stand today) and has the equipment for it. Returns
   * the highest.
   */
  private int feasible(List<Vessel> side, boolean[] out, int cap) {
    Arrays.fill(out, false);
    out[0] = true;
    int max = 0;
    classesSeen.clear();
    for (Vessel v : side) {
      if (!classesSeen.add(v.hull().type())) {
        continue; // one side is one nation: the same class gives the same levels
      }
      int roe = Math.min(cap, sim.parameters().roeCap(v.hull().nationIndex(), v.hull().agency()));
      for (int l = 1; l <= Math.min(roe, EscalationSettings.MAX_LEVEL); l++) {
        if (capable(v, l)) {
          out[l] = true;
          max = Math.max(max, l);
        }
      }
    }
    return max;
  }

  private static boolean capable(Vessel v, int level) {
    return switch (level) {
      case 4 -> v.hull().has(Capability.WATER_CANNON) || v.hull().has(Capability.LASER)
          || v.hull().has(Capability.ACOUSTIC_DEVICE);
      case 6 -> v.hull().has(Capability.BOARDING);
      case 7 -> v.hull().has(Capability.ARMED);
      default -> true;
    };
  }
}
