package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.scenario.MissionType;

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
    senders.add(sim.commandByIndex(e.challengerIndex));
    senders.add(sim.commandByIndex(e.targetIndex));
    for (Command c : sim.commands) {
      if (!senders.contains(c) && c.policy().response().forPartners()
          && sim.rules().partners(c.code(), e.target)) {
        senders.add(c);
      }
    }
    int cell = sim.cellOf(e.feature);
    for (Command c : senders) {
      for (Vessel v : c.responders(e, now)) {
        if (v.state == VesselState.IN_PORT) {
          Mission m = sim.newMission(MissionType.RESPONSE, c.code(), e.feature, cell, 0);
          m.setEncounter(e);
          sim.dispatch(v, m, true);
        } else {
          sim.respond(v, cell);
        }
        v.responseTo = e;
        e.responders.add(v);
      }
    }
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
    v.state = VesselState.ON_STATION; // until the episode ends (see SeaStateSim's on-station step)
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
    if (v.mission == null || v.mission.type() == MissionType.RESPONSE || v.mission.isClosed()) {
      sim.endMission(v, now);
      return;
    }
    if (v.mission.resupply() != null && v.mission.resupply().done) {
      sim.endMission(v, now);
      return;
    }
    v.resuming = v.resuming || v.state == VesselState.ON_STATION;
    v.field = sim.fieldToCell(v.mission.destinationCell());
    v.state = VesselState.TRANSIT;
  }
}
