package org.seastate.model;

import org.seastate.geo.Place;
import org.seastate.geo.Theater;
import org.seastate.scenario.MissionType;

/**
 * The vessels' state machine: each hour a vessel in transit or on station moves along its
 * field, turns for home when its endurance requires, hands over to its relief, arrives, turns
 * around or is repaired in port. Commands, encounters and responses change a vessel's course
 * only through this class (dispatch, redirect, respond, end of mission), so every change of
 * state sets the sortie clock, the return port and the route the same way.
 */
final class Voyages {
  private final SeaStateSim sim;
  private final Theater theater;
  private final Routes routes;
  /**
   * Counts the times a vessel was set sailing (in transit or on station) outside its own hourly
   * step, so detection knows when the list of vessels at sea it took may be incomplete.
   */
  int sailings;

  Voyages(SeaStateSim sim, Routes routes) {
    this.sim = sim;
    this.theater = sim.context().theater();
    this.routes = routes;
  }

  /** One hour of a vessel's voyage (vessels step in id order). */
  void step(Vessel v, long now) {
    switch (v.state) {
      case IN_PORT, NOT_DELIVERED -> { }
      case REPAIRING -> {
        if (now >= v.repairUntil) {
          v.state = VesselState.IN_PORT;
          v.damaged = false;
          v.readyAt = now;
        }
      }
      case OFF_MAP -> {
        if (now >= v.offMapUntil) {
          if (v.inbound) {
            v.state = VesselState.TRANSIT;
          } else {
            arriveInPort(v, now);
          }
        }
      }
      case TRANSIT -> {
        if (now >= v.enduranceCheckAt && checkEndurance(v, now)) {
          return;
        }
        double speed = v.speedKn() * v.impede;
        if (v.impede < 1 && v.mission != null && v.mission.tasking().type() == MissionType.RESUPPLY
            && v.mission.resupply != null) {
          v.mission.resupply.delayHours += 1 - v.impede; // the share of this hour lost to blocking
        }
        v.impede = 1;
        if (move(v, speed)) {
          if (v.responseTo != null && v.responding) {
            sim.encounters.responders.arrived(v);
          } else {
            arriveAtDestination(v, now);
          }
        }
      }
      case ON_STATION -> {
        if (now >= v.enduranceCheckAt && checkEndurance(v, now)) {
          return;
        }
        // Handover: a ship whose relief has taken station leaves, even before its own time is up
        // (the relief was sent because it was due, or because its endurance was running out).
        boolean handedOver = v.relief != null && sameTask(v.relief, v)
            && v.relief.state == VesselState.ON_STATION;
        // A responder waits at the feature while the episode it was sent to lasts.
        if (v.responseTo == null && (handedOver || (now >= v.leaveAt && relievedOrAlone(v, now)))) {
          endMission(v, now);
        }
      }
      case RETURNING -> {
        if (move(v, v.speedKn())) {
          if (theater.isOffMap(v.port)) {
            v.state = VesselState.OFF_MAP;
            v.inbound = false;
            v.offMapUntil = now + (long) Math.ceil(theater.offMapTransitHours(v.port, v.hull().type().cruiseKn()));
          } else {
            arriveInPort(v, now);
          }
        }
      }
      default -> throw new IllegalStateException("unhandled state " + v.state);
    }
  }

  /** Moves a vessel one hour along its field; true when it has arrived. */
  private boolean move(Vessel v, double speedKn) {
    double lat0 = v.pos[0];
    double lon0 = v.pos[1];
    double want = speedKn;
    double moved = v.field.advance(v.pos, want);
    v.cell = sim.grid().cellOf(v.pos[0], v.pos[1]);
    if (moved > 0) {
      v.courseDeg = Math.toDegrees(Math.atan2(
          (v.pos[1] - lon0) * Math.cos(Math.toRadians(lat0)), v.pos[0] - lat0));
    }
    return moved + 1e-9 < want;
  }

  /**
   * Sends a vessel home if staying longer would leave too little endurance; true if it turned.
   * Callers skip it before {@link Vessel#enduranceCheckAt}: the slack found at the last check
   * cannot have run out yet (most hours of most vessels, so without a call).
   */
  private boolean checkEndurance(Vessel v, long now) {
    double hoursLeft = v.enduranceHours() - v.hoursAtSea(now);
    double needed = hoursHome(v) + Vessel.RESERVE_HOURS;
    double slack = hoursLeft - needed;
    if (slack > 0) {
      // Each hour the slack shrinks by at most one hour at sea plus the change in hours home:
      // the distance moved (at most top speed, with a margin for the route's metric) and one
      // cell's step of the distance field, at cruise speed. Checking again only once that much
      // could have gone keeps the decision on exactly the same hour as checking every hour.
      double maxLossPerHour = 1 + (v.hull().type().maxKn() * 1.2 + 8) / v.hull().type().cruiseKn();
      v.enduranceCheckAt = now + Math.max(1, (long) Math.floor(slack / maxLossPerHour));
      return false;
    }
    if (v.encounter != null) {
      v.encounter.leave(v);
    }
    endMission(v, now);
    return true;
  }

  /** The hour at which, staying where it is, the vessel will have to head home. */
  long enduranceDeadline(Vessel v) {
    return v.sortieStart + (long) (v.enduranceHours() - hoursHome(v) - Vessel.RESERVE_HOURS);
  }

  /** Hours to the port the vessel would return to, at cruise speed. */
  private double hoursHome(Vessel v) {
    if (v.returnField == null) {
      setReturnPort(v, v.returnPort != null ? v.returnPort : v.hull().homePort());
    }
    return (v.returnField.distanceNm(v.cell) + v.returnExtraNm) / v.hull().type().cruiseKn();
  }

  private void setReturnPort(Vessel v, Place p) {
    v.enduranceCheckAt = 0; // a new port or a new sortie: check from scratch
    v.returnPort = p;
    v.returnField = routes.fieldTo(p);
    v.returnExtraNm = routes.offMapNm(p);
  }

  private boolean relievedOrAlone(Vessel v, long now) {
    Mission m = v.mission;
    if (m == null) {
      return true;
    }
    if (m.tasking().type() != MissionType.PRESENCE && m.tasking().type() != MissionType.SWARM) {
      return true;
    }
    // Ships stay until a replacement arrives (FACTS.md §2.2, AMTI); the command sends one.
    if (v.relief == null) {
      return !sim.commandByIndex(v.hull().nationIndex()).wantsRelief(v, now);
    }
    Vessel r = v.relief;
    if (!sameTask(r, v)) {
      v.relief = null; // the relief was diverted; the command will find another
      return false;
    }
    return r.state == VesselState.ON_STATION;
  }

  /** Whether two vessels serve the same standing task (a relief and the ship it relieves). */
  private static boolean sameTask(Vessel a, Vessel b) {
    return a.mission != null && b.mission != null && a.mission.task != null && a.mission.task == b.mission.task;
  }

  void arriveAtDestination(Vessel v, long now) {
    sailings++;
    Mission m = v.mission;
    if (!v.resuming) {
      sim.metrics.transit(v, m, now - v.legStart);
    }
    v.responding = false;
    if (m == null) {
      endMission(v, now);
      return;
    }
    switch (m.tasking().type()) {
      case RESUPPLY -> sim.commandByIndex(v.hull().nationIndex()).resupplies().arrived(v, m, now);
      case RESPONSE -> endMission(v, now);
      case FONOP -> sim.commandByIndex(v.hull().nationIndex()).fonops().waypoint(v, m, now);
      default -> {
        v.state = VesselState.ON_STATION;
        if (!v.resuming) {
          v.leaveAt = now + (long) Math.ceil(m.tasking().stationHours());
        }
        v.resuming = false;
      }
    }
  }

  /** The vessel's mission is over for it: it heads for the nearest usable port. */
  void endMission(Vessel v, long now) {
    Mission m = v.mission;
    if (m != null) {
      m.vessels().remove(v);
    }
    v.mission = null;
    v.relief = null;
    v.responding = false;
    v.responseTo = null;
    v.resuming = false;
    v.encounter = null;
    v.impede = 1;
    Place port = nearestUsablePort(v);
    v.port = port;
    setReturnPort(v, port);
    v.field = v.returnField;
    v.state = VesselState.RETURNING;
  }

  private void arriveInPort(Vessel v, long now) {
    double sortie = now - v.sortieStart;
    placeInPort(v, v.port);
    if (v.damaged) {
      v.state = VesselState.REPAIRING;
      v.repairUntil = now + (long) Math.ceil(sim.parameters.escalation().repairDays() * 24);
    } else {
      v.state = VesselState.IN_PORT;
      v.readyAt = now + (long) Math.ceil(Vessel.turnaroundHours(sortie));
    }
  }

  /** Berths a vessel in a port: at its berth cell, or at the map-edge entry of an off-map port. */
  void placeInPort(Vessel v, Place port) {
    v.port = port;
    if (theater.isOffMap(port)) {
      var entry = theater.offMapEntry(port);
      v.pos[0] = entry.entry().lat();
      v.pos[1] = entry.entry().lon();
      v.cell = entry.cell();
    } else {
      int c = theater.berthCell(port);
      v.pos[0] = sim.grid().centreLat(sim.grid().row(c));
      v.pos[1] = sim.grid().centreLon(sim.grid().col(c));
      v.cell = c;
    }
  }

  /** Sends a ready vessel (in port) to a mission. */
  void dispatch(Vessel v, Mission m, boolean responding) {
    sailings++;
    long now = sim.now();
    assign(v, m, responding, now);
    v.relief = null;
    v.sortieStart = now;
    setReturnPort(v, v.port);
    if (v.state == VesselState.IN_PORT && theater.isOffMap(v.port)) {
      v.state = VesselState.OFF_MAP;
      v.inbound = true;
      v.offMapUntil = now + (long) Math.ceil(theater.offMapTransitHours(v.port, v.speedKn()));
    } else {
      v.state = VesselState.TRANSIT;
    }
  }

  /** Redirects a vessel already at sea to a new mission (keeps its sortie clock). */
  void redirect(Vessel v, Mission m, boolean responding) {
    sailings++;
    assign(v, m, responding, sim.now());
    v.state = VesselState.TRANSIT;
  }

  /** Moves a vessel from whatever mission it had to {@code m}, on a new leg towards its destination. */
  private void assign(Vessel v, Mission m, boolean responding, long now) {
    if (v.mission != null) {
      v.mission.vessels().remove(v);
    }
    v.mission = m;
    m.vessels().add(v);
    v.responding = responding;
    v.responseTo = null;
    v.resuming = false;
    v.legStart = now;
    v.field = routes.fieldToCell(m.tasking().destinationCell());
  }

  /**
   * Sends a vessel at sea to reinforce an encounter at top speed; it keeps its mission and goes
   * back to it when the encounter is over.
   */
  void respond(Vessel v, int cell) {
    sailings++;
    v.resuming = v.state == VesselState.ON_STATION || v.resuming;
    v.responding = true;
    v.field = routes.fieldToCell(cell);
    v.state = VesselState.TRANSIT;
  }

  /** The usable port nearest to the vessel by sea: its own nation's, or opened to it by agreement. */
  Place nearestUsablePort(Vessel v) {
    Place best = v.hull().homePort();
    double bestNm = routes.portDistanceNm(v.cell, best);
    for (Place p : sim.commandByIndex(v.hull().nationIndex()).candidatePorts()) {
      if (p != v.hull().homePort() && sim.rules.mayUsePort(v.hull().nation(), p)) {
        double d = routes.portDistanceNm(v.cell, p);
        if (d < bestNm) {
          best = p;
          bestNm = d;
        }
      }
    }
    return best;
  }
}
