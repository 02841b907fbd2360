package org.seastate.geo.build;

import java.util.Arrays;

/** A static k-d tree over points in 3-space: nearest neighbour within a radius. */
final class KdTree {
  private final double[][] coords;
  private final int[] idx;
  private int best;
  private double bestD2;

  KdTree(CoastPoints p) {
    coords = new double[][] {Arrays.copyOf(p.x, p.size), Arrays.copyOf(p.y, p.size), Arrays.copyOf(p.z, p.size)};
    idx = new int[p.size];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    build(0, idx.length, 0);
  }

  private void build(int lo, int hi, int axis) {
    if (hi - lo <= 1) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    select(lo, hi - 1, mid, coords[axis]);
    build(lo, mid, (axis + 1) % 3);
    build(mid + 1, hi, (axis + 1) % 3);
  }

  /** Quickselect on idx[lo..hi] (inclusive) so idx[k] holds the k-th smallest by key; ties by index. */
  private void select(int lo, int hi, int k, double[] key) {
    while (hi > lo) {
      int pivot = idx[(lo + hi) >>> 1];
      double pv = key[pivot];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (less(idx[i], pivot, pv, key)) {
          i++;
        }
        while (less(pivot, idx[j], key[idx[j]], key)) {
          j--;
        }
        if (i <= j) {
          int t = idx[i];
          idx[i] = idx[j];
          idx[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static boolean less(int a, int b, double bv, double[] key) {
    double av = key[a];
    return av < bv || (av == bv && a < b);
  }

  int nearest(double x, double y, double z, double maxD2) {
    best = -1;
    bestD2 = maxD2;
    search(0, idx.length, 0, x, y, z);
    return best;
  }

  private void search(int lo, int hi, int axis, double x, double y, double z) {
    if (hi <= lo) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    int p = idx[mid];
    double dx = coords[0][p] - x;
    double dy = coords[1][p] - y;
    double dz = coords[2][p] - z;
    double d2 = dx * dx + dy * dy + dz * dz;
    if (d2 < bestD2 || (d2 == bestD2 && best >= 0 && p < best)) {
      bestD2 = d2;
      best = p;
    }
    double q = axis == 0 ? x : axis == 1 ? y : z;
    double diff = q - coords[axis][p];
    int next = (axis + 1) % 3;
    if (diff < 0) {
      search(lo, mid, next, x, y, z);
      if (diff * diff <= bestD2) {
        search(mid + 1, hi, next, x, y, z);
      }
    } else {
      search(mid + 1, hi, next, x, y, z);
      if (diff * diff <= bestD2) {
        search(lo, mid, next, x, y, z);
      }
    }
  }
}
