package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;

/**
 * A task a command gives to one or more vessels: go to a place and do something there for a
 * while. Missions are the only way vessels leave port.
 *
 * <p>The model reads and sets its routing state directly (package fields, as for
 * {@link Vessel}); other packages see its type, nation, place and vessels.
 */
public final class Mission {
  private final MissionType type;
  private final String nation;
  private final Place place;
  /** The cell the vessels sail for: the place's berth or station. */
  final int destinationCell;
  /** Hours a vessel keeps station once there (0 for missions that end on arrival). */
  final double stationHours;
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

  Mission(MissionType type, String nation, Place place, int destinationCell, double stationHours) {
    this.type = type;
    this.nation = nation;
    this.place = place;
    this.destinationCell = destinationCell;
    this.stationHours = stationHours;
  }

  public MissionType type() {
    return type;
  }

  public String nation() {
    return nation;
  }

  /** The feature or port the mission goes to. */
  public Place place() {
    return place;
  }

  /** The vessels sailing it, in the order they were assigned. */
  public List<Vessel> vessels() {
    return vessels;
  }

  @Override
  public String toString() {
    return type.key() + " " + place.id();
  }
}
