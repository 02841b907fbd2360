package org.seastate.model;

import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;

/**
 * How an {@link Encounter} opened: who challenged whom, where and when. These facts stay fixed
 * while vessels join and leave the episode, so they are one value; they also name the episode's
 * random draws.
 *
 * @param kind standoff or interception
 * @param tick the hour it opened
 * @param challenger code of the challenging nation
 * @param challengerIndex the challenger's index in the scenario's nation order
 * @param target code of the challenged nation
 * @param targetIndex the target's index in the scenario's nation order
 * @param feature the feature it happens at; for an interception, the mission's destination
 * @param radiusNm a standoff's zone around the feature, or an interception's band, nm
 * @param targetMission the type of the challenged vessel's mission, or null
 * @param lat latitude of the challenged vessel when it opened
 * @param lon longitude of the challenged vessel when it opened
 * @param distanceNm the challenged vessel's distance from the feature when it opened, nm
 */
public record Contact(EncounterKind kind, long tick, String challenger, int challengerIndex, String target,
    int targetIndex, Place feature, double radiusNm, MissionType targetMission, double lat, double lon,
    double distanceNm) {

  /** {@code challenger}'s nation meets {@code target}'s at hour {@code tick}, where the target is. */
  static Contact of(EncounterKind kind, long tick, Vessel challenger, Vessel target, Place feature, double radiusNm) {
    Hull c = challenger.hull();
    Hull t = target.hull();
    return new Contact(kind, tick, c.nation(), c.nationIndex(), t.nation(), t.nationIndex(), feature, radiusNm,
        target.mission == null ? null : target.mission.tasking().type(), target.lat(), target.lon(),
        Encounters.distanceNm(target, feature));
  }

  /** The feature's id, or "" when there is none. */
  public String featureId() {
    return feature == null ? "" : feature.id();
  }

  /** Whether it is between nations {@code a} and {@code b}, either way round. */
  boolean between(int a, int b) {
    return (challengerIndex == a && targetIndex == b) || (challengerIndex == b && targetIndex == a);
  }

  /**
   * The key of the episode's random draws (see {@link RandomDraws}): what names it in both runs
   * of a pair is when and where it opened, who against whom (not the encounter's id, which counts
   * every earlier episode).
   */
  long drawKey() {
    return RandomDraws.mix64(tick * 31 + kind.ordinal()) ^ RandomDraws.mix64(
        ((long) challengerIndex << 40) ^ ((long) targetIndex << 32)
            ^ (feature == null ? 0 : feature.id().hashCode()) ^ Double.doubleToLongBits(lat) * 7
            ^ Double.doubleToLongBits(lon));
  }
}
