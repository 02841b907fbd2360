package org.seastate.geo;

/**
 * How a base outside the theater box (Yokosuka, Sasebo, Guam, Darwin) reaches it: the navigable
 * edge cell nearest the base by great circle, and that great-circle distance, sailed off the map
 * as a transit delay.
 *
 * @param place the off-map base
 * @param cell the navigable edge cell vessels enter through
 * @param entry the centre of that cell
 * @param distanceNm great-circle distance from the base to {@code entry}, nm
 */
public record OffMapEntry(Place place, int cell, LatLon entry, double distanceNm) {

  /** Hours to sail the off-map leg at a speed in knots. */
  public double transitHours(double speedKnots) {
    if (!(speedKnots > 0)) {
      throw new IllegalArgumentException("speed must be positive, was " + speedKnots);
    }
    return distanceNm / speedKnots;
  }
}
