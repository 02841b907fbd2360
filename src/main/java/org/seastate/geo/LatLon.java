package org.seastate.geo;

/**
 * A point on the Earth in decimal degrees (WGS-84), north and east positive.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record LatLon(double lat, double lon) {

  public LatLon {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude must be within -90..90, was " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude must be within -180..180, was " + lon);
    }
  }

  /** Great-circle distance to another point, in nautical miles. */
  public double distanceNm(LatLon other) {
    return GreatCircle.distanceNm(this, other);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.3f,%.3f", lat, lon);
  }
}
