package org.seastate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in
 * high-dimensional data") for scenario discovery, as in Kwakkel's EMA Workbench: starting from
 * the whole factor space, repeatedly peel off a thin slice of the current box, the slice whose
 * removal leaves the highest share of runs of interest, until the box holds less than a minimum
 * mass. The boxes along the way (the peeling trajectory) trade coverage for density; the user
 * picks one. Pure: arrays in, trajectory out.
 *
 * <p>Numeric factors (continuous or with numeric levels) are peeled at the lower or upper
 * α-quantile of the values in the box: the box keeps {@code x ≥ v[k]} (or {@code x ≤ v[n-1-k]}),
 * k = ⌈α·n⌉, so ties are kept or dropped together; a peel always drops at least one distinct
 * value and never all of them. Categorical factors (text levels, booleans) are peeled by
 * dropping one level from the set the box allows. Among the candidate peels that leave at least
 * the minimum mass, the best by the {@link Objective} wins (by default the gain in density per run
 * dropped, as in the EMA Workbench); ties go to the peel that drops fewer runs, then to the
 * earlier factor, lower end before upper. Peeling stops when no peel leaves the minimum mass or
 * the box holds only runs of interest. No pasting. Deterministic.
 *
 * <p>The reported box is {@link Result#chosen} on the trajectory, then {@link Result#prune}d of
 * restrictions that are not significant (quasi-p-values, as the EMA Workbench reports them).
 */
public final class Prim {
  /** Share of the box's runs peeled off in one step unless told otherwise. */
  public static final double DEFAULT_ALPHA = 0.05;
  /** Smallest share of all runs a box may hold unless told otherwise. */
  public static final double DEFAULT_MIN_MASS = 0.05;
  /** Coverage the chosen box must keep unless told otherwise. */
  public static final double DEFAULT_MIN_COVERAGE = 0.8;
  /** Largest quasi-p-value a restriction of the reported box may have unless told otherwise. */
  public static final double DEFAULT_MAX_P = 0.05;

  private Prim() {}

  /** How the candidate peels of a step are ranked. */
  public enum Objective {
    /**
     * Gain in density per run peeled off (the EMA Workbench's default, "lenient1"): a peel that
     * drops a whole level (half the box, for a boolean) must gain that much more than a thin
     * quantile slice to be taken.
     */
    LENIENT1,
    /** Density of the box left (Friedman and Fisher's original criterion). */
    ORIGINAL
  }

  /** Peels with the default objective ({@link Objective#LENIENT1}). */
  public static Result peel(List<Factor> factors, boolean[] ofInterest, double alpha, double minMass) {
    return peel(factors, ofInterest, alpha, minMass, Objective.LENIENT1);
  }

  /**
   * One factor's values over all runs: numbers (ordered, peeled at quantiles) or category labels
   * (peeled one level at a time, levels in {@code order}). Exactly one of {@code numbers} and
   * {@code labels} is non-null.
   */
  public record Factor(String name, double[] numbers, String[] labels, List<String> order) {
    public Factor {
      if ((numbers == null) == (labels == null)) {
        throw new IllegalArgumentException("a factor is either numeric or categorical");
      }
      if (labels != null) {
        Set<String> seen = new LinkedHashSet<>(Arrays.asList(labels));
        List<String> o = new ArrayList<>(order == null ? List.of() : order);
        o.retainAll(seen);
        seen.removeAll(o);
        o.addAll(seen);
        order = List.copyOf(o);
      } else {
        order = List.of();
      }
    }

    public static Factor numeric(String name, double[] values) {
      return new Factor(name, values.clone(), null, null);
    }

    /** A categorical factor, its levels in order of first appearance. */
    public static Factor categorical(String name, String[] values) {
      return new Factor(name, null, values.clone(), null);
    }

    /** A categorical factor with its levels in the given order (levels not listed follow). */
    public static Factor categorical(String name, String[] values, List<String> order) {
      return new Factor(name, null, values.clone(), order);
    }

    public boolean isNumeric() {
      return numbers != null;
    }

    int size() {
      return numbers != null ? numbers.length : labels.length;
    }

    /** The levels of a categorical factor (empty for a numeric one). */
    public List<String> levels() {
      return order;
    }
  }

  /**
   * A factor's limits in a box: {@code [lower, upper]} (inclusive, values that occur in the data)
   * for a numeric factor, the allowed levels for a categorical one.
   */
  public record Limit(String factor, double lower, double upper, List<String> levels) {
    public boolean isNumeric() {
      return levels == null;
    }

    boolean contains(Factor f, int run) {
      if (levels == null) {
        double x = f.numbers()[run];
        return x >= lower && x <= upper;
      }
      return levels.contains(f.labels()[run]);
    }
  }

  /**
   * One box of the trajectory. Coverage: share of all runs of interest inside the box; density:
   * share of the box's runs that are of interest; mass: share of all runs inside the box.
   * {@code restricted} lists the factors whose limits are narrower than the data's, in factor order.
   */
  public record Step(int index, List<Limit> limits, int n, int ofInterest, double coverage, double density,
      double mass, List<String> restricted) {
    public Limit limit(String factor) {
      return limits.stream().filter(l -> l.factor().equals(factor)).findFirst().orElseThrow();
    }
  }

  /** The peeling trajectory, step 0 the whole factor space. */
  public record Result(List<Factor> factors, boolean[] ofInterest, List<Step> trajectory, List<Limit> dataLimits) {
    /**
     * The box to report: the highest density among the boxes whose coverage is at least
     * {@code minCoverage}; on a tie, the less peeled one (higher coverage). Step 0 (coverage 1)
     * always qualifies.
     */
    public Step chosen(double minCoverage) {
      Step best = trajectory.get(0);
      for (Step s : trajectory) {
        if (s.coverage() >= minCoverage - 1e-12 && s.density() > best.density() + 1e-12) {
          best = s;
        }
      }
      return best;
    }

    /** Whether run i lies inside the box. */
    public boolean inside(Step box, int run) {
      for (int j = 0; j < factors.size(); j++) {
        if (!box.limits().get(j).contains(factors.get(j), run)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The quasi-p-value of a restriction (as in the EMA Workbench): the chance of at least the
     * box's count of runs of interest among its runs if they were drawn at the density of the box
     * without that factor's restriction (one-sided binomial). Small: the restriction matters.
     */
    public double quasiP(Step box, String factor) {
      List<Limit> wider = new ArrayList<>(box.limits());
      int j = indexOf(factor);
      wider.set(j, dataLimits.get(j));
      Step w = evaluate(wider, box.index());
      if (box.ofInterest() == 0) {
        return 1;
      }
      return 1 - new BinomialDistribution(null, box.n(), w.density()).cumulativeProbability(box.ofInterest() - 1);
    }

    /**
     * The box without the restrictions that do not matter: while the least significant
     * restriction has a quasi-p-value above {@code maxP}, it is dropped (the factor's limits
     * become the data's) and the others are tested again. Peeling chases chance along the noise
     * factors once the box is tight on the real ones; this undoes that. {@code maxP ≥ 1} keeps all.
     */
    public Step prune(Step box, double maxP) {
      Step b = box;
      while (!b.restricted().isEmpty()) {
        String worst = null;
        double worstP = -1;
        for (String f : b.restricted()) {
          double p = quasiP(b, f);
          if (p > worstP) {
            worst = f;
            worstP = p;
          }
        }
        if (worstP <= maxP) {
          break;
        }
        List<Limit> wider = new ArrayList<>(b.limits());
        int j = indexOf(worst);
        wider.set(j, dataLimits.get(j));
        b = evaluate(wider, box.index());
      }
      return b;
    }

    /** The counts and shares of the box with the given limits (one per factor, in order). */
    public Step evaluate(List<Limit> limits, int index) {
      boolean[] in = new boolean[ofInterest.length];
      for (int i = 0; i < in.length; i++) {
        in[i] = true;
        for (int j = 0; j < factors.size() && in[i]; j++) {
          in[i] = limits.get(j).contains(factors.get(j), i);
        }
      }
      int interesting = 0;
      for (boolean b : ofInterest) {
        interesting += b ? 1 : 0;
      }
      return step(index, limits, dataLimits, in, ofInterest, interesting);
    }

    private int indexOf(String factor) {
      for (int j = 0; j < factors.size(); j++) {
        if (factors.get(j).name().equals(factor)) {
          return j;
        }
      }
      throw new IllegalArgumentException("no factor " + factor);
    }

    /**
     * How much of factor {@code j}'s range the box cuts away, 0..1: for a numeric factor the
     * share of the data's span outside the limits, for a categorical one the share of levels dropped.
     */
    public double narrowing(Step box, int j) {
      Limit d = dataLimits.get(j);
      Limit b = box.limits().get(j);
      if (d.isNumeric()) {
        double span = d.upper() - d.lower();
        return span <= 0 ? 0 : 1 - (b.upper() - b.lower()) / span;
      }
      return 1 - (double) b.levels().size() / d.levels().size();
    }
  }

  /**
   * Peels from the whole factor space down to {@code minMass}.
   *
   * @param factors the factors, each with a value per run
   * @param ofInterest per run, whether its outcome is of interest
   * @param alpha share of the box's runs peeled per step, in (0, 0.5)
   * @param minMass smallest share of all runs a box may hold, in (0, 1)
   * @param objective how candidate peels are ranked
   */
  public static Result peel(List<Factor> factors, boolean[] ofInterest, double alpha, double minMass,
      Objective objective) {
    int total = ofInterest.length;
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("PRIM needs at least one factor");
    }
    if (!(alpha > 0 && alpha < 0.5) || !(minMass > 0 && minMass < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5) and min mass in (0, 1)");
    }
    for (Factor f : factors) {
      if (f.size() != total) {
        throw new IllegalArgumentException("factor " + f.name() + " has " + f.size() + " values for " + total + " runs");
      }
    }
    int interesting = 0;
    for (boolean b : ofInterest) {
      interesting += b ? 1 : 0;
    }
    boolean[] in = new boolean[total];
    Arrays.fill(in, true);
    List<Limit> limits = new ArrayList<>();
    for (int j = 0; j < factors.size(); j++) {
      limits.add(dataLimit(factors.get(j), in));
    }
    List<Limit> data = List.copyOf(limits);
    List<Step> steps = new ArrayList<>();
    steps.add(step(0, limits, data, in, ofInterest, interesting));
    int minCount = Math.max(1, (int) Math.ceil(minMass * total - 1e-9));
    while (true) {
      Step current = steps.get(steps.size() - 1);
      if (current.ofInterest() == current.n()) {
        break; // every run in the box is of interest: peeling can only lose coverage
      }
      Peels.Candidate best = null;
      for (int j = 0; j < factors.size(); j++) {
        for (Peels.Candidate c : Peels.candidates(factors.get(j), j, limits.get(j), alpha, in, ofInterest)) {
          if (c.n() >= minCount && (best == null || c.better(best, objective, current))) {
            best = c;
          }
        }
      }
      if (best == null) {
        break;
      }
      Factor f = factors.get(best.factor());
      for (int i = 0; i < total; i++) {
        if (in[i] && !best.limit().contains(f, i)) {
          in[i] = false;
        }
      }
      limits.set(best.factor(), best.limit());
      steps.add(step(steps.size(), limits, data, in, ofInterest, interesting));
    }
    return new Result(List.copyOf(factors), ofInterest.clone(), List.copyOf(steps), data);
  }

  private static Limit dataLimit(Factor f, boolean[] in) {
    if (f.isNumeric()) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double x : f.numbers()) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
      return new Limit(f.name(), lo, hi, null);
    }
    return new Limit(f.name(), Double.NaN, Double.NaN, f.levels());
  }

  private static Step step(int index, List<Limit> limits, List<Limit> data, boolean[] in, boolean[] y, int interesting) {
    int n = 0;
    int hits = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        n++;
        hits += y[i] ? 1 : 0;
      }
    }
    List<String> restricted = new ArrayList<>();
    for (int j = 0; j < limits.size(); j++) {
      Limit b = limits.get(j);
      Limit d = data.get(j);
      boolean narrower = b.isNumeric() ? b.lower() > d.lower() || b.upper() < d.upper()
          : b.levels().size() < d.levels().size();
      if (narrower) {
        restricted.add(b.factor());
      }
    }
    return new Step(index, List.copyOf(limits), n, hits, interesting == 0 ? 0 : (double) hits / interesting,
        n == 0 ? 0 : (double) hits / n, (double) n / in.length, List.copyOf(restricted));
  }
}
