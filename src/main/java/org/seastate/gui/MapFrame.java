package org.seastate.gui;

import java.awt.geom.Point2D;
import org.seastate.geo.LatLon;
import org.seastate.geo.TheaterGrid;

/**
 * Pixel geometry of a rendered map: each raster cell is {@code pxPerCell} × {@code pxPerCell}
 * pixels, row 0 at the top. Pixels are square in degrees (plate carrée), so the map is the
 * raster as stored.
 *
 * @param grid the theater grid
 * @param pxPerCell whole pixels per cell
 */
public record MapFrame(TheaterGrid grid, int pxPerCell) {

  public MapFrame {
    if (pxPerCell < 1) {
      throw new IllegalArgumentException("pixels per cell must be at least 1, was " + pxPerCell);
    }
  }

  public int width() {
    return grid.cols() * pxPerCell;
  }

  public int height() {
    return grid.rows() * pxPerCell;
  }

  /** Pixels per degree in both directions. */
  public double pxPerDegree() {
    return grid.cellsPerDegree() * (double) pxPerCell;
  }

  public double x(double lon) {
    return (lon - grid.west()) * pxPerDegree();
  }

  public double y(double lat) {
    return (grid.north() - lat) * pxPerDegree();
  }

  public Point2D.Double toPixel(LatLon p) {
    return new Point2D.Double(x(p.lon()), y(p.lat()));
  }

  /** The point under a pixel position. */
  public LatLon toLatLon(double px, double py) {
    return new LatLon(grid.north() - py / pxPerDegree(), grid.west() + px / pxPerDegree());
  }

  /** Pixels per nautical mile east–west at a latitude. */
  public double pxPerNmEast(double lat) {
    return pxPerDegree() / (60 * Math.cos(Math.toRadians(lat)));
  }
}
