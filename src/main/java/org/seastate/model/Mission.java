package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;

/**
 * A task a command gives to one or more vessels: go to a place and do something there for a
 * while. Missions are the only way vessels leave port.
 *
 * <p>The model reads and sets its routing state directly (package fields, as for
 * {@link Vessel}); other packages see its {@link Tasking} and its vessels.
 */
public final class Mission {
  private final Tasking tasking;
  private final List<Vessel> vessels = new ArrayList<>();
  /** For resupply: the run this mission carries out. */
  ResupplyRun resupply;
  /** For presence and swarms: the standing task this sortie serves. */
  StationTask task;
  /** For freedom-of-navigation transits: the features passed, in order, and the current leg. */
  List<Place> waypoints = List.of();
  int leg;
  /** Speed limit of a group that sails together (supply boats and escorts), knots; 0 if none. */
  double groupSpeedKn;

  Mission(Tasking tasking) {
    this.tasking = tasking;
  }

  /** What the mission was given to do. */
  public Tasking tasking() {
    return tasking;
  }

  /** The vessels sailing it, in the order they were assigned. */
  public List<Vessel> vessels() {
    return vessels;
  }

  @Override
  public String toString() {
    return tasking.type().key() + " " + tasking.place().id();
  }
}
