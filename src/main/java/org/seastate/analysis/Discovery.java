package org.seastate.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.io.AtomicFiles;
import org.seastate.io.CsvTable;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsWriter;

/**
 * Scenario discovery on a results folder: which region of the factor space holds the runs with
 * an outcome of interest (a metric above or below a threshold)? Runs {@link Prim} over the
 * sweep's factors and writes the peeling trajectory ({@code discovery.csv}), the chosen box
 * ({@code discovery.md}) and two charts. See docs/ANALYSIS.md, "Scenario discovery".
 */
public final class Discovery {

  /**
   * What the user asked.
   *
   * @param metric a summary metric, or a sum of them joined by {@code +}
   * @param above true: of interest when metric &gt; threshold; false: when metric &lt; threshold
   * @param factors factors to search; empty for all of runs.csv
   * @param box step of the trajectory to report; negative for the rule (min coverage)
   * @param maxP largest quasi-p-value a reported restriction may have (≥ 1 keeps all)
   * @param objective how peels are ranked
   */
  public record Question(String metric, boolean above, double threshold, List<String> factors, double alpha,
      double minMass, double minCoverage, int box, double maxP, Prim.Objective objective) {
    /** The outcome of interest in words, e.g. {@code max_level > 4.5}. */
    public String outcome() {
      return metric + (above ? " > " : " < ") + Numbers.format(threshold);
    }
  }

  private final ResultsData data;
  private final Question question;
  private final List<Integer> runs;
  private final List<String> metrics;
  private final Prim.Result result;
  private final Prim.Step peeled;
  private final Prim.Step box;
  private final int skipped;

  private Discovery(ResultsData data, Question q, List<Integer> runs, List<String> metrics, Prim.Result result,
      Prim.Step peeled, Prim.Step box, int skipped) {
    this.data = data;
    this.question = q;
    this.runs = runs;
    this.metrics = metrics;
    this.result = result;
    this.peeled = peeled;
    this.box = box;
    this.skipped = skipped;
  }

  /** Runs PRIM; a {@link ResultsInputException} when the question does not fit the data. */
  public static Discovery compute(ResultsData data, Question q) {
    if (!(q.alpha() > 0 && q.alpha() < 0.5)) {
      throw new ResultsInputException("--alpha must be between 0 and 0.5, was " + Numbers.format(q.alpha()));
    }
    if (!(q.minMass() > 0 && q.minMass() < 1)) {
      throw new ResultsInputException("--min-mass must be between 0 and 1, was " + Numbers.format(q.minMass()));
    }
    if (!(q.minCoverage() >= 0 && q.minCoverage() <= 1)) {
      throw new ResultsInputException("--min-coverage must be between 0 and 1, was " + Numbers.format(q.minCoverage()));
    }
    if (!(q.maxP() >= 0)) {
      throw new ResultsInputException("--max-p must be 0 or more (1 keeps every restriction), was " + q.maxP());
    }
    if (!Double.isFinite(q.threshold())) {
      throw new ResultsInputException("the threshold must be a finite number");
    }
    List<String> metrics = new ArrayList<>();
    for (String part : q.metric().split("\\+", -1)) {
      if (part.isBlank()) {
        throw new ResultsInputException("bad metric '" + q.metric() + "': join metrics with + (no spaces needed)");
      }
      metrics.add(data.requireMetric(part.strip()));
    }
    List<String> factors = q.factors().isEmpty() ? data.factors() : q.factors().stream().map(data::requireFactor).toList();
    if (factors.isEmpty()) {
      throw new ResultsInputException("runs.csv of " + data.dir() + " has no factor columns: discovery needs a sweep");
    }
    List<Integer> runs = new ArrayList<>();
    List<Boolean> interest = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < data.size(); i++) {
      double v = 0;
      for (String m : metrics) {
        v += data.value(i, m);
      }
      if (Double.isNaN(v)) {
        skipped++;
        continue;
      }
      runs.add(i);
      interest.add(q.above() ? v > q.threshold() : v < q.threshold());
    }
    long hits = interest.stream().filter(b -> b).count();
    String outcome = q.outcome();
    if (hits == 0) {
      throw new ResultsInputException("no run has " + outcome + " (of " + runs.size() + " runs): nothing to discover");
    }
    if (hits == runs.size()) {
      throw new ResultsInputException("every run has " + outcome + " (" + runs.size()
          + " runs): discovery needs runs on both sides of the threshold");
    }
    boolean[] y = new boolean[runs.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = interest.get(k);
    }
    List<Prim.Factor> fs = new ArrayList<>();
    for (String f : factors) {
      fs.add(factor(data, f, runs));
    }
    Prim.Result r = Prim.peel(fs, y, q.alpha(), q.minMass(), q.objective());
    Prim.Step peeled;
    if (q.box() >= 0) {
      if (q.box() >= r.trajectory().size()) {
        throw new ResultsInputException("--box " + q.box() + " is past the trajectory: its steps are 0.."
            + (r.trajectory().size() - 1));
      }
      peeled = r.trajectory().get(q.box());
    } else {
      peeled = r.chosen(q.minCoverage());
    }
    return new Discovery(data, q, List.copyOf(runs), List.copyOf(metrics), r, peeled, r.prune(peeled, q.maxP()),
        skipped);
  }

  /** Numbers stay numbers (ordered); booleans and text are categories. */
  static Prim.Factor factor(ResultsData data, String f, List<Integer> runs) {
    double[] x = new double[runs.size()];
    String[] s = new String[runs.size()];
    boolean numeric = true;
    for (int k = 0; k < runs.size(); k++) {
      s[k] = data.factorValue(runs.get(k), f);
      x[k] = CsvTable.parse(s[k]);
      numeric &= Double.isFinite(x[k]) && !s[k].equals("true") && !s[k].equals("false");
    }
    if (numeric) {
      return Prim.Factor.numeric(f, x);
    }
    return Prim.Factor.categorical(f, s, data.levels(f)); // levels in the sweep's order
  }

  public Prim.Result result() {
    return result;
  }

  /** The box on the trajectory that the rule (or {@code --box}) picked, before pruning. */
  public Prim.Step peeled() {
    return peeled;
  }

  /** The box reported: {@link #peeled()} without its insignificant restrictions. */
  public Prim.Step box() {
    return box;
  }

  public Question question() {
    return question;
  }

  /** Results indices of the runs PRIM saw (runs with the metric missing are left out). */
  public List<Integer> runs() {
    return runs;
  }

  public ResultsData data() {
    return data;
  }

  /** The outcome values of the runs PRIM saw (the metric, or the sum of the metrics). */
  public double[] outcomes() {
    double[] v = new double[runs.size()];
    for (int k = 0; k < v.length; k++) {
      for (String m : metrics) {
        v[k] += data.value(runs.get(k), m);
      }
    }
    return v;
  }

  /** The restricted factors of the reported box, most narrowed first. */
  public List<String> restrictedByNarrowing() {
    List<String> r = new ArrayList<>(box.restricted());
    r.sort(java.util.Comparator.comparingDouble(
        (String f) -> -result.narrowing(box, result.factors().indexOf(factorOf(f)))));
    return r;
  }

  private Prim.Factor factorOf(String name) {
    return result.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  /** A limit in words: {@code [0.7, 1]} for numbers, {@code {false}} for categories. */
  public static String describe(Prim.Limit l) {
    return l.isNumeric() ? "[" + Comparison.g(l.lower()) + ", " + Comparison.g(l.upper()) + "]"
        : "{" + String.join(", ", l.levels()) + "}";
  }

  /** Writes discovery.csv, discovery.md and the two charts into {@code dir}. */
  public void write(Path dir) throws IOException {
    List<Prim.Factor> fs = result.factors();
    AtomicFiles.write(dir.resolve("discovery.csv"), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      List<String> header = new ArrayList<>(List.of("step", "coverage", "density", "mass", "n_in_box",
          "n_of_interest", "chosen", "restricted"));
      for (Prim.Factor f : fs) {
        if (f.isNumeric()) {
          header.add(f.name() + ".lower");
          header.add(f.name() + ".upper");
        } else {
          header.add(f.name() + ".levels");
        }
      }
      p.printRecord(header);
      for (Prim.Step s : result.trajectory()) {
        List<Object> row = new ArrayList<>(List.of(s.index(), f(s.coverage()), f(s.density()), f(s.mass()), s.n(),
            s.ofInterest(), s.index() == peeled.index(), String.join(";", s.restricted())));
        for (Prim.Limit l : s.limits()) {
          if (l.isNumeric()) {
            row.add(f(l.lower()));
            row.add(f(l.upper()));
          } else {
            row.add(String.join(";", l.levels()));
          }
        }
        p.printRecord(row);
      }
      p.flush();
    });
    AtomicFiles.writeString(dir.resolve("discovery.md"), markdown());
    DiscoveryCharts.write(this, dir.resolve("charts"));
  }

  private static String f(double v) {
    return Numbers.format(v);
  }

  /** The chosen box in a few lines, for the console. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Runs with %s: %d of %d.%n", question.outcome(),
        result.trajectory().get(0).ofInterest(), runs.size()));
    int dropped = peeled.restricted().size() - box.restricted().size();
    s.append(String.format(Locale.ROOT, "Box (step %d of %d%s): coverage %s, density %s, mass %s, %d runs%n",
        box.index(), result.trajectory().size() - 1,
        dropped > 0 ? ", " + dropped + " insignificant restriction" + (dropped > 1 ? "s" : "") + " dropped" : "",
        pct(box.coverage()), pct(box.density()), pct(box.mass()), box.n()));
    if (box.restricted().isEmpty()) {
      s.append("  no restriction: the cases of interest are spread over the whole factor space\n");
    }
    for (String f : restrictedByNarrowing()) {
      s.append(String.format(Locale.ROOT, "  %s in %s (data %s), quasi-p %s%n", f, describe(box.limit(f)),
          describe(result.dataLimits().get(result.factors().indexOf(factorOf(f)))), Comparison.p(result.quasiP(box, f))));
    }
    return s.toString();
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  /** discovery.md: the question, the chosen box, the rule, and the trajectory. */
  public String markdown() {
    Question q = question;
    Prim.Step all = result.trajectory().get(0);
    StringBuilder s = new StringBuilder();
    s.append("# Scenario discovery: where do runs with `").append(q.outcome()).append("` happen?\n\n");
    s.append(String.format(Locale.ROOT, "%d of %d successful runs (%s) have %s%s. PRIM (Friedman and Fisher 1999) "
            + "peeled %s of the box per step over %d factors down to a mass of %s (objective %s): %d steps.%n%n",
        all.ofInterest(), runs.size(), pct(all.density()), q.outcome(),
        skipped > 0 ? " (" + skipped + " runs without a value left out)" : "", pct(q.alpha()),
        result.factors().size(), pct(q.minMass()), q.objective().name().toLowerCase(Locale.ROOT),
        result.trajectory().size() - 1));
    s.append("## Chosen box\n\n");
    s.append(q.box() >= 0 ? "Step " + q.box() + " of the trajectory, as asked (`--box`)."
        : String.format(Locale.ROOT, "Rule: the box of the trajectory with the highest density among those with "
            + "coverage ≥ %s (the least peeled on a tie): step %d.", pct(q.minCoverage()), peeled.index()));
    List<String> dropped = new ArrayList<>(peeled.restricted());
    dropped.removeAll(box.restricted());
    if (!dropped.isEmpty()) {
      s.append(" Restrictions with a quasi-p-value above ").append(Numbers.format(q.maxP()))
          .append(" dropped, least significant first: ").append(String.join(", ", dropped)).append('.');
    }
    s.append("\n\n");
    s.append(String.format(Locale.ROOT, "| coverage | density | mass | runs in box | of interest |%n|--:|--:|--:|--:|--:|%n"
        + "| %s | %s | %s | %d | %d |%n%n", pct(box.coverage()), pct(box.density()), pct(box.mass()), box.n(),
        box.ofInterest()));
    if (box.restricted().isEmpty()) {
      s.append("No factor is restricted: no region of the factor space concentrates the cases of interest.\n\n");
    } else {
      s.append("| factor | box | data | quasi-p |\n|---|---|---|--:|\n");
      for (String f : restrictedByNarrowing()) {
        s.append("| `").append(f).append("` | ").append(describe(box.limit(f))).append(" | ")
            .append(describe(result.dataLimits().get(result.factors().indexOf(factorOf(f))))).append(" | ")
            .append(Comparison.p(result.quasiP(box, f))).append(" |\n");
      }
      s.append("\nThe other factors are not restricted.\n\n");
    }
    s.append("Coverage: share of all runs of interest inside the box. Density: share of the box's runs that are of "
        + "interest. Mass: share of all runs inside the box. Quasi-p: one-sided binomial chance of the box's density "
        + "if the factor were left free (EMA Workbench practice); small means the restriction matters.\n\n");
    s.append("Charts: `charts/discovery-trajectory.png` (coverage against density), `charts/discovery-box.png` "
        + "(the box on its two most restricted factors).\n\n");
    s.append("## Peeling trajectory\n\n| step | coverage | density | mass | runs | restricted |\n|--:|--:|--:|--:|--:|---|\n");
    for (Prim.Step t : result.trajectory()) {
      s.append("| ").append(t.index()).append(t.index() == peeled.index() ? " ◀" : "").append(" | ")
          .append(pct(t.coverage())).append(" | ").append(pct(t.density())).append(" | ").append(pct(t.mass()))
          .append(" | ").append(t.n()).append(" | ")
          .append(t.restricted().stream().map(ResultsData::shortName).reduce((a, b) -> a + ", " + b).orElse("–"))
          .append(" |\n");
    }
    return s.toString();
  }
}
