package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;

/**
 * A task a command gives to one or more vessels: go to a place and do something there for a
 * while. Missions are the only way vessels leave port.
 */
public final class Mission {
  private final int id;
  private final MissionType type;
  private final String nation;
  private final Place place;
  private final int destinationCell;
  private final double stationHours;
  private final long createdTick;
  private final List<Vessel> vessels = new ArrayList<>();
  /** For resupply: the run this mission carries out. */
  private ResupplyRun resupply;
  /** For a response: the encounter reinforced. */
  private Encounter encounter;
  /** For joint patrols: the programme's agreement id. */
  private String agreementId = "";
  /** For presence and swarms: the standing task this sortie serves. */
  StationTask task;
  /** For freedom-of-navigation transits: the features passed, in order, and the current leg. */
  java.util.List<Place> waypoints = java.util.List.of();
  int leg;
  /** Speed limit of a group that sails together (supply boats and escorts), knots; 0 if none. */
  double groupSpeedKn;

  Mission(int id, MissionType type, String nation, Place place, int destinationCell, double stationHours, long createdTick) {
    this.id = id;
    this.type = type;
    this.nation = nation;
    this.place = place;
    this.destinationCell = destinationCell;
    this.stationHours = stationHours;
    this.createdTick = createdTick;
  }

  public int getId() {
    return id;
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

  public int destinationCell() {
    return destinationCell;
  }

  /** Hours a vessel keeps station once there (0 for missions that end on arrival). */
  public double stationHours() {
    return stationHours;
  }

  public long createdTick() {
    return createdTick;
  }

  public List<Vessel> vessels() {
    return vessels;
  }

  ResupplyRun resupply() {
    return resupply;
  }

  void setResupply(ResupplyRun run) {
    this.resupply = run;
  }

  Encounter encounter() {
    return encounter;
  }

  void setEncounter(Encounter e) {
    this.encounter = e;
  }

  public String agreementId() {
    return agreementId;
  }

  void setAgreementId(String id) {
    this.agreementId = id;
  }

  @Override
  public String toString() {
    return type.key() + " " + place.id();
  }
}
