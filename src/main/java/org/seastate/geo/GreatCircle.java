package org.seastate.geo;

/**
 * Distances on a spherical Earth whose great-circle minute of arc is one nautical mile, the
 * convention behind the distances in FACTS.md §1.4.
 */
public final class GreatCircle {

  /** Earth radius in nautical miles: 60 nm per degree of arc, 21,600 nm around. */
  public static final double EARTH_RADIUS_NM = 10800.0 / Math.PI;

  private GreatCircle() {}

  /** Haversine distance in nautical miles. */
  public static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = sq(Math.sin(dp / 2)) + Math.cos(p1) * Math.cos(p2) * sq(Math.sin(dl / 2));
    return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  public static double distanceNm(LatLon a, LatLon b) {
    return distanceNm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  private static double sq(double x) {
    return x * x;
  }
}
