package org.seastate.geo;

/** Answers whether a point is land, so scenario validation can refuse places on land. */
@FunctionalInterface
public interface LandMask {
  boolean isLand(LatLon point);
}
