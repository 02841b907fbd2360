package org.seastate.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Water distances to one destination cell over the whole theater, with the next cell of a
 * shortest route from every navigable cell. Built by {@link Navigation#fieldTo(int)};
 * immutable, thread-safe and shared by all simulation runs.
 *
 * <p>Routes run through cell centres. A position that is not a cell centre (a vessel part-way
 * along a step) first heads for the next route cell if the straight line there stays on
 * navigable cells, else for the centre of its own cell, so a walk never crosses land.
 * Distances are true nautical miles (great circle along each step).
 *
 * <p>Hot-path methods ({@link #distanceNm(int)}, {@link #nextCell(int)},
 * {@link #advance(double[], double)}) use primitive arrays and do not allocate.
 */
public final class DistanceField {

  private static final double EPS = 1e-9;

  private final Navigation nav;
  private final TheaterGrid grid;
  private final int destination;
  private final float[] dist;
  private final byte[] next;
  private final double destLat;
  private final double destLon;

  DistanceField(Navigation nav, int destination, float[] dist, byte[] next) {
    this.nav = nav;
    this.grid = nav.grid();
    this.destination = destination;
    this.dist = dist;
    this.next = next;
    this.destLat = grid.centreLat(grid.row(destination));
    this.destLon = grid.centreLon(grid.col(destination));
  }

  /** The distances as stored (not a copy: for {@link DistanceFieldStore}s, which only read it). */
  float[] distArray() {
    return dist;
  }

  /** The moves to the next cell as stored (not a copy, as {@link #distArray()}). */
  byte[] nextArray() {
    return next;
  }

  /** The destination cell. */
  public int destination() {
    return destination;
  }

  /** The centre of the destination cell, where every route ends. */
  public LatLon destinationPoint() {
    return new LatLon(destLat, destLon);
  }

  /** Water distance from a cell's centre to the destination, nm; +∞ if unreachable or off grid. */
  public double distanceNm(int cell) {
    return cell < 0 || cell >= dist.length ? Double.POSITIVE_INFINITY : dist[cell];
  }

  public boolean reachable(int cell) {
    return cell >= 0 && cell < dist.length && dist[cell] != Float.POSITIVE_INFINITY;
  }

  /** The next cell on a shortest route; -1 at the destination or where unreachable. */
  public int nextCell(int cell) {
    if (cell < 0 || cell >= next.length || next[cell] < 0) {
      return -1;
    }
    return cell + nav.offset(next[cell]);
  }

  /** Whether a point's cell can reach the destination. */
  public boolean reachable(LatLon p) {
    return reachable(grid.cellOf(p));
  }

  /**
   * Remaining route length from an arbitrary position, nm: to the first waypoint in a straight
   * line, then along the field. +∞ if the position's cell cannot reach the destination.
   */
  public double distanceNm(LatLon from) {
    double[] w = new double[3];
    if (!waypoint(from.lat(), from.lon(), w)) {
      return Double.POSITIVE_INFINITY;
    }
    return GreatCircle.distanceNm(from.lat(), from.lon(), w[0], w[1]) + dist[(int) w[2]];
  }

  /** Same as {@link #distanceNm(LatLon)}: the length of {@link #route(LatLon)}. */
  public double routeLengthNm(LatLon from) {
    return distanceNm(from);
  }

  /**
   * Walks {@code nm} nautical miles along the route from a position and returns where it ends;
   * stops exactly at the destination point if that is nearer. A position whose cell cannot reach
   * the destination is returned unchanged.
   */
  public LatLon advance(LatLon from, double nm) {
    double[] p = {from.lat(), from.lon()};
    advance(p, nm);
    return new LatLon(p[0], p[1]);
  }

  /**
   * Allocation-free {@link #advance(LatLon, double)}: {@code latLon} ({lat, lon}) is updated in
   * place. Returns the distance actually moved, nm (less than {@code nm} only on arrival or when
   * the position cannot reach the destination).
   */
  public double advance(double[] latLon, double nm) {
    double lat = latLon[0];
    double lon = latLon[1];
    double left = nm;
    double moved = 0;
    while (left > 0) {
      // inline of waypoint() without allocating
      int c = grid.cellOf(lat, lon);
      if (!reachable(c)) {
        break;
      }
      double wLat;
      double wLon;
      if (c == destination) {
        wLat = destLat;
        wLon = destLon;
      } else {
        int t = target(lat, lon, c);
        wLat = grid.centreLat(grid.row(t));
        wLon = grid.centreLon(grid.col(t));
      }
      double d = GreatCircle.distanceNm(lat, lon, wLat, wLon);
      if (d <= left) {
        lat = wLat;
        lon = wLon;
        left -= d;
        moved += d;
        if (wLat == destLat && wLon == destLon) {
          break;
        }
      } else {
        double f = left / d;
        lat += (wLat - lat) * f;
        lon += (wLon - lon) * f;
        moved += left;
        left = 0;
      }
    }
    latLon[0] = lat;
    latLon[1] = lon;
    return left == 0 ? nm : moved;
  }

  /** Whether a position is at the destination point. */
  public boolean arrived(LatLon p) {
    return Math.abs(p.lat() - destLat) < EPS && Math.abs(p.lon() - destLon) < EPS;
  }

  /**
   * The route from a position: the position itself, then cell centres to the destination point.
   * Empty if the position cannot reach the destination.
   */
  public List<LatLon> route(LatLon from) {
    List<LatLon> out = new ArrayList<>();
    double[] w = new double[3];
    if (!waypoint(from.lat(), from.lon(), w)) {
      return out;
    }
    out.add(from);
    int cell = (int) w[2];
    LatLon first = new LatLon(w[0], w[1]);
    if (!first.equals(from)) {
      out.add(first);
    }
    while (cell != destination) {
      cell = nextCell(cell);
      out.add(grid.centre(cell));
    }
    return out;
  }

  /** The cells of the route from a cell centre to the destination, both included. */
  public int[] routeCells(int fromCell) {
    if (!reachable(fromCell)) {
      return new int[0];
    }
    int n = 1;
    for (int c = fromCell; c != destination; c = nextCell(c)) {
      n++;
    }
    int[] out = new int[n];
    int i = 0;
    for (int c = fromCell; ; c = nextCell(c)) {
      out[i++] = c;
      if (c == destination) {
        break;
      }
    }
    return out;
  }

  /** First waypoint from a position: {lat, lon, cell}; false if unreachable. */
  private boolean waypoint(double lat, double lon, double[] out) {
    int c = grid.cellOf(lat, lon);
    if (!reachable(c)) {
      return false;
    }
    double cLat = grid.centreLat(grid.row(c));
    double cLon = grid.centreLon(grid.col(c));
    boolean atCentre = Math.abs(lat - cLat) < EPS && Math.abs(lon - cLon) < EPS;
    if (c == destination || atCentre) {
      out[0] = cLat;
      out[1] = cLon;
      out[2] = c;
      return true;
    }
    int t = target(lat, lon, c);
    out[0] = grid.centreLat(grid.row(t));
    out[1] = grid.centreLon(grid.col(t));
    out[2] = t;
    return true;
  }

  /**
   * The cell whose centre a position in (reachable, non-destination) cell {@code c} heads for.
   * At a centre: the next cell. On a route step A→next(A) (where {@link #advance} leaves a
   * vessel part-way): the end of that step, so walks follow the route exactly. Elsewhere: the
   * next cell if the straight line there is clear, else the centre of {@code c}.
   */
  private int target(double lat, double lon, int c) {
    int r = grid.row(c);
    int k = grid.col(c);
    double cLat = grid.centreLat(r);
    double cLon = grid.centreLon(k);
    int n = nextCell(c);
    if (Math.abs(lat - cLat) < EPS && Math.abs(lon - cLon) < EPS) {
      return n;
    }
    if (onStep(lat, lon, c, n)) {
      return n;
    }
    int rows = grid.rows();
    int cols = grid.cols();
    for (int dr = -2; dr <= 2; dr++) {
      int ar = r + dr;
      if (ar < 0 || ar >= rows) {
        continue;
      }
      for (int dc = -2; dc <= 2; dc++) {
        int ac = k + dc;
        if ((dr == 0 && dc == 0) || ac < 0 || ac >= cols) {
          continue;
        }
        int a = ar * cols + ac;
        int b = nextCell(a);
        if (b >= 0 && onStep(lat, lon, a, b)) {
          return b;
        }
      }
    }
    double nLat = grid.centreLat(grid.row(n));
    double nLon = grid.centreLon(grid.col(n));
    return clear(lat, lon, nLat, nLon) ? n : c;
  }

  /** Whether a point lies on the straight step from the centre of cell a to the centre of b. */
  private boolean onStep(double lat, double lon, int a, int b) {
    double aLat = grid.centreLat(grid.row(a));
    double aLon = grid.centreLon(grid.col(a));
    double bLat = grid.centreLat(grid.row(b));
    double bLon = grid.centreLon(grid.col(b));
    double vx = bLon - aLon;
    double vy = bLat - aLat;
    double px = lon - aLon;
    double py = lat - aLat;
    double len2 = vx * vx + vy * vy;
    double dot = px * vx + py * vy;
    if (dot < 0 || dot > len2) {
      return false;
    }
    double cross = vx * py - vy * px;
    return cross * cross < 1e-16 * len2;
  }

  /**
   * Whether the straight segment between two points (in lat/lon) touches only navigable cells
   * (grid traversal; a segment through a cell corner checks both cells beside the corner).
   */
  boolean clear(double lat0, double lon0, double lat1, double lon1) {
    double cpd = grid.cellsPerDegree();
    double x0 = (lon0 - grid.west()) * cpd;
    double y0 = (grid.north() - lat0) * cpd;
    double x1 = (lon1 - grid.west()) * cpd;
    double y1 = (grid.north() - lat1) * cpd;
    int cx = (int) Math.floor(x0);
    int cy = (int) Math.floor(y0);
    int ex = (int) Math.floor(x1);
    int ey = (int) Math.floor(y1);
    int cols = grid.cols();
    int rows = grid.rows();
    double dx = x1 - x0;
    double dy = y1 - y0;
    int sx = dx > 0 ? 1 : dx < 0 ? -1 : 0;
    int sy = dy > 0 ? 1 : dy < 0 ? -1 : 0;
    double tMaxX = sx == 0 ? Double.POSITIVE_INFINITY : ((sx > 0 ? cx + 1 : cx) - x0) / dx;
    double tMaxY = sy == 0 ? Double.POSITIVE_INFINITY : ((sy > 0 ? cy + 1 : cy) - y0) / dy;
    double tDx = sx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
    double tDy = sy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
    for (int guard = 0; guard < 64; guard++) {
      if (cx < 0 || cy < 0 || cx >= cols || cy >= rows || !nav.isNavigable(cy * cols + cx)) {
        return false;
      }
      if ((cx == ex && cy == ey) || Math.min(tMaxX, tMaxY) >= 1) {
        return true; // the segment ends in this cell
      }
      if (Math.abs(tMaxX - tMaxY) < 1e-12) { // through a corner: both side cells must be water
        int ax = cx + sx;
        int ay = cy + sy;
        if (ax < 0 || ax >= cols || ay < 0 || ay >= rows
            || !nav.isNavigable(cy * cols + ax) || !nav.isNavigable(ay * cols + cx)) {
          return false;
        }
        cx += sx;
        cy += sy;
        tMaxX += tDx;
        tMaxY += tDy;
      } else if (tMaxX < tMaxY) {
        cx += sx;
        tMaxX += tDx;
      } else {
        cy += sy;
        tMaxY += tDy;
      }
    }
    return false;
  }
}
