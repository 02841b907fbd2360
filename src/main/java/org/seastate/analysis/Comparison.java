package org.seastate.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.random.Well19937c;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsWriter;

/**
 * Compares the levels of one factor, metric by metric and pair by pair: difference of means
 * with a percentile bootstrap interval, Welch t-test and Mann–Whitney p-values (raw and
 * Holm-adjusted over all rows), Cohen's d and Cliff's delta. Runs at the other factors' values
 * are pooled. See docs/ANALYSIS.md.
 */
public final class Comparison {
  /** Bootstrap resamples per row unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 2000;
  /** Seed of the bootstrap unless told otherwise. */
  public static final long DEFAULT_SEED = 1;

  /** Columns of comparison.csv. */
  public static final List<String> COLUMNS = List.of(
      "metric", "factor", "level_a", "level_b", "n_a", "n_b", "mean_a", "mean_b", "sd_a", "sd_b",
      "diff_mean", "diff_ci_low", "diff_ci_high", "p_welch", "p_mann_whitney",
      "p_welch_holm", "p_mann_whitney_holm", "cohens_d", "cliffs_delta");

  /** One row: level_b against level_a; differences are mean_b − mean_a. */
  public record Row(String metric, String factor, String levelA, String levelB, int nA, int nB,
      double meanA, double meanB, double sdA, double sdB, double diff, double ciLow, double ciHigh,
      double pWelch, double pMannWhitney, double pWelchHolm, double pMannWhitneyHolm,
      double cohensD, double cliffsDelta) {}

  private final String factor;
  private final List<Row> rows;
  private final int resamples;
  private final long seed;
  private final int runs;

  private Comparison(String factor, List<Row> rows, int resamples, long seed, int runs) {
    this.factor = factor;
    this.rows = rows;
    this.resamples = resamples;
    this.seed = seed;
    this.runs = runs;
  }

  public List<Row> rows() {
    return rows;
  }

  public String factor() {
    return factor;
  }

  /** The metrics compared when none are named: every summary metric but the run length. */
  public static List<String> defaultMetrics(ResultsData data) {
    return data.metrics().stream()
        .filter(m -> !m.equals("days_simulated") && !m.equals("crisis_day"))
        .toList();
  }

  /**
   * Compares the levels of {@code factor}.
   *
   * @param metrics summary metrics (runs.csv columns or their short forms); empty for the default set
   */
  public static Comparison compute(ResultsData data, String factor, List<String> metrics, int resamples, long seed) {
    data.requireFactor(factor);
    if (resamples < 100) {
      throw new org.seastate.io.ResultsInputException("use at least 100 bootstrap resamples, was " + resamples);
    }
    List<String> ms = metrics.isEmpty() ? defaultMetrics(data) : metrics.stream().map(data::requireMetric).toList();
    Map<String, List<Integer>> groups = data.groupBy(factor);
    List<String> levels = new ArrayList<>(groups.keySet());
    List<Row> raw = new ArrayList<>();
    for (String m : ms) {
      for (int i = 0; i < levels.size(); i++) {
        for (int j = i + 1; j < levels.size(); j++) {
          double[] a = values(data, groups.get(levels.get(i)), m);
          double[] b = values(data, groups.get(levels.get(j)), m);
          double[] ci = Stats.bootstrapDiff(a, b, resamples, new Well19937c(seed));
          raw.add(new Row(m, factor, levels.get(i), levels.get(j), a.length, b.length,
              Stats.mean(a), Stats.mean(b), Stats.sd(a), Stats.sd(b), Stats.mean(b) - Stats.mean(a),
              ci[0], ci[1], Stats.welchP(a, b), Stats.mannWhitneyP(a, b), Double.NaN, Double.NaN,
              Stats.cohensD(a, b), Stats.cliffsDelta(a, b)));
        }
      }
    }
    double[] hw = Stats.holm(raw.stream().mapToDouble(Row::pWelch).toArray());
    double[] hm = Stats.holm(raw.stream().mapToDouble(Row::pMannWhitney).toArray());
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      Row r = raw.get(k);
      rows.add(new Row(r.metric(), r.factor(), r.levelA(), r.levelB(), r.nA(), r.nB(), r.meanA(), r.meanB(),
          r.sdA(), r.sdB(), r.diff(), r.ciLow(), r.ciHigh(), r.pWelch(), r.pMannWhitney(), hw[k], hm[k],
          r.cohensD(), r.cliffsDelta()));
    }
    return new Comparison(factor, List.copyOf(rows), resamples, seed, data.size());
  }

  static double[] values(ResultsData data, List<Integer> runs, String metric) {
    return Stats.finite(runs.stream().mapToDouble(i -> data.value(i, metric)).toArray());
  }

  /** Writes comparison.csv and comparison.md into {@code dir}. */
  public void write(Path dir) throws IOException {
    AtomicFiles.write(dir.resolve("comparison.csv"), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      p.printRecord(COLUMNS);
      for (Row r : rows) {
        p.printRecord(r.metric(), r.factor(), r.levelA(), r.levelB(), r.nA(), r.nB(),
            f(r.meanA()), f(r.meanB()), f(r.sdA()), f(r.sdB()), f(r.diff()), f(r.ciLow()), f(r.ciHigh()),
            f(r.pWelch()), f(r.pMannWhitney()), f(r.pWelchHolm()), f(r.pMannWhitneyHolm()),
            f(r.cohensD()), f(r.cliffsDelta()));
      }
      p.flush();
    });
    AtomicFiles.writeString(dir.resolve("comparison.md"), markdown());
  }

  private static String f(double v) {
    return Numbers.format(v);
  }

  /** The comparison as a Markdown section (also used by the report). */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Comparison by `").append(factor).append("`\n\n");
    s.append(String.format(Locale.ROOT,
        "%d successful runs. Each row compares level b with level a of the factor (runs at the other "
            + "factors' values pooled). Difference = mean(b) − mean(a), with a 95%% percentile bootstrap "
            + "interval (%d resamples per row, seed %d). p-values are two-sided: Welch's t-test and "
            + "Mann–Whitney U (normal approximation). d = Cohen's d (pooled SD); δ = Cliff's delta.%n%n",
        runs, resamples, seed));
    if (rows.size() > 1) {
      s.append(String.format(Locale.ROOT,
          "**Multiple comparisons:** this table holds %d tests per method. The Holm-adjusted p-values "
              + "(p Welch (Holm), in comparison.csv also for Mann–Whitney) control the chance of any false "
              + "positive across the table; read raw p-values as screening only.%n%n", rows.size()));
    }
    s.append(table());
    return s.toString();
  }

  /** The Markdown table alone. */
  public String table() {
    StringBuilder s = new StringBuilder();
    s.append("| metric | a | b | n a | n b | mean a | mean b | difference (95% CI) | p Welch | p Welch (Holm) | p M–W | d | δ |\n");
    s.append("|---|---|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|\n");
    for (Row r : rows) {
      s.append("| ").append(r.metric()).append(" | ").append(r.levelA()).append(" | ").append(r.levelB())
          .append(" | ").append(r.nA()).append(" | ").append(r.nB())
          .append(" | ").append(g(r.meanA())).append(" | ").append(g(r.meanB()))
          .append(" | ").append(g(r.diff())).append(" (").append(g(r.ciLow())).append(", ").append(g(r.ciHigh())).append(")")
          .append(" | ").append(p(r.pWelch())).append(" | ").append(p(r.pWelchHolm()))
          .append(" | ").append(p(r.pMannWhitney()))
          .append(" | ").append(g(r.cohensD())).append(" | ").append(g(r.cliffsDelta())).append(" |\n");
    }
    return s.toString();
  }

  /** Three significant digits, or "–" for NaN. */
  static String g(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  static String p(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
  }
}
