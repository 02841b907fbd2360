package org.seastate.model;

import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;

/**
 * A nation's freedom-of-navigation transits: a ship sails past each feature of the policy's
 * route in turn, one leg (a mission) at a time, then heads home. Apart from {@link Command}
 * because a transit is not a standing task: it only borrows the command's choice of a ready
 * ship.
 */
final class Fonops {
  private final SeaStateSim sim;
  private final Command command;

  Fonops(SeaStateSim sim, Command command) {
    this.sim = sim;
    this.command = command;
  }

  /** Sends the ready ship nearest the route's first feature, if any. */
  void launch(Policy.Fonops f, long now) {
    List<Place> route = f.features().stream().map(id -> sim.context().scenario().place(id)).toList();
    Place first = route.get(0);
    int cell = sim.routes.cellOf(first);
    Vessel v = command.pickReady(f.agency(), null, cell, 24);
    if (v == null) {
      return;
    }
    Mission m = new Mission(new Tasking(MissionType.FONOP, command.code(), first, cell, 0));
    m.waypoints = route;
    m.leg = 0;
    sim.metrics.fonop(command.code());
    sim.voyages.dispatch(v, m, false);
  }

  /** A transit passed one of its features: on to the next, or home. */
  void waypoint(Vessel v, Mission m, long now) {
    m.leg++;
    if (m.leg >= m.waypoints.size()) {
      sim.voyages.endMission(v, now);
      return;
    }
    Place next = m.waypoints.get(m.leg);
    Mission leg =
        new Mission(new Tasking(MissionType.FONOP, command.code(), next, sim.routes.cellOf(next), 0));
    leg.waypoints = m.waypoints;
    leg.leg = m.leg;
    sim.voyages.redirect(v, leg, false);
  }
}
