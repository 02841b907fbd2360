package org.seastate.geo;

/**
 * Equirectangular projection of the theater box onto a plane measured in nautical miles, with
 * its standard parallel at the box's centre latitude φ0. {@code x} grows east from the west
 * edge, {@code y} grows <em>south</em> from the north edge, matching screen coordinates and MASON
 * {@code Continuous2D}.
 *
 * <pre>
 *   x = (lon − west) · 60 · cos φ0
 *   y = (north − lat) · 60
 * </pre>
 *
 * <p>North–south distances are true; east–west distances are true only at φ0. Moving d true
 * nautical miles east at latitude φ is a plane displacement of d · cos φ0 / cos φ
 * ({@link #eastScale(double)}). Immutable and thread-safe.
 */
public final class Projection {

  private final double north;
  private final double west;
  private final double cosPhi0;
  private final double widthNm;
  private final double heightNm;

  /** The projection of a grid: standard parallel at the grid's centre latitude. */
  public Projection(TheaterGrid grid) {
    this(grid.north(), grid.south(), grid.west(), grid.east());
  }

  public Projection(double north, double south, double west, double east) {
    this.north = north;
    this.west = west;
    this.cosPhi0 = Math.cos(Math.toRadians((north + south) / 2));
    this.widthNm = (east - west) * 60 * cosPhi0;
    this.heightNm = (north - south) * 60;
  }

  /** Latitude of the standard parallel, degrees. */
  public double standardParallel() {
    return Math.toDegrees(Math.acos(cosPhi0));
  }

  public double x(double lon) {
    return (lon - west) * 60 * cosPhi0;
  }

  public double y(double lat) {
    return (north - lat) * 60;
  }

  public double x(LatLon p) {
    return x(p.lon());
  }

  public double y(LatLon p) {
    return y(p.lat());
  }

  public double lon(double x) {
    return west + x / (60 * cosPhi0);
  }

  public double lat(double y) {
    return north - y / 60;
  }

  /** The point at plane coordinates (x, y). */
  public LatLon toLatLon(double x, double y) {
    return new LatLon(lat(y), lon(x));
  }

  /** Plane width of the box, nm (at the standard parallel). */
  public double widthNm() {
    return widthNm;
  }

  /** Plane height of the box, nm. */
  public double heightNm() {
    return heightNm;
  }

  /** Plane x-distance per true nautical mile east at latitude {@code lat}: cos φ0 / cos φ. */
  public double eastScale(double lat) {
    return cosPhi0 / Math.cos(Math.toRadians(lat));
  }

  /**
   * Plane displacement of a move of {@code nm} true nautical miles on a course (degrees true,
   * clockwise from north) starting at latitude {@code lat}; returns {dx, dy}.
   */
  public double[] displacement(double lat, double courseDeg, double nm) {
    double c = Math.toRadians(courseDeg);
    return new double[] {nm * Math.sin(c) * eastScale(lat), -nm * Math.cos(c)};
  }
}
