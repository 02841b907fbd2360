package org.seastate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.Agency;
import org.seastate.scenario.MissionType;

/**
 * A standing order of a nation's {@link Command} to keep ships at a feature (presence or
 * militia swarm): how many, by which agency, for how long, at what priority, and the vessels
 * assigned to it. Its own type because the allocation, the swarms' dynamics and missions read
 * and change it, not only the command.
 */
final class StationTask {
  /** The policy's tasks by priority, higher first, then those the allocation added; ties in the order made. */
  static final Comparator<StationTask> BY_PRIORITY = Comparator.comparing((StationTask t) -> t.entry < 0)
      .thenComparingInt(t -> -t.priority).thenComparingInt(t -> t.seq);

  final MissionType type;
  final Place feature;
  final int cell;
  final Agency agency;
  /** Index of the policy's presence entry or swarm it comes from; -1 for a task the allocation added. */
  final int entry;
  /** The order the command made it in. */
  final int seq;
  /** Ships wanted on station now: the policy's number, or what the allocation or the swarm's dynamics set. */
  int ships;
  /** The policy's number as it stands (a live parameter): a minimum under an allocation, the base size of a swarm. */
  int minimum;
  int priority;
  final double stationHours;
  /** Hours between patrols; 0 for continuous presence with relief. */
  final double gapHours;
  final List<Vessel> assigned = new ArrayList<>();
  /** For patrols: the hour from which the next patrol may sail. */
  long nextPatrol;

  StationTask(MissionType type, Place feature, int cell, Agency agency, int entry, int seq, int ships, int priority,
      double stationHours, double gapHours) {
    this.type = type;
    this.feature = feature;
    this.cell = cell;
    this.agency = agency;
    this.entry = entry;
    this.seq = seq;
    this.ships = ships;
    this.minimum = ships;
    this.priority = priority;
    this.stationHours = stationHours;
    this.gapHours = gapHours;
  }

  boolean continuous() {
    return gapHours <= 0;
  }
}
