package org.seastate.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.random.Well19937c;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsWriter;

/**
 * The effect of a factor, metric by metric, as the design allows it to be measured: each level
 * against the reference level (treatment − reference), within each stratum of the other
 * discrete factors and over all strata. Runs that share a seed (common random numbers) are
 * compared as pairs: mean paired difference, bootstrap interval over pairs, Wilcoxon
 * signed-rank and paired t. Otherwise the arms are independent: difference of means, bootstrap
 * interval, Mann–Whitney and Welch within a stratum, van Elteren and a stratified z-test over
 * strata. A metric with no variance in either arm is "constant" and not tested. Holm's
 * adjustment runs over the overall rows and, separately, over the stratum rows. See
 * docs/ANALYSIS.md.
 */
public final class Comparison {
  /** Bootstrap resamples per row unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 2000;
  /** Seed of the bootstrap unless told otherwise. */
  public static final long DEFAULT_SEED = 1;
  /** Family-wise error rate at which an effect is called significant. */
  public static final double ALPHA = 0.05;

  /** Columns of comparison.csv. */
  public static final List<String> COLUMNS = List.of(
      "metric", "factor", "reference", "treatment", "stratum", "status", "test", "n_reference", "n_treatment",
      "n_pairs", "mean_reference", "mean_treatment", "sd_reference", "sd_treatment", "diff", "diff_ci_low",
      "diff_ci_high", "std_effect", "p_t", "p_rank", "p_t_holm", "p_rank_holm", "cliffs_delta");

  /** Whether a row was tested. */
  public enum Status {
    TESTED, CONSTANT, NO_DATA;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row: {@code treatment} against {@code reference} in one stratum (or {@link Effect#ALL}).
   * For paired rows {@code pT} is the paired t-test and {@code pRank} Wilcoxon's signed-rank
   * test; for unpaired ones Welch and Mann–Whitney in a stratum, the stratified z-test and van
   * Elteren over strata.
   */
  public record Row(String metric, String factor, String reference, String treatment, String stratum, Status status,
      boolean paired, int nReference, int nTreatment, int nPairs, double meanReference, double meanTreatment,
      double sdReference, double sdTreatment, double diff, double ciLow, double ciHigh, double standardized,
      double pT, double pRank, double pTHolm, double pRankHolm, double cliffsDelta) {
    public boolean overall() {
      return Effect.ALL.equals(stratum);
    }

    public boolean significant() {
      return status == Status.TESTED && pRankHolm < ALPHA;
    }

    Row withHolm(double t, double rank) {
      return new Row(metric, factor, reference, treatment, stratum, status, paired, nReference, nTreatment, nPairs,
          meanReference, meanTreatment, sdReference, sdTreatment, diff, ciLow, ciHigh, standardized, pT, pRank, t,
          rank, cliffsDelta);
    }

    /** The row as an effect estimate. */
    public Effect effect() {
      return new Effect(metric, treatment, reference, stratum, paired ? nPairs : Math.min(nReference, nTreatment),
          diff, ciLow, ciHigh, standardized, pRankHolm, significant(), paired);
    }
  }

  private final Strata design;
  private final List<Row> rows;
  private final int resamples;
  private final long seed;
  private final int runs;

  private Comparison(Strata design, List<Row> rows, int resamples, long seed, int runs) {
    this.design = design;
    this.rows = rows;
    this.resamples = resamples;
    this.seed = seed;
    this.runs = runs;
  }

  public List<Row> rows() {
    return rows;
  }

  public String factor() {
    return design.factor;
  }

  public String reference() {
    return design.reference;
  }

  public boolean paired() {
    return design.paired;
  }

  /** The factors the comparison is stratified by (empty when pooled or there are none). */
  public List<String> stratifiedBy() {
    return design.stratifiedBy;
  }

  /** The rows over all strata, largest standardized effect first, untested rows last. */
  public List<Row> overall() {
    return rows.stream().filter(Row::overall).sorted(BY_EFFECT).toList();
  }

  /** Tested before untested, then by |standardized effect|, then by metric name. */
  static final Comparator<Row> BY_EFFECT = Comparator.<Row>comparingInt(r -> r.status() == Status.TESTED ? 0 : 1)
      .thenComparing(r -> Double.isNaN(r.standardized()) ? 0 : -Math.abs(r.standardized()))
      .thenComparing(Row::metric);

  /** The metrics compared when none are named: every summary metric but the run length. */
  public static List<String> defaultMetrics(ResultsData data) {
    return data.metrics().stream()
        .filter(m -> !m.equals("days_simulated") && !m.equals("crisis_day"))
        .toList();
  }

  /** Compares every level of {@code factor} with its reference level, stratified, paired where seeds say so. */
  public static Comparison compute(ResultsData data, String factor, List<String> metrics, int resamples, long seed) {
    return compute(data, factor, metrics, resamples, seed, Optional.empty(), false);
  }

  /**
   * @param metrics summary metrics (runs.csv columns or their short forms); empty for the default set
   * @param reference the reference level; empty for the sweep's {@code reference:} or the first level
   * @param pooled pool the runs over the other factors instead of stratifying (unpaired)
   */
  public static Comparison compute(ResultsData data, String factor, List<String> metrics, int resamples, long seed,
      Optional<String> reference, boolean pooled) {
    data.requireFactor(factor);
    if (resamples < 100) {
      throw new org.seastate.io.ResultsInputException("use at least 100 bootstrap resamples, was " + resamples);
    }
    List<String> ms = metrics.isEmpty() ? defaultMetrics(data) : metrics.stream().map(data::requireMetric).toList();
    Strata design = Strata.of(data, factor, reference, pooled);
    if (design.treatments.isEmpty()) {
      throw new org.seastate.io.ResultsInputException(factor + " has one level in these results; nothing to compare");
    }
    List<Row> overall = new ArrayList<>();
    List<Row> strata = new ArrayList<>();
    EffectEstimator est = new EffectEstimator(data, design, resamples, seed);
    for (String m : ms) {
      for (String t : design.treatments) {
        if (design.stratified()) {
          for (Strata.Stratum s : design.strata) {
            strata.add(est.stratum(m, t, s));
          }
        }
        overall.add(est.overall(m, t));
      }
    }
    List<Row> rows = new ArrayList<>(holm(overall));
    rows.addAll(holm(strata));
    return new Comparison(design, List.copyOf(rows), resamples, seed, data.size());
  }

  private static List<Row> holm(List<Row> family) {
    double[] t = Stats.holm(family.stream().mapToDouble(r -> r.status() == Status.TESTED ? r.pT() : Double.NaN).toArray());
    double[] k = Stats.holm(family.stream().mapToDouble(r -> r.status() == Status.TESTED ? r.pRank() : Double.NaN).toArray());
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < family.size(); i++) {
      out.add(family.get(i).withHolm(t[i], k[i]));
    }
    return out;
  }

  /** The effects of the named metrics (all when empty), per stratum and overall, in row order. */
  public List<Effect> effects(List<String> metrics) {
    return rows.stream().filter(r -> metrics.isEmpty() || metrics.contains(r.metric())).map(Row::effect).toList();
  }

  /** Writes comparison.csv and comparison.md into {@code dir}. */
  public void write(Path dir) throws IOException {
    AtomicFiles.write(dir.resolve("comparison.csv"), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      p.printRecord(COLUMNS);
      for (Row r : rows) {
        p.printRecord(r.metric(), r.factor(), r.reference(), r.treatment(), r.stratum(), r.status().key(),
            r.paired() ? "paired" : "unpaired", r.nReference(), r.nTreatment(), r.nPairs(),
            f(r.meanReference()), f(r.meanTreatment()), f(r.sdReference()), f(r.sdTreatment()), f(r.diff()),
            f(r.ciLow()), f(r.ciHigh()), f(r.standardized()), f(r.pT()), f(r.pRank()), f(r.pTHolm()),
            f(r.pRankHolm()), f(r.cliffsDelta()));
      }
      p.flush();
    });
    AtomicFiles.writeString(dir.resolve("comparison.md"), markdown());
  }

  private static String f(double v) {
    return Numbers.format(v);
  }

  /** What was compared and how, in one paragraph. */
  public String method() {
    String how = design.paired
        ? "Runs are paired by common random numbers (same replicate, same seed): the difference is the mean "
            + "paired difference, its 95% interval a percentile bootstrap over pairs, p from Wilcoxon's "
            + "signed-rank test (paired t in comparison.csv)."
        : "Runs are independent: the difference is the difference of means, its 95% interval a percentile "
            + "bootstrap, p from Mann–Whitney within a stratum and van Elteren's stratified rank test over "
            + "strata (Welch and a stratified z-test in comparison.csv).";
    String strata = design.stratified()
        ? " Effects are estimated within each combination of " + String.join(", ", design.stratifiedBy)
            + " and averaged over them (\"all\")."
        : "";
    String pooledOver = design.pooledOver.isEmpty() ? "" : " Runs are pooled over " + String.join(", ", design.pooledOver) + ".";
    return String.format(Locale.ROOT, "%d successful runs. Each row reads %s = level − %s (the reference): a "
        + "positive difference means the level raises the metric.%s%s %s Bootstrap: %d resamples, seed %d. "
        + "Significant (★) = Holm-adjusted p < %.2f over the overall rows (stratum rows form their own family). "
        + "A metric with no variance in either arm is constant and not tested.",
        runs, design.factor, design.reference, strata, pooledOver, how, resamples, seed, ALPHA);
  }

  /** The comparison as a Markdown document. */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Effect of `").append(design.factor).append("`\n\n").append(method()).append("\n\n");
    s.append("## Over all strata\n\n").append(table(overall()));
    if (design.stratified()) {
      s.append("\n## By stratum\n\n").append(table(rows.stream().filter(r -> !r.overall()).toList()));
    }
    return s.toString();
  }

  /** A Markdown table of rows. */
  public static String table(List<Row> rows) {
    StringBuilder s = new StringBuilder();
    s.append("| metric | stratum | level | mean reference | mean level | difference (95% CI) | std. effect | p (Holm) | |\n");
    s.append("|---|---|---|--:|--:|---|--:|--:|---|\n");
    for (Row r : rows) {
      s.append("| ").append(r.metric()).append(" | ").append(r.stratum()).append(" | ").append(r.treatment())
          .append(" | ").append(g(r.meanReference())).append(" | ").append(g(r.meanTreatment())).append(" | ")
          .append(interval(r)).append(" | ").append(g(r.standardized())).append(" | ")
          .append(r.status() == Status.TESTED ? p(r.pRankHolm()) : r.status().key().replace('_', ' ') + ", not tested")
          .append(" | ").append(r.significant() ? "★" : "").append(" |\n");
    }
    return s.toString();
  }

  /** "diff (low, high)", or the difference alone when there is no interval. */
  static String interval(Row r) {
    if (Double.isNaN(r.ciLow()) || r.ciLow() == r.ciHigh()) {
      return signed(r.diff());
    }
    return signed(r.diff()) + " (" + signed(r.ciLow()) + ", " + signed(r.ciHigh()) + ")";
  }

  static String signed(double v) {
    return v > 0 ? "+" + g(v) : g(v);
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

  /** Keeps the seed used for rows: a fresh generator per row, so rows do not depend on each other. */
  static Well19937c rng(long seed) {
    return new Well19937c(seed);
  }
}
