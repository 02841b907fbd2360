package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;

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
  private final EpisodeSides sides;
  private int nextId;

  Encounters(SeaStateSim sim) {
    this.sim = sim;
    this.coercion = new Coercion(sim, this);
    this.responders = new Responders(sim);
    this.sides = new EpisodeSides(sim);
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
    sides.bindCaps(e);
    Vessel victimOfC = sides.mostCoercible(e.targets);
    Vessel victimOfT = sides.mostCoercible(e.challengers);
    sides.situate(challengerSide, e, true, victimOfC);
    sides.situate(targetSide, e, false, victimOfT);
    int lc = sim.ladder.choose(challengerSide, sim.draws.uniform(RandomDraws.Stream.LADDER, e.drawKey, e.hours, 0));
    int lt = sim.ladder.choose(targetSide, sim.draws.uniform(RandomDraws.Stream.LADDER, e.drawKey, e.hours, 1));
    e.challengerLast = lc;
    e.targetLast = lt;
    e.challengerMax = Math.max(e.challengerMax, lc);
    e.targetMax = Math.max(e.targetMax, lt);
    coercion.act(e, sides.actor(e.challengers, lc), victimOfC, lc, challengerSide.witnesses);
    if (!e.closed && !e.targets.isEmpty()) {
      coercion.act(e, sides.actor(e.targets, lt), victimOfT, lt, targetSide.witnesses);
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

  private static EpisodeEnd interceptionEnd(Encounter e) {
    if (e.boatsThrough == 0 && e.boatsTurnedBack > 0) {
      return EpisodeEnd.TURNED_BACK;
    }
    return e.boatsTurnedBack > 0 ? EpisodeEnd.PARTLY_THROUGH : EpisodeEnd.ARRIVED;
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
