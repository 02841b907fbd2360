package org.seastate.model;

import org.seastate.geo.DistanceField;
import org.seastate.geo.Place;
import org.seastate.geo.Theater;

/**
 * Sea routes of one run: the cell a place is reached at, the distance fields towards cells
 * (kept by destination for the run) and distances by sea including any off-map leg. It exists
 * so that the vessels' movement, the commands' choice of ships and the ports' distances share
 * one cache of fields and one rule for off-map places.
 */
final class Routes {
  private final Theater theater;
  private final FieldCache fieldsByCell = new FieldCache();

  Routes(Theater theater) {
    this.theater = theater;
  }

  /** The navigable cell a place is reached at (its berth, or its map-edge entry if off-map). */
  int cellOf(Place p) {
    return theater.isOffMap(p) ? theater.offMapEntry(p).cell() : theater.berthCell(p);
  }

  DistanceField fieldTo(Place p) {
    return fieldToCell(cellOf(p));
  }

  DistanceField fieldToCell(int cell) {
    DistanceField f = fieldsByCell.get(cell);
    if (f == null) {
      f = theater.navigation().fieldTo(cell);
      fieldsByCell.put(cell, f);
    }
    return f;
  }

  /** Sea distance from a place to a cell, nm, including any off-map leg. */
  double seaDistanceNm(Place from, int toCell) {
    double d = fieldToCell(toCell).distanceNm(cellOf(from));
    return theater.isOffMap(from) ? d + theater.offMapEntry(from).distanceNm() : d;
  }

  /** Sea distance from a cell to a port, nm, including any off-map leg beyond the map's edge. */
  double portDistanceNm(int fromCell, Place port) {
    double d = fieldTo(port).distanceNm(fromCell);
    return theater.isOffMap(port) ? d + theater.offMapEntry(port).distanceNm() : d;
  }

  /** Extra distance beyond the map's edge to an off-map place, nm (0 for places on the map). */
  double offMapNm(Place p) {
    return theater.isOffMap(p) ? theater.offMapEntry(p).distanceNm() : 0;
  }
}
