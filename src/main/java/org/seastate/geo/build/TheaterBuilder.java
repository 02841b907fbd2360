package org.seastate.geo.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seastate.geo.DashedLine;
import org.seastate.geo.GreatCircle;
import org.seastate.geo.LatLon;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterFile;
import org.seastate.geo.TheaterGrid;

/**
 * Generates the theater raster from Natural Earth 1:10m data as packaged in the npm package
 * {@code world-atlas@2.0.2} ({@code land-10m.json}, {@code countries-10m.json}; public domain).
 * Run through {@code bin/build-theater}; the output is committed as the resource read by
 * {@link Theater#standard()} (format: {@link TheaterFile}; rules: docs/THEATER.md).
 *
 * <ul>
 *   <li><b>Land</b>: a cell is land if its centre is inside a polygon of {@code land-10m}
 *       (even–odd rule, so lakes cut out of the land are water).
 *   <li><b>EEZ owner</b> of a water cell: the nation of the nearest <i>counted</i> coast point
 *       if it is within {@value #EEZ_NM} nm (great circle), else none. Counted coasts are the
 *       coastlines (arcs used by one country only) of {@code countries-10m} polygons whose area
 *       is at least {@value #COUNTED_AREA_KM2} km², for the nations in {@link #NATION_BY_NE_ID};
 *       coast points are spaced at most {@value #COAST_SPACING_NM} nm apart and taken within
 *       {@value #MARGIN_DEG}° of the box, so land just outside the box counts.
 *   <li><b>Dashed line</b>: {@link DashedLine#contains(double, double)} at the cell centre.
 *   <li><b>Navigable</b>: water cells 4-connected to the open sea at {@link #SEA_SEED}.
 * </ul>
 *
 * <p>The result depends only on the input files: no randomness, no clock, fixed iteration order.
 */
public final class TheaterBuilder {

  /** Polygons smaller than this generate no EEZ (km², outer ring on a sphere of 6371 km). */
  public static final double COUNTED_AREA_KM2 = 10.0;
  /** EEZ breadth, nautical miles. */
  public static final double EEZ_NM = 200.0;
  /** Largest gap between coast points, nautical miles. */
  public static final double COAST_SPACING_NM = 1.0;
  /** How far beyond the box coasts are collected, degrees (more than 200 nm at 27°N). */
  public static final double MARGIN_DEG = 4.0;
  /** A point of the open South China Sea from which navigable water is flooded. */
  public static final LatLon SEA_SEED = new LatLon(12.0, 114.0);
  /** Nation codes in the order they are numbered in the raster. */
  public static final List<String> NATIONS =
      List.of("CN", "TW", "PH", "VN", "MY", "BN", "ID", "JP", "TH", "KH", "SG", "MM");
  /**
   * Natural Earth country ids (ISO 3166-1 numeric) to nation codes. Entities without an id
   * ("Spratly Is.", "Scarborough Reef") count for nobody.
   */
  public static final Map<String, String> NATION_BY_NE_ID = Map.ofEntries(
      Map.entry("156", "CN"), Map.entry("344", "CN"), Map.entry("446", "CN"),
      Map.entry("158", "TW"), Map.entry("608", "PH"), Map.entry("704", "VN"),
      Map.entry("458", "MY"), Map.entry("096", "BN"), Map.entry("360", "ID"),
      Map.entry("392", "JP"), Map.entry("764", "TH"), Map.entry("116", "KH"),
      Map.entry("702", "SG"), Map.entry("104", "MM"));

  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * A land mass (one polygon of {@code countries-10m}) near the theater.
   *
   * @param nation nation code
   * @param entity Natural Earth entity name
   * @param areaKm2 area of the outer ring
   * @param lat latitude of the bounding-box centre
   * @param lon longitude of the bounding-box centre
   */
  public record LandMass(String nation, String entity, double areaKm2, double lat, double lon) {}

  /**
   * The generated raster with what went into it.
   *
   * @param grid grid geometry
   * @param cells one flag byte per cell (see {@link TheaterFile})
   * @param counted land masses whose coasts were counted, nation then area descending
   * @param coastPoints number of coast points used
   * @param skipped polygons of mapped nations inside the margin that were too small to count
   */
  public record Result(
      TheaterGrid grid, byte[] cells, List<LandMass> counted, int coastPoints, List<LandMass> skipped) {

    /** Writes the raster in the {@link TheaterFile} format. */
    public void write(OutputStream out) throws IOException {
      TheaterFile.write(
          new TheaterFile.Content(grid, (int) Math.round(grid.north() - grid.south()),
              (int) Math.round(grid.east() - grid.west()), NATIONS, cells),
          out);
    }

    /** A plain-text summary: cell counts per class and owner, counted land masses. */
    public String report() {
      int land = 0;
      int nav = 0;
      int dashed = 0;
      int[] owners = new int[NATIONS.size() + 1];
      for (byte b : cells) {
        if ((b & TheaterFile.LAND) != 0) {
          land++;
        }
        if ((b & TheaterFile.NAVIGABLE) != 0) {
          nav++;
        }
        if ((b & TheaterFile.DASHED) != 0) {
          dashed++;
        }
        owners[b & TheaterFile.OWNER_MASK]++;
      }
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "grid %d x %d = %d cells; land %d, water %d, navigable %d,"
          + " inside dashed line %d%n", grid.rows(), grid.cols(), cells.length, land,
          cells.length - land, nav, dashed));
      sb.append("EEZ cells:");
      for (int i = 0; i < NATIONS.size(); i++) {
        sb.append(' ').append(NATIONS.get(i)).append('=').append(owners[i + 1]);
      }
      sb.append(" none(water)=").append(owners[0] - land).append(System.lineSeparator());
      sb.append(String.format(Locale.ROOT, "coast points %d; polygons below %.0f km2 skipped: %d%n",
          coastPoints, COUNTED_AREA_KM2, skipped.size()));
      sb.append("counted land masses (nation, entity, area km2, centre):").append(System.lineSeparator());
      for (LandMass m : counted) {
        sb.append(String.format(Locale.ROOT, "  %s %-12s %12.0f  %6.2f %7.2f%n", m.nation(),
            m.entity(), m.areaKm2(), m.lat(), m.lon()));
      }
      sb.append("skipped small polygons:").append(System.lineSeparator());
      for (LandMass m : skipped) {
        sb.append(String.format(Locale.ROOT, "  %s %-12s %12.2f  %6.2f %7.2f%n", m.nation(),
            m.entity(), m.areaKm2(), m.lat(), m.lon()));
      }
      return sb.toString();
    }
  }

  private TheaterBuilder() {}

  /** Builds the standard grid from a directory holding {@code land-10m.json} and {@code countries-10m.json}. */
  public static Result build(Path atlasDir) throws IOException {
    return build(TheaterGrid.STANDARD, TopoJson.read(atlasDir.resolve("land-10m.json")),
        TopoJson.read(atlasDir.resolve("countries-10m.json")));
  }

  public static Result build(TheaterGrid grid, TopoJson land, TopoJson countries) {
    byte[] cells = new byte[grid.cellCount()];
    markLand(grid, land, cells);

    List<LandMass> counted = new ArrayList<>();
    List<LandMass> skipped = new ArrayList<>();
    CoastPoints coast = CoastPoints.of(grid, countries, counted, skipped);
    markOwners(grid, coast, cells);

    for (int i = 0; i < cells.length; i++) {
      if ((cells[i] & TheaterFile.LAND) == 0) {
        LatLon c = grid.centre(i);
        if (DashedLine.contains(c.lat(), c.lon())) {
          cells[i] |= TheaterFile.DASHED;
        }
      }
    }
    markNavigable(grid, cells);
    Comparator<LandMass> order = Comparator.comparing(LandMass::nation)
        .thenComparing(Comparator.comparingDouble(LandMass::areaKm2).reversed());
    counted.sort(order);
    skipped.sort(order);
    return new Result(grid, cells, List.copyOf(counted), coast.size, List.copyOf(skipped));
  }

  // ---- land: scanline even-odd fill at cell-centre latitudes -------------------------------

  private static void markLand(TheaterGrid grid, TopoJson land, byte[] cells) {
    int rows = grid.rows();
    double[][] xs = new double[rows][];
    int[] counts = new int[rows];
    for (int r = 0; r < rows; r++) {
      xs[r] = new double[16];
    }
    double east = grid.east();
    for (String object : land.objectNames()) {
      for (TopoJson.Geometry g : land.geometries(object)) {
        for (List<int[]> poly : g.polygons()) {
          for (int[] refs : poly) {
            double[] ring = land.ring(refs);
            int n = ring.length / 2;
            for (int i = 0; i + 1 < n; i++) {
              double x1 = ring[2 * i];
              double y1 = ring[2 * i + 1];
              double x2 = ring[2 * i + 2];
              double y2 = ring[2 * i + 3];
              double ymin = Math.min(y1, y2);
              double ymax = Math.max(y1, y2);
              if (ymax < grid.south() || ymin > grid.north() || ymin == ymax) {
                continue;
              }
              if (Math.min(x1, x2) > east) {
                continue; // crossings east of the box never change a cell's parity
              }
              int rLo = Math.max(0, (int) Math.floor((grid.north() - ymax) * grid.cellsPerDegree() - 0.5));
              int rHi = Math.min(rows - 1, (int) Math.ceil((grid.north() - ymin) * grid.cellsPerDegree() - 0.5));
              for (int r = rLo; r <= rHi; r++) {
                double c = grid.centreLat(r);
                if ((y1 > c) != (y2 > c)) {
                  double x = x1 + (c - y1) * (x2 - x1) / (y2 - y1);
                  if (counts[r] == xs[r].length) {
                    xs[r] = Arrays.copyOf(xs[r], xs[r].length * 2);
                  }
                  xs[r][counts[r]++] = x;
                }
              }
            }
          }
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      double[] row = Arrays.copyOf(xs[r], counts[r]);
      Arrays.sort(row);
      int k = 0;
      for (int c = 0; c < grid.cols(); c++) {
        double lon = grid.centreLon(c);
        while (k < row.length && row[k] < lon) {
          k++;
        }
        if ((k & 1) == 1) {
          cells[grid.cell(r, c)] |= TheaterFile.LAND;
        }
      }
    }
  }

  private static void markOwners(TheaterGrid grid, CoastPoints pts, byte[] cells) {
    if (pts.size == 0) {
      return;
    }
    KdTree tree = new KdTree(pts);
    double angle = EEZ_NM / GreatCircle.EARTH_RADIUS_NM;
    double chord = 2 * Math.sin(angle / 2);
    double maxChord2 = chord * chord;
    for (int i = 0; i < cells.length; i++) {
      if ((cells[i] & TheaterFile.LAND) != 0) {
        continue;
      }
      LatLon c = grid.centre(i);
      double p = Math.toRadians(c.lat());
      double l = Math.toRadians(c.lon());
      int best = tree.nearest(Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p), maxChord2);
      if (best >= 0) {
        cells[i] |= (byte) (pts.nation[best] + 1);
      }
    }
  }


  // ---- navigable water ------------------------------------------------------------------------

  private static void markNavigable(TheaterGrid grid, byte[] cells) {
    int seed = grid.cellOf(SEA_SEED);
    if (seed < 0 || (cells[seed] & TheaterFile.LAND) != 0) {
      throw new IllegalStateException("sea seed " + SEA_SEED + " is not water");
    }
    int rows = grid.rows();
    int cols = grid.cols();
    int[] queue = new int[cells.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = seed;
    cells[seed] |= TheaterFile.NAVIGABLE;
    while (head < tail) {
      int c = queue[head++];
      int r = c / cols;
      int k = c % cols;
      for (int d = 0; d < 4; d++) {
        int rr = r + (d == 0 ? -1 : d == 1 ? 1 : 0);
        int kk = k + (d == 2 ? -1 : d == 3 ? 1 : 0);
        if (rr < 0 || rr >= rows || kk < 0 || kk >= cols) {
          continue;
        }
        int nb = rr * cols + kk;
        if ((cells[nb] & (TheaterFile.LAND | TheaterFile.NAVIGABLE)) == 0) {
          cells[nb] |= TheaterFile.NAVIGABLE;
          queue[tail++] = nb;
        }
      }
    }
  }
}
