package org.seastate.geo;

/**
 * The geometry of the theater raster: a lat/lon box cut into square cells of
 * {@code 1/cellsPerDegree} degrees. Row 0 is the northernmost row and column 0 the westernmost
 * column, so rows grow southwards like screen and plane coordinates. A cell's index is
 * {@code row * cols + col}.
 *
 * <p>The default grid is 0°–27°N, 99°–128°E at 15 cells per degree (4 nm north–south, at most
 * 4 nm east–west): 405 rows by 435 columns.
 */
public final class TheaterGrid {

  /** The default theater box and resolution (DESIGN.md §3, docs/THEATER.md). */
  public static final TheaterGrid STANDARD = new TheaterGrid(0, 99, 27, 29, 15);

  private final double south;
  private final double west;
  private final int cellsPerDegree;
  private final int rows;
  private final int cols;
  private final double cellDeg;

  /**
   * @param south southern edge, degrees
   * @param west western edge, degrees
   * @param heightDeg whole degrees north–south
   * @param widthDeg whole degrees east–west
   * @param cellsPerDegree cells per degree in both directions
   */
  public TheaterGrid(double south, double west, int heightDeg, int widthDeg, int cellsPerDegree) {
    if (heightDeg <= 0 || widthDeg <= 0 || cellsPerDegree <= 0) {
      throw new IllegalArgumentException("grid sizes must be positive");
    }
    this.south = south;
    this.west = west;
    this.cellsPerDegree = cellsPerDegree;
    this.rows = heightDeg * cellsPerDegree;
    this.cols = widthDeg * cellsPerDegree;
    this.cellDeg = 1.0 / cellsPerDegree;
  }

  public double south() {
    return south;
  }

  public double north() {
    return south + rows * cellDeg;
  }

  public double west() {
    return west;
  }

  public double east() {
    return west + cols * cellDeg;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int cellCount() {
    return rows * cols;
  }

  public int cellsPerDegree() {
    return cellsPerDegree;
  }

  /** Cell size in degrees (both directions). */
  public double cellDegrees() {
    return cellDeg;
  }

  /** Cell height in nautical miles (60 nm per degree of latitude). */
  public double cellHeightNm() {
    return 60.0 * cellDeg;
  }

  public boolean contains(double lat, double lon) {
    return lat >= south && lat <= north() && lon >= west && lon <= east();
  }

  public boolean contains(LatLon p) {
    return contains(p.lat(), p.lon());
  }

  /** Row of a latitude (may be outside 0..rows-1 for points off the grid). */
  public int rowOf(double lat) {
    int r = (int) Math.floor((north() - lat) * cellsPerDegree);
    return r == rows && lat == south ? rows - 1 : r;
  }

  /** Column of a longitude (may be outside 0..cols-1 for points off the grid). */
  public int colOf(double lon) {
    int c = (int) Math.floor((lon - west) * cellsPerDegree);
    return c == cols && lon == east() ? cols - 1 : c;
  }

  /** The cell holding a point, or -1 when the point is off the grid. */
  public int cellOf(double lat, double lon) {
    int r = rowOf(lat);
    int c = colOf(lon);
    if (r < 0 || r >= rows || c < 0 || c >= cols) {
      return -1;
    }
    return r * cols + c;
  }

  public int cellOf(LatLon p) {
    return cellOf(p.lat(), p.lon());
  }

  public int cell(int row, int col) {
    return row * cols + col;
  }

  public int row(int cell) {
    return cell / cols;
  }

  public int col(int cell) {
    return cell % cols;
  }

  public double centreLat(int row) {
    return north() - (row + 0.5) * cellDeg;
  }

  public double centreLon(int col) {
    return west + (col + 0.5) * cellDeg;
  }

  /** The centre of a cell. */
  public LatLon centre(int cell) {
    return new LatLon(centreLat(row(cell)), centreLon(col(cell)));
  }

  /** Whether a cell lies on the outer edge of the grid. */
  public boolean isEdge(int cell) {
    int r = row(cell);
    int c = col(cell);
    return r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
  }
}
