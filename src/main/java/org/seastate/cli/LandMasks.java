package org.seastate.cli;

import org.seastate.geo.LandMask;
import org.seastate.geo.Theater;

/**
 * The land mask the commands check scenario places against: the committed land/water raster
 * ({@link Theater#standard()}), so a scenario-defined feature on land is refused.
 */
final class LandMasks {
  private LandMasks() {}

  static LandMask current() {
    return Theater.standard();
  }
}
