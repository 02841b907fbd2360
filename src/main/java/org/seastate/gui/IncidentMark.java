package org.seastate.gui;

import org.seastate.model.Incident;

/** A closed incident, marked on the map where it opened for a few days after it closed. */
public final class IncidentMark {
  private final Incident incident;
  private final long closedTick;

  IncidentMark(Incident incident, long closedTick) {
    this.incident = incident;
    this.closedTick = closedTick;
  }

  public Incident incident() {
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
    return incident.outcome();
  }

  public int getHours() {
    return incident.hours();
  }

  public String getVessels() {
    return String.join(", ", incident.vessels());
  }

  @Override
  public String toString() {
    return "Incident " + incident.encounterId() + " " + incident.date();
  }
}
