package org.seastate.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * China's dashed line: the ten published dashes (FACTS.md §1.3) and the closed polygon the
 * theater uses to tell whether a point lies inside the line.
 *
 * <p>Closure (docs/THEATER.md): the dashes are taken in order 1→10, each oriented so that its
 * first end is the one nearest the previous dash's last end (dash 1 starts at its north end).
 * From dash 10's north end the ring runs to the southern end of the 2000 China–Vietnam Beibu Gulf
 * (Gulf of Tonkin) boundary and up that boundary to its northern end near 21.5°N 108.1°E, then
 * over Chinese land to 27°N 108°E, east along 27°N to 122.8°E and south back to dash 1's north
 * end. The Gulf of Tonkin vertices are approximate (a handful of points along the agreed line);
 * no test or model result depends on cells in the gulf's interior being exact.
 */
public final class DashedLine {

  /**
   * One dash.
   *
   * @param number 1 to 10 as numbered in FACTS.md §1.3 (1 lies east of Taiwan)
   * @param a end A as listed in FACTS.md
   * @param b end B as listed in FACTS.md
   */
  public record Dash(int number, LatLon a, LatLon b) {}

  private static final List<Dash> DASHES = List.of(
      new Dash(1, new LatLon(24.586, 122.791), new LatLon(23.454, 122.507)),
      new Dash(2, new LatLon(21.702, 121.908), new LatLon(20.804, 121.158)),
      new Dash(3, new LatLon(19.038, 120.022), new LatLon(18.003, 119.460)),
      new Dash(4, new LatLon(16.054, 119.063), new LatLon(14.998, 119.062)),
      new Dash(5, new LatLon(11.998, 118.982), new LatLon(10.902, 118.529)),
      new Dash(6, new LatLon(7.993, 116.249), new LatLon(7.146, 115.531)),
      new Dash(7, new LatLon(3.746, 112.857), new LatLon(3.405, 111.779)),
      new Dash(8, new LatLon(7.086, 108.233), new LatLon(6.006, 108.300)),
      new Dash(9, new LatLon(12.250, 110.325), new LatLon(11.238, 110.062)),
      new Dash(10, new LatLon(16.210, 109.298), new LatLon(15.147, 109.860)));

  /**
   * Closing vertices after dash 10's north end: the Beibu Gulf boundary from its southern end
   * (about 17°47′N 107°58′E) north past Bach Long Vi to the Beilun estuary (about 21°28′N
   * 108°06′E; approximate), then over land and along 27°N.
   */
  private static final List<LatLon> CLOSURE = List.of(
      new LatLon(17.783, 107.958),
      new LatLon(19.000, 107.700),
      new LatLon(19.950, 107.950),
      new LatLon(20.400, 108.150),
      new LatLon(21.470, 108.101),
      new LatLon(27.0, 108.0),
      new LatLon(27.0, 122.8));

  private static final double[] RING_LAT;
  private static final double[] RING_LON;

  static {
    List<LatLon> ring = ring();
    RING_LAT = new double[ring.size()];
    RING_LON = new double[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      RING_LAT[i] = ring.get(i).lat();
      RING_LON[i] = ring.get(i).lon();
    }
  }

  private DashedLine() {}

  /** The ten dashes with their ends as published. */
  public static List<Dash> dashes() {
    return DASHES;
  }

  /** The dashes' ends in ring order (two points per dash, oriented as described above). */
  public static List<LatLon> orientedDashEnds() {
    List<LatLon> out = new ArrayList<>();
    LatLon last = null;
    for (Dash d : DASHES) {
      LatLon first;
      LatLon second;
      if (last == null) {
        boolean aNorth = d.a().lat() >= d.b().lat();
        first = aNorth ? d.a() : d.b();
        second = aNorth ? d.b() : d.a();
      } else if (GreatCircle.distanceNm(last, d.a()) <= GreatCircle.distanceNm(last, d.b())) {
        first = d.a();
        second = d.b();
      } else {
        first = d.b();
        second = d.a();
      }
      out.add(first);
      out.add(second);
      last = second;
    }
    return out;
  }

  /** The closed polygon (first vertex not repeated at the end). */
  public static List<LatLon> ring() {
    List<LatLon> ring = new ArrayList<>(orientedDashEnds());
    ring.addAll(CLOSURE);
    return List.copyOf(ring);
  }

  /** Whether a point lies inside the closed line (even–odd rule in lat/lon). */
  public static boolean contains(double lat, double lon) {
    boolean inside = false;
    int n = RING_LAT.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double yi = RING_LAT[i];
      double yj = RING_LAT[j];
      if ((yi > lat) != (yj > lat)) {
        double x = RING_LON[j] + (lat - yj) * (RING_LON[i] - RING_LON[j]) / (yi - yj);
        if (lon < x) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  public static boolean contains(LatLon p) {
    return contains(p.lat(), p.lon());
  }
}
