package org.seastate.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.seastate.io.AtomicFiles;
import org.seastate.io.CsvTable;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;
import org.seastate.io.ResultsWriter;

/**
 * First-order and total Sobol indices from a Saltelli design: S1 by the Saltelli (2010)
 * estimator, ST by Jansen's, both divided by the variance of all f(A) and f(B) values, with
 * percentile bootstrap intervals over the base samples. Replicates of a point are averaged
 * first, so the indices describe the expected outcome (the run-to-run noise is not a factor).
 */
public final class Sensitivity {
  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 1;

  public static final List<String> COLUMNS = List.of(
      "metric", "factor", "s1", "s1_low", "s1_high", "st", "st_low", "st_high", "samples", "variance");

  /** Indices of one factor for one metric. */
  public record Index(String metric, String factor, double s1, double s1Low, double s1High,
      double st, double stLow, double stHigh, int samples, double variance) {}

  private Sensitivity() {}

  /**
   * Indices from model outputs on the Saltelli matrices.
   *
   * @param fA f at the rows of A (length N)
   * @param fB f at the rows of B
   * @param fAB fAB[i] = f at the rows of AB_i
   * @return per factor {s1, st}
   */
  public static double[][] indices(double[] fA, double[] fB, double[][] fAB) {
    int n = fA.length;
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    return indices(fA, fB, fAB, all);
  }

  static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
    int n = rows.length;
    double sum = 0;
    double sumSq = 0;
    for (int j : rows) {
      sum += fA[j] + fB[j];
      sumSq += fA[j] * fA[j] + fB[j] * fB[j];
    }
    double mean = sum / (2 * n);
    double var = (sumSq - 2 * n * mean * mean) / (2 * n - 1);
    double[][] out = new double[fAB.length][2];
    for (int i = 0; i < fAB.length; i++) {
      double s1 = 0;
      double st = 0;
      for (int j : rows) {
        s1 += fB[j] * (fAB[i][j] - fA[j]);
        double d = fA[j] - fAB[i][j];
        st += d * d;
      }
      out[i][0] = var > 0 ? s1 / n / var : Double.NaN;
      out[i][1] = var > 0 ? st / (2.0 * n) / var : Double.NaN;
    }
    return out;
  }

  /** Indices with percentile bootstrap intervals (resampling base samples). */
  public static List<Index> withIntervals(String metric, List<String> factors, double[] fA, double[] fB,
      double[][] fAB, int resamples, RandomGenerator rng) {
    int n = fA.length;
    double[][] point = indices(fA, fB, fAB);
    int k = factors.size();
    double[][][] boot = new double[k][2][resamples];
    int[] rows = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int j = 0; j < n; j++) {
        rows[j] = rng.nextInt(n);
      }
      double[][] b = indices(fA, fB, fAB, rows);
      for (int i = 0; i < k; i++) {
        boot[i][0][r] = b[i][0];
        boot[i][1][r] = b[i][1];
      }
    }
    double var = Stats.sd(concat(fA, fB));
    List<Index> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] s1 = Stats.finite(boot[i][0]);
      double[] st = Stats.finite(boot[i][1]);
      out.add(new Index(metric, factors.get(i), point[i][0], Stats.quantile(s1, 0.025), Stats.quantile(s1, 0.975),
          point[i][1], Stats.quantile(st, 0.025), Stats.quantile(st, 0.975), n, var * var));
    }
    return out;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = new double[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Whether the folder holds a Sobol design. */
  public static boolean applies(ResultsData data) {
    return "sobol".equals(data.designKind());
  }

  /**
   * Indices of each metric in a results folder of a Sobol sweep.
   *
   * @param metrics summary metrics; empty for the default set
   */
  public static List<Index> compute(ResultsData data, List<String> metrics, int resamples, long seed) {
    if (!applies(data)) {
      throw new ResultsInputException(data.dir() + " is not a Sobol sweep (design: " + data.designKind() + ")");
    }
    List<String> factors = data.sweepFactors();
    int k = factors.size();
    Map<Long, int[]> layout = layout(data, factors);
    List<String> ms = metrics.isEmpty() ? Comparison.defaultMetrics(data) : metrics.stream().map(data::requireMetric).toList();
    List<Index> out = new ArrayList<>();
    for (String m : ms) {
      // mean over replicates, per point
      Map<Long, double[]> acc = new HashMap<>();
      for (int r = 0; r < data.size(); r++) {
        double v = data.value(r, m);
        if (!Double.isNaN(v)) {
          double[] a = acc.computeIfAbsent(data.point(r), p -> new double[2]);
          a[0] += v;
          a[1]++;
        }
      }
      int n = layout.values().stream().mapToInt(x -> x[0]).max().orElse(-1) + 1;
      double[][] cells = new double[k + 2][n]; // 0 = A, 1..k = AB_i, k+1 = B
      for (double[] c : cells) {
        java.util.Arrays.fill(c, Double.NaN);
      }
      for (Map.Entry<Long, int[]> e : layout.entrySet()) {
        double[] a = acc.get(e.getKey());
        if (a != null && a[1] > 0) {
          cells[e.getValue()[1]][e.getValue()[0]] = a[0] / a[1];
        }
      }
      List<Integer> complete = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        boolean ok = true;
        for (double[] c : cells) {
          ok &= !Double.isNaN(c[j]);
        }
        if (ok) {
          complete.add(j);
        }
      }
      if (complete.size() < 2) {
        continue; // no complete base samples for this metric (e.g. always NaN)
      }
      double[] fA = pick(cells[0], complete);
      double[] fB = pick(cells[k + 1], complete);
      double[][] fAB = new double[k][];
      for (int i = 0; i < k; i++) {
        fAB[i] = pick(cells[i + 1], complete);
      }
      out.addAll(withIntervals(m, factors, fA, fB, fAB, resamples, new Well19937c(seed)));
    }
    return out;
  }

  private static double[] pick(double[] x, List<Integer> idx) {
    return idx.stream().mapToDouble(j -> x[j]).toArray();
  }

  /**
   * Point number → {sample, block index}: from the sweep's points.csv (columns point, block,
   * base_index) when present, otherwise the point order of {@link SaltelliDesign}.
   */
  static Map<Long, int[]> layout(ResultsData data, List<String> factors) {
    int k = factors.size();
    Map<Long, int[]> out = new HashMap<>();
    Optional<CsvTable> design = ResultsReader.readIfPresent(data.dir().resolve("points.csv"));
    if (design.isPresent() && design.get().has("block") && design.get().has("base_index")) {
      CsvTable t = design.get();
      for (int r = 0; r < t.size(); r++) {
        long p = Long.parseLong(t.get(r, "point"));
        out.put(p, new int[] {Integer.parseInt(t.get(r, "base_index")), blockIndex(t.get(r, "block"), factors)});
      }
      return out;
    }
    for (int r = 0; r < data.size(); r++) {
      long p = data.point(r);
      out.put(p, new int[] {SaltelliDesign.sample(p, k), blockIndex(SaltelliDesign.block(p, k), factors)});
    }
    return out;
  }

  /** A → 0, AB_i (1-based) or AB:path → i, B → k + 1. */
  static int blockIndex(String block, List<String> factors) {
    String b = block.trim();
    if (b.equals("A")) {
      return 0;
    }
    if (b.equals("B")) {
      return factors.size() + 1;
    }
    if (b.startsWith("AB:")) {
      int i = factors.indexOf(b.substring(3));
      if (i >= 0) {
        return i + 1;
      }
    } else if (b.startsWith("AB_") || b.startsWith("AB")) {
      try {
        int i = Integer.parseInt(b.substring(b.startsWith("AB_") ? 3 : 2));
        if (i >= 1 && i <= factors.size()) {
          return i;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new ResultsInputException("points.csv: unknown block '" + block + "' (expected A, B, AB_1..AB_"
        + factors.size() + " or AB:<factor>)");
  }

  /** Writes sensitivity.csv. */
  public static void write(Path dir, List<Index> indices) throws IOException {
    AtomicFiles.write(dir.resolve("sensitivity.csv"), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      p.printRecord(COLUMNS);
      for (Index x : indices) {
        p.printRecord(x.metric(), x.factor(), Numbers.format(x.s1()), Numbers.format(x.s1Low()),
            Numbers.format(x.s1High()), Numbers.format(x.st()), Numbers.format(x.stLow()),
            Numbers.format(x.stHigh()), x.samples(), Numbers.format(x.variance()));
      }
      p.flush();
    });
  }

  /** Markdown table of the indices (for the report). */
  public static String table(List<Index> indices) {
    StringBuilder s = new StringBuilder("| metric | factor | S1 (95% CI) | ST (95% CI) | N |\n|---|---|---|---|--:|\n");
    for (Index x : indices) {
      s.append(String.format(Locale.ROOT, "| %s | %s | %s (%s, %s) | %s (%s, %s) | %d |%n", x.metric(), x.factor(),
          Comparison.g(x.s1()), Comparison.g(x.s1Low()), Comparison.g(x.s1High()),
          Comparison.g(x.st()), Comparison.g(x.stLow()), Comparison.g(x.stHigh()), x.samples()));
    }
    return s.toString();
  }
}
