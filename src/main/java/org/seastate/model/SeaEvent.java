package org.seastate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of a run's event log: an encounter episode, or one coercive act inside it. Listeners
 * receive an episode's acts right after the episode itself, when the episode ends.
 */
public sealed interface SeaEvent permits SeaEvent.Episode, SeaEvent.Act {

  /** The episode this row belongs to. */
  int episodeId();

  /**
   * One encounter episode, from first contact to its end.
   *
   * @param episodeId run-unique episode number
   * @param kind standoff at a feature, or interception of a mission
   * @param tick hour of the run when it opened
   * @param date calendar day it opened
   * @param hours how long it lasted
   * @param feature the feature it happened at (for an interception, the mission's destination)
   * @param lat latitude where it opened
   * @param lon longitude where it opened
   * @param distanceNm distance from the feature where it opened, nm
   * @param challenger nation that opened it
   * @param target the other nation
   * @param challengerAgencies agencies of the challenger's vessels that took part (joined by ';')
   * @param targetAgencies agencies of the target's vessels that took part
   * @param targetMission mission type of the target's vessel that was first challenged
   * @param vessels names of every vessel that took part
   * @param maxLevel highest act of either side
   * @param challengerMaxLevel highest act of the challenger
   * @param targetMaxLevel highest act of the target side
   * @param end why it ended
   * @param damaged vessels damaged (collisions, seizures)
   * @param injuries acts that caused injuries
   * @param incidents days with an act at level 3 or more (each a true incident)
   * @param reported of those, the ones that became public (the reporting model)
   */
  record Episode(
      int episodeId,
      EncounterKind kind,
      long tick,
      LocalDate date,
      int hours,
      String feature,
      double lat,
      double lon,
      double distanceNm,
      String challenger,
      String target,
      String challengerAgencies,
      String targetAgencies,
      String targetMission,
      List<String> vessels,
      int maxLevel,
      int challengerMaxLevel,
      int targetMaxLevel,
      EpisodeEnd end,
      int damaged,
      int injuries,
      int incidents,
      int reported) implements SeaEvent {
    public Episode {
      vessels = List.copyOf(vessels);
    }
  }

  /**
   * One coercive act (level 4 or more: water cannon, laser or acoustic device, collision,
   * boarding, armed clash).
   *
   * @param episodeId the episode it happened in
   * @param tick hour of the run
   * @param date calendar day
   * @param feature the episode's feature
   * @param lat where, latitude
   * @param lon where, longitude
   * @param actor nation that acted
   * @param against nation acted against
   * @param actorVessel name of the acting side's lead vessel
   * @param targetVessel name of the vessel acted against
   * @param targetAgency agency of the vessel acted against
   * @param level the rung of the ladder
   * @param reported whether the incident it belongs to (its episode's day) became public
   */
  record Act(
      int episodeId,
      long tick,
      LocalDate date,
      String feature,
      double lat,
      double lon,
      String actor,
      String against,
      String actorVessel,
      String targetVessel,
      String targetAgency,
      int level,
      boolean reported) implements SeaEvent {}
}
