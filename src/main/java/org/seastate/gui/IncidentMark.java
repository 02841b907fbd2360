package org.seastate.gui;

import org.seastate.model.SeaEvent;

/**
 * A closed episode that held an incident (an act at level 3 or more), marked on the map where it
 * opened for a few days after it closed.
 */
public final class IncidentMark {
  private final SeaEvent.Episode incident;
  private final long closedTick;

  IncidentMark(SeaEvent.Episode incident, long closedTick) {
    this.incident = incident;
    this.closedTick = closedTick;
  }

  public SeaEvent.Episode incident() {
    return incident;
  }

  /** Hours since the incident closed, at hour {@code now}. */
  public double ageHours(long now) {
    return Math.max(0, now - closedTick);
  }

  public String getDate() {
    return incident.date().toString();
  }

  public String getParties() {
    return incident.challenger() + " challenged " + incident.target();
  }

  public String getFeature() {
    return incident.feature();
  }

  public String getMaxLevel() {
    int l = incident.maxLevel();
    return l + " (" + Glyphs.LEVEL_NAMES[Math.max(0, Math.min(7, l))] + ")";
  }

  public String getOutcome() {
    return incident.end().key();
  }

  public int getHours() {
    return incident.hours();
  }

  public String getVessels() {
    return String.join(", ", incident.vessels());
  }

  @Override
  public String toString() {
    return "Episode " + incident.episodeId() + " " + incident.date();
  }
}
