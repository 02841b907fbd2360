package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;

/**
 * A confrontation at sea: a vessel policing its nation's claim has challenged a rival's vessel.
 * Each hour each side picks a level on the escalation ladder; others join as they arrive. It
 * ends when the challenged mission is blocked, gets through, the target leaves, the standoff
 * times out, or an armed clash makes it a crisis.
 */
public final class Encounter {
  final int id;
  final long openedTick;
  final String challenger;
  final String target;
  final Place feature;
  final MissionType targetMission;
  final double lat0;
  final double lon0;
  final List<Vessel> challengers = new ArrayList<>();
  final List<Vessel> targets = new ArrayList<>();
  final List<String> involved = new ArrayList<>();
  final java.util.SortedSet<String> challengerAgencies = new java.util.TreeSet<>();
  final java.util.SortedSet<String> targetAgencies = new java.util.TreeSet<>();
  /** Per side: whether a de-escalation cap is honoured in this encounter, and the cap. */
  int challengerCap = Integer.MAX_VALUE;
  int targetCap = Integer.MAX_VALUE;
  int challengerMax;
  int targetMax;
  int lastChallengerLevel;
  int lastTargetLevel;
  int damaged;
  int injuries;
  long hours;
  boolean closed;
  String outcome = "";

  Encounter(int id, long openedTick, String challenger, String target, Place feature,
      MissionType targetMission, double lat, double lon) {
    this.id = id;
    this.openedTick = openedTick;
    this.challenger = challenger;
    this.target = target;
    this.feature = feature;
    this.targetMission = targetMission;
    this.lat0 = lat;
    this.lon0 = lon;
  }

  /** Where the encounter is now: at its lead target, or where it opened. */
  public double lat() {
    return targets.isEmpty() ? lat0 : targets.get(0).lat();
  }

  public double lon() {
    return targets.isEmpty() ? lon0 : targets.get(0).lon();
  }

  public int getId() {
    return id;
  }

  public String getChallenger() {
    return challenger;
  }

  public String getTarget() {
    return target;
  }

  /** Highest level either side has used so far. */
  public int getMaxLevel() {
    return Math.max(challengerMax, targetMax);
  }

  /** Level the challenger used in the last round. */
  public int getCurrentLevel() {
    return Math.max(lastChallengerLevel, lastTargetLevel);
  }

  public String getFeature() {
    return feature == null ? "" : feature.id();
  }

  public List<Vessel> challengers() {
    return challengers;
  }

  public List<Vessel> targets() {
    return targets;
  }

  public boolean isClosed() {
    return closed;
  }

  void join(Vessel v, boolean challengerSide) {
    (challengerSide ? challengers : targets).add(v);
    (challengerSide ? challengerAgencies : targetAgencies).add(v.agency().key());
    v.encounter = this;
    if (!involved.contains(v.name())) {
      involved.add(v.name());
    }
  }

  /** A vessel leaves (endurance, damage); the encounter goes on without it. */
  void leave(Vessel v) {
    challengers.remove(v);
    targets.remove(v);
    if (v.encounter == this) {
      v.encounter = null;
    }
  }
}
