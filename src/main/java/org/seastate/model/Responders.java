package org.seastate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seastate.scenario.Agency;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;

/**
 * Reinforcements for standoffs: when a standoff opens, each side's command (and partners that
 * reinforce partners) sends vessels within its response radius to the feature; they wait there
 * while the episode lasts and then go back to what they were doing, or home.
 */
final class Responders {
  private final SeaStateSim sim;

  Responders(SeaStateSim sim) {
    this.sim = sim;
  }

  /** Sends each side's responders (and partners') to a standoff that has just opened. */
  void call(Encounter e) {
    long now = sim.now();
    List<Command> senders = new ArrayList<>();
    senders.add(sim.commandByIndex(e.contact.challengerIndex()));
    senders.add(sim.commandByIndex(e.contact.targetIndex()));
    for (Command c : sim.commands) {
      if (!senders.contains(c) && c.policy().response().forPartners()
          && sim.rules().partners(c.code(), e.contact.target())) {
        senders.add(c);
      }
    }
    int cell = sim.routes.cellOf(e.contact.feature());
    for (Command c : senders) {
      for (Vessel v : select(c, e, now)) {
        if (v.state == VesselState.IN_PORT) {
          Mission m = new Mission(new Tasking(MissionType.RESPONSE, c.code(), e.contact.feature(), cell, 0));
          sim.voyages.dispatch(v, m, true);
        } else {
          sim.voyages.respond(v, cell);
        }
        v.responseTo = e;
        e.responders.add(v);
      }
    }
  }

  /**
   * Vessels a nation's command sends to reinforce an encounter: ready or on-station vessels
   * within the response radius, nearest first, at most the policy's number.
   */
  private static List<Vessel> select(Command c, Encounter e, long now) {
    Policy.Response r = c.policy().response();
    List<Vessel> out = new ArrayList<>();
    if (r.maxVessels() == 0) {
      return out;
    }
    List<Vessel> candidates = new ArrayList<>();
    for (Vessel v : c.vessels()) {
      if (v.hull().agency() == Agency.SUPPLY || v.encounter != null || v.damaged) {
        continue;
      }
      boolean inPortReady = v.ready(now);
      boolean onStation = v.state == VesselState.ON_STATION && v.mission != null
          && (v.mission.tasking().type() == MissionType.PRESENCE || v.mission.tasking().type() == MissionType.SWARM
              || v.mission.tasking().type() == MissionType.JOINT_PATROL);
      if (!inPortReady && !onStation) {
        continue;
      }
      if (Encounters.distanceNm(v.lat(), v.lon(), e.lat(), e.lon()) <= r.radiusNm()) {
        candidates.add(v);
      }
    }
    candidates.sort(Comparator.comparingDouble(
        (Vessel v) -> Encounters.distanceNm(v.lat(), v.lon(), e.lat(), e.lon())).thenComparingInt(v -> v.hull().id()));
    for (Vessel v : candidates) {
      if (out.size() >= r.maxVessels()) {
        break;
      }
      out.add(v);
    }
    return out;
  }

  /** A responder reached the feature: it waits there while the episode lasts. */
  void arrived(Vessel v) {
    Encounter e = v.responseTo;
    v.responding = false;
    if (e.closed) {
      v.responseTo = null;
      resumeAfter(v);
      return;
    }
    v.state = VesselState.ON_STATION; // until the episode ends (see the on-station step of Voyages)
  }

  /** The episode ended: its responders still waiting go back to their missions. */
  void release(Encounter e) {
    for (Vessel v : e.responders) {
      if (v.responseTo == e) {
        v.responseTo = null;
        v.responding = false;
        if (v.state.atSea() && v.state != VesselState.RETURNING) {
          resumeAfter(v);
        }
      }
    }
  }

  /** Back to the mission the vessel had before it was drawn away, or home. */
  void resumeAfter(Vessel v) {
    long now = sim.now();
    if (v.mission == null || v.mission.tasking().type() == MissionType.RESPONSE) {
      sim.voyages.endMission(v, now);
      return;
    }
    if (v.mission.resupply != null && v.mission.resupply.done) {
      sim.voyages.endMission(v, now);
      return;
    }
    v.resuming = v.resuming || v.state == VesselState.ON_STATION;
    v.field = sim.routes.fieldToCell(v.mission.tasking().destinationCell());
    v.state = VesselState.TRANSIT;
  }
}
