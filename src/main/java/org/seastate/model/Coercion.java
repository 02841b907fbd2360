package org.seastate.model;

import java.util.List;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.MissionType;

/**
 * What acts on the ladder do: a block slows an intercepted mission, water cannon and collisions
 * may turn boats back, collisions damage the smaller hull, a boarding seizes the vessel, an
 * armed clash is a crisis. It also gathers acts into incidents (an episode's acts against one
 * side on one day) and passes each incident through the reporting model.
 */
final class Coercion {
  /** Acts from this level up are incidents (a block or dangerous manoeuvre and worse). */
  static final int INCIDENT_LEVEL = 3;
  /** Acts from this level up are coercive acts logged one by one (water cannon and worse). */
  static final int COERCIVE_LEVEL = 4;

  private final SeaStateSim sim;
  private final Encounters encounters;

  Coercion(SeaStateSim sim, Encounters encounters) {
    this.sim = sim;
    this.encounters = encounters;
  }

  /**
   * One side's act this hour against {@code victim}; {@code witnesses} are the third parties
   * watching on the victim's behalf.
   */
  void act(Encounter e, Vessel actor, Vessel victim, int level, int witnesses) {
    if (level < INCIDENT_LEVEL) {
      return;
    }
    EscalationSettings s = sim.parameters().escalation();
    sim.metrics.act(actor.hull().nationIndex(), victim.hull().nationIndex(), victim.hull().agency(), level);
    int side = victim.hull().nationIndex() == e.contact.targetIndex() ? 0 : 1;
    noteIncident(e, side, level, witnesses);
    if (level >= COERCIVE_LEVEL) {
      long now = sim.now();
      e.acts.add(new SeaEvent.Act(e.id, now, sim.date(), e.contact.featureId(),
          Encounters.round(victim.lat()), Encounters.round(victim.lon()), actor.hull().nation(), victim.hull().nation(),
          actor.hull().name(), victim.hull().name(), victim.hull().agency().key(), level, false));
      if (victim.mission != null && victim.mission.resupply != null) {
        victim.mission.resupply.coerced = true;
      }
      if (sim.draws.chance(s.injuryProbability(), RandomDraws.Stream.COERCION, e.drawKey, e.hours, side * 2)) {
        e.injuries++;
      }
    }
    switch (level) {
      case 5 -> {
        if (sim.draws.chance(s.collisionDamage(), RandomDraws.Stream.COERCION, e.drawKey, e.hours, side * 2 + 1)) {
          damage(e, actor.hull().type().tonnage() < victim.hull().type().tonnage() ? actor : victim);
        }
      }
      case 6 -> damage(e, victim); // boarded and seized: taken out of the episode
      case 7 -> {
        sim.crisis();
        encounters.close(e, EpisodeEnd.CRISIS);
      }
      default -> { }
    }
  }

  /**
   * Per-boat effects of the challenger's act on an intercepted mission: water cannon and worse
   * may turn the boat acted against back (more likely the more the interceptors outweigh the
   * group and the less the group pushes back); a block or worse slows every boat of the group
   * for the next hour.
   */
  void intercept(Encounter e, Vessel victim, int lc, int lt) {
    EscalationSettings s = sim.parameters().escalation();
    if (lc >= COERCIVE_LEVEL && e.targets.contains(victim)) {
      double strengthC = s.effect(lc) * tonnage(e.challengers);
      double strengthT = (0.25 + s.effect(lt)) * tonnage(e.targets);
      double pTurn = s.blockPerEffect() * s.effect(lc) * strengthC / (strengthC + strengthT);
      if (sim.draws.chance(pTurn, RandomDraws.Stream.TURN_BACK, e.drawKey, e.hours, victim.hull().id())) {
        turnBack(e, victim);
      }
    }
    if (lc >= INCIDENT_LEVEL) {
      double slow = Math.max(0.1, 1 - s.effect(lc) / Math.max(1e-9, s.effect(EscalationSettings.MAX_LEVEL)));
      for (Vessel t : e.targets) {
        t.impede = slow;
      }
    }
  }

  private void turnBack(Encounter e, Vessel v) {
    e.leave(v);
    if (v.mission != null && v.mission.tasking().type() == MissionType.RESUPPLY) {
      e.boatsTurnedBack++;
      sim.commandByIndex(v.hull().nationIndex()).resupplies().turnedBack(v);
    }
    sim.voyages.endMission(v, sim.now());
  }

  private void damage(Encounter e, Vessel v) {
    e.damaged++;
    v.damaged = true;
    boolean target = e.targets.contains(v);
    e.leave(v);
    if (target && e.contact.kind() == EncounterKind.INTERCEPTION) {
      turnBack(e, v);
    } else {
      sim.voyages.endMission(v, sim.now());
    }
  }

  /** Interceptors keep close to the lead boat, never crossing land. */
  void shadow(Encounter e) {
    Vessel lead = e.targets.get(0);
    for (Vessel c : e.challengers) {
      double d = Encounters.distanceNm(c.lat(), c.lon(), lead.lat(), lead.lon());
      double step = c.hull().type().maxKn();
      if (d <= step) {
        c.pos[0] = lead.pos[0];
        c.pos[1] = lead.pos[1];
        c.cell = lead.cell;
        continue;
      }
      double f = 1.0 / Math.ceil(d); // close in along the straight line in 1-nm steps, short of land
      double dLat = (lead.lat() - c.lat()) * f;
      double dLon = (lead.lon() - c.lon()) * f;
      for (double done = 0; done + 1 <= step; done += 1) {
        double lat = c.pos[0] + dLat;
        double lon = c.pos[1] + dLon;
        int cell = sim.grid().cellOf(lat, lon);
        if (cell < 0 || !sim.context().theater().isNavigable(cell)) {
          break;
        }
        c.pos[0] = lat;
        c.pos[1] = lon;
        c.cell = cell;
      }
    }
  }

  private static double tonnage(List<Vessel> side) {
    double t = 0;
    for (Vessel v : side) {
      t += v.hull().type().tonnage();
    }
    return t;
  }

  // ----- incidents ------------------------------------------------------------------------------

  /** Adds an act to the incident of its day against one side (0 = the target, 1 = the challenger). */
  private void noteIncident(Encounter e, int side, int level, int witnesses) {
    int day = sim.dayIndex();
    if (e.incidentDay[side] != day) {
      flush(e, side);
      e.incidentDay[side] = day;
    }
    int before = e.incidentLevel[side];
    if (level > before) {
      e.incidentLevel[side] = level;
      double add = sim.parameters().escalation().tensionPerSeverity() * (level * level - before * before);
      sim.tension.add(e.contact.challenger(), e.contact.target(), add);
    }
    e.incidentWitnesses[side] = Math.max(e.incidentWitnesses[side], witnesses);
  }

  /** Closes the incidents being gathered (the episode ends). */
  void flushIncident(Encounter e) {
    flush(e, 0);
    flush(e, 1);
  }

  private void flush(Encounter e, int side) {
    int day = e.incidentDay[side];
    int level = e.incidentLevel[side];
    if (day >= 0 && level >= INCIDENT_LEVEL) {
      int victim = side == 0 ? e.contact.targetIndex() : e.contact.challengerIndex();
      String code = sim.nationCode(victim);
      double p = ObservationModel.reportProbability(sim.context().scenario().metrics(), level,
          sim.parameters().publicity(code), e.incidentWitnesses[side]);
      boolean reported = ObservationModel.reported(sim.draws, e, side, day, p);
      e.incidents++;
      if (reported) {
        e.reported++;
        e.reportedDays.add(2 * day + side);
      }
      sim.metrics.incident(victim, level, reported);
    }
    e.incidentDay[side] = -1;
    e.incidentLevel[side] = 0;
    e.incidentWitnesses[side] = 0;
  }
}
