package org.seastate.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.seastate.analysis.Observations.Observation;
import org.seastate.analysis.Stats;
import org.seastate.geo.Theater;
import org.seastate.io.RunRecord;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * Calibration of a scenario against observations: runs replicates with fixed seeds (common
 * random numbers: every candidate parameter set sees the same seeds), computes each observed
 * metric as its source defines it, compares, and searches named parameters to minimise a loss.
 *
 * <p><b>Targets.</b> Each observation of the calibration year becomes a {@link Target}:
 * <ul>
 *   <li>{@code presence_calendar_days}: compared as a share of the period, model
 *       {@code days / days simulated} against observed {@code value / period_days}; error in
 *       percentage points, tolerance {@link #TOLERANCE_PP} points;</li>
 *   <li>any other metric ({@code presence_ship_days}, {@code militia_daily_mean}): the model
 *       value (summed over the row's features, ship-days scaled to the observed period) against
 *       the observed one; relative error, tolerance {@link #TOLERANCE_REL};</li>
 *   <li>{@code incident_level} rows (a dated timeline) are summed into counts of incidents at
 *       level 4 or more against each nation the timeline's {@code against} column names, and of
 *       collisions (level 5), fitted as {@link Kind#COUNT}s against the model's <em>reported</em>
 *       incidents (the reporting model: the public record holds reported incidents only); the
 *       total at level 4 or more is shown as a check.</li>
 * </ul>
 *
 * <p><b>Loss.</b> {@code sum over fitted targets of (error / tolerance)^2}, the errors taken
 * on the replicate mean: calendar-day shares in percentage points / 10, other metrics relative
 * error / 0.2. A loss term of at most 1 means the target is within its tolerance.
 */
public final class Calibration {
  /** Tolerance of calendar-day shares, percentage points. */
  public static final double TOLERANCE_PP = 10;
  /** Relative tolerance of other metrics. */
  public static final double TOLERANCE_REL = 0.2;

  /** How a target is compared. */
  public enum Kind {
    /** A share of days: error in percentage points, tolerance {@link #TOLERANCE_PP}. */
    SHARE,
    /** Any other metric: relative error, tolerance {@link #TOLERANCE_REL}. */
    RELATIVE,
    /**
     * A count of reported incidents: error in incidents, tolerance two Poisson standard
     * deviations of the observed count ({@code 2 √max(1, observed)}): the record itself is one
     * draw of a noisy process.
     */
    COUNT,
    /** Shown beside the model, not fitted. */
    CHECK
  }

  /**
   * One observed number and how to get it from a run.
   *
   * @param features feature ids summed over (empty: an untagged metric)
   * @param minLevel for CHECK targets built from an incident timeline, the lowest level counted
   *     (and {@code maxLevel} the highest)
   */
  public record Target(String label, String metric, String nation, String agency, List<String> features,
      double observed, double periodDays, String unit, String source, Kind kind, int minLevel, int maxLevel) {

    /** The model's value for one run, in the observation's terms (share of days, or the value). */
    public double model(RunSummary s) {
      if (kind == Kind.CHECK || kind == Kind.COUNT) {
        double n = 0;
        for (int l = minLevel; l <= maxLevel; l++) {
          n += nation.isEmpty() ? s.value("reported_incidents_level_" + l)
              : s.sum("reported_incidents_level_" + l, nation, "", "");
        }
        return n * periodDays / s.daysSimulated();
      }
      double v = 0;
      if (features.isEmpty()) {
        v = s.value(metric);
      } else {
        for (String f : features) {
          v += sum(s, metric, nation, agency, f);
        }
      }
      return switch (kind) {
        case SHARE -> 100.0 * v / s.daysSimulated();
        case RELATIVE -> metric.endsWith("_days") && !features.isEmpty() ? v * periodDays / s.daysSimulated() : v;
        case CHECK, COUNT -> throw new AssertionError();
      };
    }

    /** The observation in the terms of {@link #model}. */
    public double observedValue() {
      return kind == Kind.SHARE ? 100.0 * observed / periodDays : observed;
    }

    /** Error of a model value: percentage points for shares, relative for others. */
    public double error(double model) {
      return switch (kind) {
        case SHARE -> model - observedValue();
        case COUNT -> model - observed;
        default -> (model - observed) / observed;
      };
    }

    public double tolerance() {
      return switch (kind) {
        case SHARE -> TOLERANCE_PP;
        case COUNT -> 2 * Math.sqrt(Math.max(1, observed));
        default -> TOLERANCE_REL;
      };
    }

    public boolean fitted() {
      return kind != Kind.CHECK;
    }
  }

  private static double sum(RunSummary s, String metric, String nation, String agency, String feature) {
    double v = 0;
    for (Metric m : s.metrics()) {
      if (m.name().equals(metric) && m.nation().equals(nation) && m.agency().equals(agency)
          && m.feature().equals(feature)) {
        v += m.value();
      }
    }
    return v;
  }

  /**
   * The metric of the public incident timeline: each observation is one incident and its level;
   * targets count them rather than compare a run metric.
   */
  public static final String INCIDENT_LEVEL = "incident_level";

  /** Metrics a target may name besides untagged run metrics. */
  static final Set<String> TAGGED = Set.of("presence_calendar_days", "presence_ship_days",
      "presence_true_calendar_days", "presence_true_ship_days");

  /** Untagged run metrics a target may name. */
  static final Set<String> UNTAGGED = Set.of("militia_daily_mean", "incidents_total", "episodes_total",
      "reported_incidents_total", "resupply_attempts", "resupply_through", "resupply_turned_back",
      "resupply_disrupted", "resupply_disrupted_share", "standoff_hours_median", "acts_against_navies_level_4plus",
      "fonops", "vessels_damaged", "injuries");

  private Calibration() {}

  /**
   * The targets of {@code year} among the observations, checked against the scenario: unknown
   * features or metrics are a {@link SweepException} naming the file and line.
   */
  public static List<Target> targets(List<Observation> observations, int year, Scenario scenario) {
    check(observations, scenario);
    List<Target> out = new ArrayList<>();
    Map<String, List<Observation>> timeline = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (o.year() != year) {
        continue;
      }
      if (o.metric().equals(INCIDENT_LEVEL)) {
        timeline.computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o);
        continue;
      }
      Kind kind = o.metric().endsWith("calendar_days") ? Kind.SHARE : Kind.RELATIVE;
      String what = o.features().isEmpty() ? "" : o.features().size() > 1 ? "all " + o.features().size()
          + " features: " : o.feature() + ": ";
      out.add(new Target(what + o.metric(), o.metric(), o.nation(), o.agency(), o.features(), o.value(),
          o.periodDays(), o.unit(), o.source(), kind, 0, 0));
    }
    List<Observation> events = timeline.values().stream().flatMap(List::stream).toList();
    if (!events.isEmpty()) {
      double period = events.get(0).periodDays();
      long high = events.stream().filter(o -> o.value() >= 4).count();
      long collisions = events.stream().filter(o -> o.value() == 5).count();
      out.add(new Target("incidents at level 4 or more (public record)", INCIDENT_LEVEL, "", "", List.of(),
          high, period, "incidents", "incident timeline", Kind.CHECK, 4, 7));
      out.add(new Target("collisions, level 5 (public record)", INCIDENT_LEVEL, "", "", List.of(),
          collisions, period, "incidents", "incident timeline", Kind.COUNT, 5, 5));
      // By the nation acted against, where the timeline says (its 'against' column).
      Map<String, Long> against = new java.util.TreeMap<>();
      for (Observation o : events) {
        String n = o.extra().getOrDefault("against", "");
        if (!n.isBlank()) {
          against.merge(n, o.value() >= 4 ? 1L : 0L, Long::sum);
        }
      }
      against.forEach((n, count) -> out.add(new Target("incidents at level 4 or more against " + n
          + " (public record)", INCIDENT_LEVEL, n, "", List.of(), count, period, "incidents", "incident timeline",
          Kind.COUNT, 4, 7)));
    }
    if (out.isEmpty()) {
      throw new SweepException("no observations of " + year + " in the observations files");
    }
    return out;
  }

  /**
   * Checks observations against a scenario: every feature a place of the theater, every metric
   * one that calibration can compute. Throws {@link SweepException} naming the line.
   */
  public static void check(List<Observation> observations, Scenario scenario) {
    for (Observation o : observations) {
      String where = "line " + o.line();
      for (String f : o.features()) {
        if (scenario.findPlace(f).isEmpty()) {
          throw new SweepException("observations " + where + ": unknown feature '" + f + "'; features are place"
              + " ids of the theater, e.g. scarborough-shoal, second-thomas-shoal (see 'seastate describe')");
        }
      }
      boolean tagged = TAGGED.contains(o.metric());
      if (!tagged && !UNTAGGED.contains(o.metric()) && !o.metric().equals(INCIDENT_LEVEL)) {
        throw new SweepException("observations " + where + ": unknown metric '" + o.metric() + "'; expected one of "
            + new TreeSet<>(TAGGED) + ", " + new TreeSet<>(UNTAGGED) + " or " + INCIDENT_LEVEL);
      }
      if (tagged && o.features().isEmpty()) {
        throw new SweepException("observations " + where + ": " + o.metric() + " needs a feature");
      }
    }
  }


  /** The model side of one target over replicates. */
  public record Row(Target target, double mean, double low, double high, double error, boolean within) {}

  /** Runs of one candidate, by replicate. */
  public record Evaluation(Map<String, Object> overrides, List<RunRecord> runs, List<Row> rows, double loss) {}

  /** Compares replicate runs with the targets. */
  public static Evaluation compare(Map<String, Object> overrides, List<RunRecord> runs, List<Target> targets) {
    List<Row> rows = new ArrayList<>();
    double loss = 0;
    for (Target t : targets) {
      double[] x = runs.stream().map(r -> r.summary().orElseThrow()).mapToDouble(t::model).toArray();
      double mean = Stats.mean(x);
      double h = x.length > 1 ? Stats.tHalfWidth(x) : 0;
      double err = t.error(mean);
      boolean within = t.fitted() && Math.abs(err) <= t.tolerance();
      rows.add(new Row(t, mean, mean - h, mean + h, err, within));
      if (t.fitted()) {
        loss += (err / t.tolerance()) * (err / t.tolerance());
      }
    }
    return new Evaluation(overrides, runs, rows, loss);
  }

  /** Runs replicates of scenarios in parallel with fixed seeds. */
  public static final class Replicates implements AutoCloseable {
    private final ScenarioLoader loader;
    private final Scenario base;
    private final Theater theater;
    private final int replicates;
    private final long baseSeed;
    private final ExecutorService pool;

    public Replicates(ScenarioLoader loader, Scenario base, Theater theater, int replicates, long baseSeed,
        int threads) {
      if (replicates < 1) {
        throw new SweepException("--replicates must be at least 1, was " + replicates);
      }
      if (threads < 1) {
        throw new SweepException("--threads must be at least 1, was " + threads);
      }
      this.loader = loader;
      this.base = base;
      this.theater = theater;
      this.replicates = replicates;
      this.baseSeed = baseSeed;
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "seastate-calibrate");
        t.setDaemon(true);
        return t;
      });
    }

    /**
     * The replicate runs of the base scenario with {@code overrides}: run r has seed
     * {@link Seeds#forRun}(base seed, r), whatever the overrides (common random numbers).
     */
    public List<RunRecord> run(Map<String, Object> overrides) throws InterruptedException {
      Scenario scenario = loader.withOverrides(base, overrides);
      ModelRunner runner = new ModelRunner(loader, scenario, theater, null, Integer.MAX_VALUE);
      DesignPoint point = new DesignPoint(0, Map.of(), "", 0);
      List<Future<RunRecord>> futures = new ArrayList<>();
      for (int r = 0; r < replicates; r++) {
        RunSpec spec = new RunSpec(r, point, r, Seeds.forRun(baseSeed, r));
        futures.add(pool.submit(() -> runner.run(spec)));
      }
      List<RunRecord> out = new ArrayList<>();
      for (Future<RunRecord> f : futures) {
        try {
          RunRecord rec = f.get();
          out.add(new RunRecord(rec.runId(), rec.point(), rec.replicate(), rec.seed(), overrides, rec.summary(),
              rec.error(), rec.days(), rec.events()));
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        }
      }
      return out;
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }
}
