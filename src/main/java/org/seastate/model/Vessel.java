package org.seastate.model;

import org.seastate.geo.DistanceField;
import org.seastate.geo.LatLon;
import org.seastate.geo.Place;

/**
 * One ship: coast-guard cutter, warship, militia trawler or chartered supply boat. It sails
 * over water along navigation fields, keeps station, returns to a usable port before its
 * endurance runs out, and turns around in port before it can be tasked again.
 *
 * <p>A plain holder of the vessel's state: {@link Voyages} moves it every hour (in id order)
 * and changes its state; commands, encounters and metrics read it. The GUI's inspector shows
 * it through its own view of these accessors.
 */
public final class Vessel {
  /** Hours of endurance kept in reserve when deciding to head home (assumption, see ODD). */
  static final double RESERVE_HOURS = 24;
  /** Minimum turnaround in port after a sortie, hours (assumption, see ODD). */
  static final double MIN_TURNAROUND_HOURS = 48;
  /** Turnaround in port as a share of the sortie just ended (assumption, see ODD). */
  static final double TURNAROUND_SHARE = 0.5;

  private final Hull hull;

  VesselState state = VesselState.IN_PORT;
  Mission mission;
  Encounter encounter;
  /** Position {lat, lon}; updated in place as the vessel moves. */
  final double[] pos = new double[2];
  int cell;
  /** The port the vessel is in, or heads for when returning. */
  Place port;
  /** The port it would return to from its current sortie, and the route there. */
  Place returnPort;
  DistanceField returnField;
  /** Off-map leg beyond the return route's end, nm (0 for ports on the map). */
  double returnExtraNm;
  /** Agreement whose capacity effect delivers this vessel, or null for a fleet vessel. */
  String deliveredBy;
  long readyAt;
  long sortieStart;
  /** When the current leg (to the current destination) began. */
  long legStart;
  /** An encounter this vessel is hurrying to, while keeping its own mission. */
  Encounter responseTo;
  long leaveAt;
  long repairUntil;
  long offMapUntil;
  /** True while coming in from an off-map base, false while going out to it. */
  boolean inbound;
  boolean responding;
  DistanceField field;
  Vessel relief;
  boolean damaged;
  /** State before an encounter drew the vessel in, to resume afterwards. */
  VesselState beforeEngaged;
  /** Hour before which the endurance check may be skipped (see Voyages.checkEndurance). */
  long enduranceCheckAt;
  /** Going back to a station it held before an encounter: keep the old leave time. */
  boolean resuming;
  /** Day this vessel last opened an encounter as a policing ship. */
  int lastChallengeDay = -1;
  double courseDeg;
  /** Share of its speed the vessel makes next hour (below 1 while blocked in an interception). */
  double impede = 1;

  Vessel(Hull hull) {
    this.hull = hull;
    this.port = hull.homePort();
  }

  /** What the vessel is for the whole run. */
  public Hull hull() {
    return hull;
  }

  public VesselState state() {
    return state;
  }

  public Mission mission() {
    return mission;
  }

  public LatLon position() {
    return new LatLon(pos[0], pos[1]);
  }

  public double lat() {
    return pos[0];
  }

  public double lon() {
    return pos[1];
  }

  /** Heading over the last hour, degrees clockwise from north. */
  public double course() {
    return courseDeg;
  }

  /** Days since the vessel left port at hour {@code now} of the run (0 in port). */
  public double daysAtSea(long now) {
    return hoursAtSea(now) / 24.0;
  }

  /** Days of endurance left at hour {@code now}: the class endurance less the days at sea. */
  public double enduranceLeftDays(long now) {
    return hull.type().enduranceDays() - daysAtSea(now);
  }

  /** The port the vessel is in, or heads for when returning. */
  public Place port() {
    return port;
  }

  /** Speed this hour: top speed when responding to an incident, cruise speed otherwise. */
  double speedKn() {
    double v = responding ? hull.type().maxKn() : hull.type().cruiseKn();
    if (mission != null && mission.groupSpeedKn > 0 && !responding) {
      v = Math.min(v, mission.groupSpeedKn);
    }
    return v;
  }

  double enduranceHours() {
    return hull.type().enduranceDays() * 24.0;
  }

  /** Hours since leaving port, or 0 in port. */
  double hoursAtSea(long now) {
    return state == VesselState.IN_PORT || state == VesselState.REPAIRING
        || state == VesselState.NOT_DELIVERED ? 0 : now - sortieStart;
  }

  /** Whether the vessel can be given a new mission now. */
  boolean ready(long now) {
    return state == VesselState.IN_PORT && now >= readyAt;
  }

  /** Turnaround time after a sortie of the given length, hours. */
  static double turnaroundHours(double sortieHours) {
    return Math.max(MIN_TURNAROUND_HOURS, TURNAROUND_SHARE * sortieHours);
  }

  @Override
  public String toString() {
    return hull.name();
  }
}
