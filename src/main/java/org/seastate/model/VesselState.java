package org.seastate.model;

/** Where a vessel is in its cycle of sorties. */
public enum VesselState {
  /** Alongside in port: turning around, or ready for tasking. */
  IN_PORT,
  /** Sailing to its mission's destination. */
  TRANSIT,
  /** Keeping station at its mission's destination. */
  ON_STATION,
  /** Sailing back to a port. */
  RETURNING,
  /** In port under repair after damage. */
  REPAIRING,
  /** Between an off-map home base and the edge of the map. */
  OFF_MAP,
  /** Not yet delivered (joins the fleet on a later date). */
  NOT_DELIVERED;

  /** Whether the vessel is at sea on the map. */
  public boolean atSea() {
    return this == TRANSIT || this == ON_STATION || this == RETURNING;
  }
}
