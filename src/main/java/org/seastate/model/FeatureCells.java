package org.seastate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterGrid;
import org.seastate.scenario.Scenario;

/**
 * Which features lie near each cell of the raster: for every cell, the features within their
 * radius (nearest first) and the distance to the nearest. Read-only and shared by every run of
 * the same theater, features and radii: the theater keeps it ({@link Theater#derived}), so a
 * sweep builds it once instead of once per run (10-25 ms a build), and no cache lives in the
 * model.
 */
final class FeatureCells {
  /** What an index depends on besides the theater: the features (by value) and their radii. */
  private record Key(List<Place> features, List<Double> radii) {}

  private final List<Place> features;
  /**
   * Per cell where some feature is near ({@link #occupied}): offset into {@link #list}, where a
   * run ending with -1 starts. Other cells are never read, so neither array is filled for them.
   */
  private final int[] start;
  /** One bit per cell: set when some feature is near. Most cells have none, and this bitmap
   * (22 KB for the default grid) answers them from cache instead of the 700 KB {@link #start}. */
  private final long[] occupied;
  private final int[] list;
  /** Per cell where some feature is near: the distance to the nearest. */
  private final float[] nearestNm;

  private FeatureCells(TheaterGrid grid, List<Place> features, double[] radii) {
    this.features = List.copyOf(features);
    this.start = new int[grid.cellCount()];
    this.nearestNm = new float[grid.cellCount()];
    this.occupied = new long[(grid.cellCount() + 63) / 64];
    List<List<int[]>> near = new ArrayList<>(); // per touched cell: {feature, distance bits}
    List<Integer> touched = new ArrayList<>(); // until the list is laid out, start[cell] is the cell's index here
    for (int f = 0; f < features.size(); f++) {
      Place p = features.get(f);
      double lat = p.position().lat();
      double lon = p.position().lon();
      int reachR = (int) Math.ceil(radii[f] / grid.cellHeightNm()) + 1;
      int reachC = (int) Math.ceil(reachR / Math.cos(Math.toRadians(Math.abs(lat) + 1))) + 1;
      int r0 = grid.rowOf(lat);
      int c0 = grid.colOf(lon);
      for (int r = Math.max(0, r0 - reachR); r <= Math.min(grid.rows() - 1, r0 + reachR); r++) {
        for (int c = Math.max(0, c0 - reachC); c <= Math.min(grid.cols() - 1, c0 + reachC); c++) {
          double d = Encounters.distanceNm(grid.centreLat(r), grid.centreLon(c), lat, lon);
          if (d > radii[f]) {
            continue;
          }
          int cell = grid.cell(r, c);
          if ((occupied[cell >>> 6] & (1L << (cell & 63))) == 0) {
            occupied[cell >>> 6] |= 1L << (cell & 63);
            start[cell] = near.size();
            near.add(new ArrayList<>());
            touched.add(cell);
          }
          near.get(start[cell]).add(new int[] {f, Float.floatToIntBits((float) d)});
        }
      }
    }
    int total = 0;
    for (List<int[]> l : near) {
      total += l.size() + 1;
    }
    this.list = new int[total];
    int at = 0;
    for (int j = 0; j < touched.size(); j++) {
      int cell = touched.get(j);
      List<int[]> l = near.get(j);
      l.sort((a, b) -> Float.compare(Float.intBitsToFloat(a[1]), Float.intBitsToFloat(b[1])));
      start[cell] = at;
      nearestNm[cell] = Float.intBitsToFloat(l.get(0)[1]);
      for (int[] e : l) {
        list[at++] = e[0];
      }
      list[at++] = -1;
    }
  }

  /**
   * The index for a run: the features of the theater's catalogue and of the scenario that lie on
   * the map, each with the radius {@code radius} gives it.
   */
  static FeatureCells of(Theater theater, Scenario scenario, ToDoubleFunction<Place> radius) {
    List<Place> fs = featuresOf(theater, scenario);
    List<Double> radii = fs.stream().map(radius::applyAsDouble).toList();
    return theater.derived(new Key(List.copyOf(fs), radii), k -> new FeatureCells(theater.grid(), fs,
        radii.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /** The features on the map, catalogue first, then the scenario's own, in a fixed order. */
  static List<Place> featuresOf(Theater theater, Scenario scenario) {
    List<Place> fs = new ArrayList<>();
    for (Place p : theater.places().all()) {
      if (p.kind() == PlaceKind.FEATURE && theater.grid().contains(p.position())) {
        fs.add(p);
      }
    }
    for (Place p : scenario.places().values()) {
      if (p.kind() == PlaceKind.FEATURE && theater.grid().contains(p.position()) && !fs.contains(p)) {
        fs.add(p);
      }
    }
    return fs;
  }

  List<Place> features() {
    return features;
  }

  /** Offset of the cell's run of feature indices in {@link #at(int)}, or -1 when none is near. */
  int start(int cell) {
    return cell < 0 || (occupied[cell >>> 6] & (1L << (cell & 63))) == 0 ? -1 : start[cell];
  }

  /** The feature index at a position of the flat list; -1 ends a cell's run. */
  int at(int k) {
    return list[k];
  }

  /** The nearest feature within its radius, or null. */
  Place nearest(int cell) {
    int s = start(cell);
    return s < 0 ? null : features.get(list[s]);
  }

  /** The nearest feature within its radius if it is also within {@code radiusNm} of the cell, else null. */
  Place nearestWithin(int cell, double radiusNm) {
    int s = start(cell);
    return s < 0 || nearestNm[cell] > radiusNm ? null : features.get(list[s]);
  }

  /** Distance to the nearest feature within its radius, +∞ when none is. */
  double nearestNm(int cell) {
    return start(cell) < 0 ? Double.POSITIVE_INFINITY : nearestNm[cell];
  }
}
