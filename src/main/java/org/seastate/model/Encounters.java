package org.seastate.model;

import java.util.ArrayList;
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
 * The open encounter episodes and their hour-by-hour play: who is in contact, what each side
 * does on the {@link EscalationLadder}, and what the acts do to vessels and missions.
 * Standoffs are opened by {@link Detection}, interceptions by {@link Interception}.
 */
final class Encounters {
  private final SeaStateSim sim;
  private final List<Encounter> open = new ArrayList<>();
  private final EscalationLadder.Situation challengerSide = new EscalationLadder.Situation();
  private final EscalationLadder.Situation targetSide = new EscalationLadder.Situation();
  private final Coercion coercion;
  final Responders responders;
  private final Witnesses witnesses;
  private int nextId;
  /** Classes already counted in {@link #feasible} (a side is often many hulls of one class); hulls share the records. */
  private final Set<VesselClass> classesSeen = Collections.newSetFromMap(new IdentityHashMap<>());

  Encounters(SeaStateSim sim) {
    this.sim = sim;
    this.coercion = new Coercion(sim, this);
    this.responders = new Responders(sim);
    this.witnesses = new Witnesses(sim);
  }

  /** Local flat-earth distance in nm; accurate to well under 1% at the ranges used here. */
  static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
    double dy = (lat2 - lat1) * 60.0;
    double dx = (lon2 - lon1) * 60.0 * Math.cos(Math.toRadians((lat1 + lat2) * 0.5));
    return Math.sqrt(dx * dx + dy * dy);
  }

  static double distanceNm(Vessel v, Place p) {
    return distanceNm(v.lat(), v.lon(), p.position().lat(), p.position().lon());
  }

  List<Encounter> open() {
    return open;
  }

  /** The open standoff between two nations (either way round) at a feature, or null. */
  Encounter standoffAt(Place feature, int a, int b) {
    for (int i = 0, n = open.size(); i < n; i++) {
      Encounter e = open.get(i);
      if (e.contact.kind() == EncounterKind.STANDOFF && e.contact.feature() == feature && e.contact.between(a, b)) {
        return e;
      }
    }
    return null;
  }

  // ----- opening --------------------------------------------------------------------------------

  void openStandoff(Vessel policer, Vessel target, Place feature, double radiusNm) {
    Encounter e = new Encounter(nextId++,
        Contact.of(EncounterKind.STANDOFF, sim.now(), policer, target, feature, radiusNm), null);
    refreshStandoff(e);
    if (e.challengers.isEmpty() || e.targets.isEmpty()) {
      e.releaseAll(); // the challenger saw the rival from outside the zone: no standoff yet
      nextId--;
      return;
    }
    open.add(e);
    sim.commandByIndex(e.contact.challengerIndex()).episodeOpened(feature);
    responders.call(e);
  }

  /**
   * Opens an interception of a mission group by {@code interceptors}; {@code group} are the
   * group's vessels at sea, {@code first} the one that entered the band.
   */
  void openInterception(Vessel first, Place feature, double bandNm, List<Vessel> interceptors, List<Vessel> group) {
    Vessel lead = interceptors.get(0);
    Encounter e = new Encounter(nextId++,
        Contact.of(EncounterKind.INTERCEPTION, sim.now(), lead, first, feature, bandNm), first.mission);
    for (Vessel v : interceptors) {
      if (v.encounter != null) {
        v.encounter.leave(v);
      }
      e.join(v, true);
    }
    for (Vessel v : group) {
      if (v.encounter != null) {
        v.encounter.leave(v);
      }
      e.join(v, false);
    }
    // The interceptors have shadowed the group on its way into the band: they start from level 2.
    e.challengerLast = 2;
    e.challengerMax = 2;
    open.add(e);
    sim.metrics.interception(e);
    sim.commandByIndex(e.contact.challengerIndex()).episodeOpened(feature);
  }

  // ----- who is in contact ----------------------------------------------------------------------

  /** A standoff's sides: every vessel of each nation sailing within the radius of the feature. */
  private void refreshStandoff(Encounter e) {
    e.releaseAll();
    double flat = e.contact.feature().position().lat();
    double flon = e.contact.feature().position().lon();
    // The index lists the vessels sailing near each feature, in id order (a responder that set
    // out this hour joins at the next round).
    int[] ids = sim.detection.near(e.contact.feature());
    Vessel[] all = sim.vesselsById();
    for (int k = 0, n = sim.detection.nearCount(e.contact.feature()); k < n; k++) {
      Vessel v = all[ids[k]];
      boolean c = v.hull().nationIndex() == e.contact.challengerIndex();
      if ((c || v.hull().nationIndex() == e.contact.targetIndex())
          && (v.state == VesselState.TRANSIT || v.state == VesselState.ON_STATION) && v.encounter == null
          && !v.damaged && distanceNm(v.lat(), v.lon(), flat, flon) <= e.contact.radiusNm()) {
        e.join(v, c);
      }
    }
  }

  /**
   * An interception's sides: the interceptors still at sea, and the group's vessels on their way
   * inside the band (late escorts join as they enter it; boats that leave it have left).
   */
  private void refreshInterception(Encounter e) {
    e.challengers.removeIf(v -> v.encounter != e || v.damaged || v.state == VesselState.RETURNING
        || !v.state.atSea());
    e.targets.removeIf(v -> {
      boolean gone = v.encounter != e || v.state != VesselState.TRANSIT || v.mission == null
          || distanceNm(v, e.contact.feature()) > e.contact.radiusNm();
      if (gone && v.encounter == e) {
        v.encounter = null;
      }
      return gone;
    });
    for (Vessel v : sim.commandByIndex(e.contact.targetIndex()).vessels()) {
      if (v.encounter == null && v.state == VesselState.TRANSIT && v.mission != null
          && Interception.sameGroup(v.mission, e.mission)
          && distanceNm(v, e.contact.feature()) <= e.contact.radiusNm()) {
        e.join(v, false);
      }
    }
  }

  // ----- playing the ladder ---------------------------------------------------------------------

  void step() {
    for (int i = 0; i < open.size(); i++) {
      round(open.get(i));
    }
    open.removeIf(e -> e.closed);
  }

  private void round(Encounter e) {
    if (e.contact.kind() == EncounterKind.STANDOFF) {
      refreshStandoff(e);
    } else {
      refreshInterception(e);
    }
    if (e.targets.isEmpty()) {
      close(e, e.contact.kind() == EncounterKind.INTERCEPTION ? interceptionEnd(e) : EpisodeEnd.TARGET_LEFT);
      return;
    }
    if (e.challengers.isEmpty()) {
      close(e, EpisodeEnd.CHALLENGER_LEFT);
      return;
    }
    e.hours++;
    bindCaps(e);
    Vessel victimOfC = mostCoercible(e.targets);
    Vessel victimOfT = mostCoercible(e.challengers);
    situate(challengerSide, e, true, victimOfC);
    situate(targetSide, e, false, victimOfT);
    int lc = sim.ladder.choose(challengerSide, sim.draws.uniform(RandomDraws.Stream.LADDER, e.drawKey, e.hours, 0));
    int lt = sim.ladder.choose(targetSide, sim.draws.uniform(RandomDraws.Stream.LADDER, e.drawKey, e.hours, 1));
    e.challengerLast = lc;
    e.targetLast = lt;
    e.challengerMax = Math.max(e.challengerMax, lc);
    e.targetMax = Math.max(e.targetMax, lt);
    coercion.act(e, actor(e.challengers, lc), victimOfC, lc, challengerSide.witnesses);
    if (!e.closed && !e.targets.isEmpty()) {
      coercion.act(e, actor(e.targets, lt), victimOfT, lt, targetSide.witnesses);
    }
    if (e.closed) {
      return;
    }
    if (e.contact.kind() == EncounterKind.INTERCEPTION) {
      coercion.intercept(e, victimOfC, lc, lt);
      if (!e.targets.isEmpty() && !e.challengers.isEmpty()) {
        coercion.shadow(e);
      }
    }
  }

  /** The vessel of a side that carries out an act: the first able to, by equipment and rules. */
  private Vessel actor(List<Vessel> side, int level) {
    for (Vessel v : side) {
      Hull h = v.hull();
      if (level == 0 || (capable(v, level) && level <= sim.parameters().roeCap(h.nationIndex(), h.agency()))) {
        return v;
      }
    }
    return side.get(0);
  }

  private static EpisodeEnd interceptionEnd(Encounter e) {
    if (e.boatsThrough == 0 && e.boatsTurnedBack > 0) {
      return EpisodeEnd.TURNED_BACK;
    }
    return e.boatsTurnedBack > 0 ? EpisodeEnd.PARTLY_THROUGH : EpisodeEnd.ARRIVED;
  }

  /** The vessel of a side the other side would rather coerce: the lowest risk, then the lowest id. */
  private Vessel mostCoercible(List<Vessel> side) {
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
  private void situate(EscalationLadder.Situation s, Encounter e, boolean challenger, Vessel victim) {
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
  private void bindCaps(Encounter e) {
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
      if (distanceNm(lat, lon, p.position().lat(), p.position().lon()) <= radiusNm) {
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

  // ----- the end --------------------------------------------------------------------------------

  void close(Encounter e, EpisodeEnd end) {
    if (e.closed) {
      return;
    }
    e.closed = true;
    e.end = end;
    coercion.flushIncident(e);
    if (e.contact.kind() == EncounterKind.INTERCEPTION) {
      for (Vessel v : e.challengers) {
        if (v.encounter == e && v.state.atSea() && v.state != VesselState.RETURNING) {
          v.encounter = null;
          responders.resumeAfter(v); // interceptors go back to where they were posted
        }
      }
    }
    e.releaseAll();
    responders.release(e);
    sim.metrics.episodeClosed(e);
    sim.emit(record(e));
    for (SeaEvent.Act a : e.acts) {
      int side = a.against().equals(e.contact.target()) ? 0 : 1;
      boolean reported = e.reportedDays.contains(2 * (int) (a.tick() / 24) + side);
      sim.emit(reported == a.reported() ? a : new SeaEvent.Act(a.episodeId(), a.tick(), a.date(), a.feature(),
          a.lat(), a.lon(), a.actor(), a.against(), a.actorVessel(), a.targetVessel(), a.targetAgency(),
          a.level(), reported));
    }
  }

  /** Closes the incidents of the day that ended in every open episode (the episodes go on). */
  void closeIncidents() {
    for (Encounter e : open) {
      coercion.flushIncident(e);
    }
  }

  /** Ends every open episode (the run is over). */
  void closeAll() {
    for (Encounter e : open) {
      close(e, EpisodeEnd.RUN_ENDED);
    }
    open.clear();
  }

  private SeaEvent.Episode record(Encounter e) {
    Contact c = e.contact;
    return new SeaEvent.Episode(e.id, c.kind(), c.tick(), sim.context().date((int) (c.tick() / 24)),
        (int) e.hours, c.featureId(), round(c.lat()), round(c.lon()), round(c.distanceNm()),
        c.challenger(), c.target(), Encounter.agencies(e.challengerAgencies), Encounter.agencies(e.targetAgencies),
        c.targetMission() == null ? "" : c.targetMission().key(), e.involved, e.getMaxLevel(), e.challengerMax,
        e.targetMax, e.end, e.damaged, e.injuries, e.incidents, e.reported);
  }

  static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
