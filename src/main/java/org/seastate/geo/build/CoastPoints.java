package org.seastate.geo.build;

import java.util.Arrays;
import java.util.List;
import org.seastate.geo.GreatCircle;
import org.seastate.geo.TheaterGrid;

/** Coast points as unit vectors with a nation index (0-based into {@link TheaterBuilder#NATIONS}). */
final class CoastPoints {
  double[] x = new double[1 << 16];
  double[] y = new double[1 << 16];
  double[] z = new double[1 << 16];
  int[] nation = new int[1 << 16];
  int size;

  void add(double lat, double lon, int nat) {
    if (size == x.length) {
      int n = size * 2;
      x = Arrays.copyOf(x, n);
      y = Arrays.copyOf(y, n);
      z = Arrays.copyOf(z, n);
      nation = Arrays.copyOf(nation, n);
    }
    double p = Math.toRadians(lat);
    double l = Math.toRadians(lon);
    x[size] = Math.cos(p) * Math.cos(l);
    y[size] = Math.cos(p) * Math.sin(l);
    z[size] = Math.sin(p);
    nation[size] = nat;
    size++;
  }



  static CoastPoints of(
      TheaterGrid grid, TopoJson countries, List<TheaterBuilder.LandMass> counted, List<TheaterBuilder.LandMass> skipped) {
    double s = grid.south() - TheaterBuilder.MARGIN_DEG;
    double n = grid.north() + TheaterBuilder.MARGIN_DEG;
    double w = grid.west() - TheaterBuilder.MARGIN_DEG;
    double e = grid.east() + TheaterBuilder.MARGIN_DEG;
    String object = "countries";
    int[] usage = countries.arcUsage(object);
    int[] arcNation = new int[countries.arcCount()];
    Arrays.fill(arcNation, -1);
    for (TopoJson.Geometry g : countries.geometries(object)) {
      String code = TheaterBuilder.NATION_BY_NE_ID.get(g.id());
      if (code == null) {
        continue;
      }
      int nat = TheaterBuilder.NATIONS.indexOf(code);
      for (List<int[]> poly : g.polygons()) {
        double[] outer = countries.ring(poly.get(0));
        double[] bbox = bbox(outer);
        if (bbox[2] < s || bbox[0] > n || bbox[3] < w || bbox[1] > e) {
          continue;
        }
        double area = areaKm2(outer);
        TheaterBuilder.LandMass mass = new TheaterBuilder.LandMass(code, g.name(), area, (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2);
        if (area < TheaterBuilder.COUNTED_AREA_KM2) {
          skipped.add(mass);
          continue;
        }
        counted.add(mass);
        for (int[] ring : poly) {
          for (int ref : ring) {
            int a = TopoJson.arcIndex(ref);
            if (usage[a] == 1) {
              arcNation[a] = nat;
            }
          }
        }
      }
    }
    CoastPoints pts = new CoastPoints();
    for (int a = 0; a < arcNation.length; a++) {
      if (arcNation[a] < 0) {
        continue;
      }
      double[] xy = countries.arc(a);
      int m = xy.length / 2;
      for (int i = 0; i < m; i++) {
        double lon1 = xy[2 * i];
        double lat1 = xy[2 * i + 1];
        if (i == m - 1) {
          if (inside(lat1, lon1, s, n, w, e)) {
            pts.add(lat1, lon1, arcNation[a]);
          }
          break;
        }
        double lon2 = xy[2 * i + 2];
        double lat2 = xy[2 * i + 3];
        if (Math.max(lat1, lat2) < s || Math.min(lat1, lat2) > n
            || Math.max(lon1, lon2) < w || Math.min(lon1, lon2) > e) {
          continue;
        }
        double d = GreatCircle.distanceNm(lat1, lon1, lat2, lon2);
        int steps = Math.max(1, (int) Math.ceil(d / TheaterBuilder.COAST_SPACING_NM));
        for (int k = 0; k < steps; k++) {
          double t = (double) k / steps;
          double lat = lat1 + t * (lat2 - lat1);
          double lon = lon1 + t * (lon2 - lon1);
          if (inside(lat, lon, s, n, w, e)) {
            pts.add(lat, lon, arcNation[a]);
          }
        }
      }
    }
    return pts;
  }

  private static boolean inside(double lat, double lon, double s, double n, double w, double e) {
    return lat >= s && lat <= n && lon >= w && lon <= e;
  }

  /** {minLat, minLon, maxLat, maxLon}. */
  private static double[] bbox(double[] ring) {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < ring.length; i += 2) {
      b[0] = Math.min(b[0], ring[i + 1]);
      b[1] = Math.min(b[1], ring[i]);
      b[2] = Math.max(b[2], ring[i + 1]);
      b[3] = Math.max(b[3], ring[i]);
    }
    return b;
  }

  /** Area enclosed by a lon/lat ring on a sphere, km² (the usual spherical-excess approximation). */
  static double areaKm2(double[] ring) {
    double sum = 0;
    int n = ring.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double l1 = Math.toRadians(ring[2 * i]);
      double l2 = Math.toRadians(ring[2 * j]);
      double p1 = Math.toRadians(ring[2 * i + 1]);
      double p2 = Math.toRadians(ring[2 * j + 1]);
      sum += (l2 - l1) * (2 + Math.sin(p1) + Math.sin(p2));
    }
    return Math.abs(sum) * TheaterBuilder.EARTH_RADIUS_KM * TheaterBuilder.EARTH_RADIUS_KM / 2;
  }

  // ---- EEZ owners: nearest coast point through a k-d tree over unit vectors -----------------
}
