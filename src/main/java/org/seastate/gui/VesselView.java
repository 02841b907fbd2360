package org.seastate.gui;

import java.util.Locale;
import org.seastate.model.SeaStateSim;
import org.seastate.model.Vessel;
import org.seastate.scenario.Agency;

/**
 * What the display and the inspector show of one vessel. The getters are the inspector's
 * rows; the layout fields (where the glyph sits, how many vessels share it, the ring) are set
 * by {@link Scene} each hour.
 */
public final class VesselView {
  private final Vessel vessel;
  private final SeaStateSim sim;
  /** Vessels of the same nation and agency drawn as this one glyph. */
  int stackCount = 1;
  /** Whether this view draws the glyph of its stack (the others are only hit targets). */
  boolean stackHead = true;
  /** Current level of the encounter the vessel is engaged in, or -1. */
  int ringLevel = -1;
  int encounterId = -1;

  VesselView(Vessel vessel, SeaStateSim sim) {
    this.vessel = vessel;
    this.sim = sim;
  }

  public Vessel vessel() {
    return vessel;
  }

  public int stackCount() {
    return stackCount;
  }

  public boolean stackHead() {
    return stackHead;
  }

  public int ringLevel() {
    return ringLevel;
  }

  public Agency agency() {
    return vessel.agency();
  }

  // ----- inspector rows -----

  public String getName() {
    return vessel.getName();
  }

  public String getNation() {
    return vessel.getNation();
  }

  public String getVesselClass() {
    return vessel.getVesselClass();
  }

  public String getAgency() {
    return vessel.getAgency();
  }

  public String getState() {
    return vessel.getState();
  }

  public String getMission() {
    return vessel.getMission();
  }

  public String getDaysAtSea() {
    return String.format(Locale.ROOT, "%.1f", vessel.daysAtSea(sim.now()));
  }

  public String getEnduranceLeftDays() {
    return String.format(Locale.ROOT, "%.1f of %.0f", vessel.enduranceLeftDays(sim.now()),
        vessel.type().enduranceDays());
  }

  public String getHomePort() {
    return vessel.getHomePort();
  }

  public String getPort() {
    return vessel.port() == null ? "" : vessel.port().id();
  }

  public String getEncounter() {
    return encounterId < 0 ? "none" : "#" + encounterId + " at level " + ringLevel + " ("
        + Glyphs.LEVEL_NAMES[Math.max(0, Math.min(7, ringLevel))] + ")";
  }

  public String getPosition() {
    return String.format(Locale.ROOT, "%.3f\u00b0N %.3f\u00b0E", vessel.lat(), vessel.lon());
  }

  public String getCourse() {
    return String.format(Locale.ROOT, "%.0f\u00b0", (vessel.getCourse() + 360) % 360);
  }

  @Override
  public String toString() {
    return vessel.getName();
  }
}
