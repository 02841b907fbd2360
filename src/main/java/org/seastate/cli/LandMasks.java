package org.seastate.cli;

import org.seastate.geo.LandMask;

/**
 * The land mask the commands check scenario places against.
 *
 * <p>Pending hook: the land/water raster ({@code org.seastate.geo.Theater}) is being built on
 * another branch. Until it is merged, {@link #current()} returns {@link #PENDING_NO_RASTER},
 * which treats every point as water, so a scenario-defined feature on land is not yet caught
 * by the command line (the loader itself does check it; its tests use a fake mask). When
 * {@code Theater} lands, {@code current()} returns {@code Theater.standard()}.
 */
final class LandMasks {
  private LandMasks() {}

  /** Every point is water: the placeholder until the theater raster is available. */
  static final LandMask PENDING_NO_RASTER = point -> false;

  static LandMask current() {
    return PENDING_NO_RASTER;
  }
}
