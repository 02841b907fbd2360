package org.seastate.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices, in unit coordinates. A Sobol sequence of
 * dimension 2k is drawn (its first point, all zeros, skipped); for base sample j the first k
 * coordinates form row j of matrix A and the last k row j of matrix B; AB_i is A with column i
 * taken from B. Points are grouped per base sample: A_j, B_j, AB1_j, ..., ABk_j, so point
 * number p has sample p / (k + 2) and position p % (k + 2) (0 = A, 1 = B, 1 + i = ABi), and
 * a sweep stopped part-way still holds complete groups. The sweep's Sobol design
 * ({@code sweep.Designs}) is built from these points, and {@link Sensitivity} assumes this
 * order when a results folder has no {@code points.csv}: one scheme, one order.
 */
public final class SaltelliDesign {
  private SaltelliDesign() {}

  /** Where a design point sits in the scheme. */
  public record Point(int sample, String block, double[] unit) {}

  /** Block name of point number p for k factors ({@code A}, {@code B}, {@code ABi}, i from 1). */
  public static String block(long p, int k) {
    int r = (int) (p % (k + 2));
    return r == 0 ? "A" : r == 1 ? "B" : "AB" + (r - 1);
  }

  /** Base sample of point number p for k factors. */
  public static int sample(long p, int k) {
    return (int) (p / (k + 2));
  }

  /** The n × (k + 2) points of the scheme, in order. */
  public static List<Point> points(int k, int n) {
    if (k < 1 || n < 1) {
      throw new IllegalArgumentException("need k >= 1 factors and n >= 1 samples");
    }
    SobolSequenceGenerator g = new SobolSequenceGenerator(2 * k);
    g.nextVector(); // skip the all-zero first point
    List<Point> out = new ArrayList<>(n * (k + 2));
    for (int j = 0; j < n; j++) {
      double[] v = g.nextVector();
      double[] a = java.util.Arrays.copyOfRange(v, 0, k);
      double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
      out.add(new Point(j, "A", a));
      out.add(new Point(j, "B", b));
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        out.add(new Point(j, "AB" + (i + 1), ab));
      }
    }
    return out;
  }
}
