package org.seastate.scenario;

/**
 * The lat/lon box of the map a scenario plays on. The committed raster covers the default box;
 * a scenario may name a smaller box inside it (for display), never a larger one.
 */
public record TheaterSpec(double south, double north, double west, double east) {
  /** The default box: the South China Sea with the Luzon Strait, Taiwan and the Okinawa edge. */
  public static final TheaterSpec DEFAULT = new TheaterSpec(0, 27, 99, 128);

  public TheaterSpec {
    Checks.between("south", south, -90, 90);
    Checks.between("north", north, -90, 90);
    Checks.between("west", west, -180, 180);
    Checks.between("east", east, -180, 180);
    if (north <= south) {
      throw new InvalidValueException("north", "north (" + north + ") must be greater than south (" + south + ")");
    }
    if (east <= west) {
      throw new InvalidValueException("east", "east (" + east + ") must be greater than west (" + west + ")");
    }
  }

  public boolean within(TheaterSpec outer) {
    return south >= outer.south && north <= outer.north && west >= outer.west && east <= outer.east;
  }
}
