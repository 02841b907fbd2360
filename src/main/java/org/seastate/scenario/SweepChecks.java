package org.seastate.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * The parts of a sweep file that concern the sweep as a whole: its design, its size (points
 * and runs, see {@link Limits}) and its charts' metrics. Checked when the file is validated,
 * with a location, so that a sweep that could never finish, or a chart that could never be
 * drawn, is refused before any run starts.
 */
final class SweepChecks {
  private SweepChecks() {}

  /** The design a sweep's tree gives; a design the checker refused becomes a full factorial. */
  static Design design(YNode d, List<String> paths, Problems problems) {
    if (d instanceof YScalar s && s.text().equals("full_factorial")) {
      return new Design.FullFactorial();
    }
    if (!(d instanceof YMap m) || m.entries().size() != 1) {
      return new Design.FullFactorial(); // reported by the checker
    }
    var e = m.entries().entrySet().iterator().next();
    if (!(e.getValue().value() instanceof YMap body)) {
      return new Design.FullFactorial();
    }
    try {
      switch (e.getKey()) {
        case "list":
          return new Design.Points(points(body, paths, problems));
        case "latin_hypercube":
          return Design.latinHypercube(YValues.integer(body.get("samples")));
        case "sobol":
          return Design.sobol(YValues.integer(body.get("samples")));
        default:
          return new Design.FullFactorial();
      }
    } catch (Binder.Abort ex) {
      return new Design.FullFactorial();
    } catch (IllegalArgumentException ex) {
      YNode at = body.get("samples") != null ? body.get("samples") : body;
      problems.add(at.loc(), e.getKey() + ": " + ex.getMessage());
      return new Design.FullFactorial();
    }
  }

  private static List<Map<String, Object>> points(YMap body, List<String> paths, Problems problems) {
    List<Map<String, Object>> points = new ArrayList<>();
    for (YNode p : YValues.list(body.get("points"))) {
      if (p instanceof YMap pm) {
        Map<String, Object> point = new LinkedHashMap<>();
        pm.entries().forEach((k, v) -> {
          if (!paths.contains(k)) {
            problems.add(v.keyLoc(), "point sets '" + k + "', which is not a factor of this sweep; expected one of "
                + paths + Suggest.hint(k, paths));
          }
          if (v.value() instanceof YScalar vs) {
            point.put(k, Trees.scalarValue(vs));
          }
        });
        points.add(point);
      }
    }
    return points;
  }

  /**
   * Refuses a design that cannot be run (a range in a full factorial, a Sobol design without
   * factors) and a sweep over the limits: a full factorial of more than {@link Limits#MAX_POINTS}
   * points (located at the factors), more than {@link Limits#MAX_RUNS} runs (at replicates).
   */
  static void size(YMap tree, List<Factor> factors, Design design, Problems problems) {
    YNode factorsNode = tree.get("factors");
    YNode.Loc factorsAt = factorsNode != null ? factorsNode.loc() : tree.loc();
    long points;
    if (design instanceof Design.FullFactorial) {
      points = 1;
      List<String> counts = new ArrayList<>();
      for (Factor f : factors) {
        if (f.range().isPresent()) {
          problems.add(factorsAt, "a full factorial design needs levels, but factor " + f.path()
              + " has a range; give it levels or use latin_hypercube or sobol");
          return;
        }
        points = Math.min(points * f.levelCount(), Long.MAX_VALUE / Limits.MAX_POINTS);
        counts.add(String.valueOf(f.levelCount()));
      }
      if (points > Limits.MAX_POINTS) {
        problems.add(factorsAt, String.format(Locale.ROOT, "the full factorial design has %s points (levels %s);"
            + " the limit is %,d points (see 'Limits' in docs/SCENARIOS.md)",
            points >= Long.MAX_VALUE / Limits.MAX_POINTS ? "too many" : String.format(Locale.ROOT, "%,d", points),
            String.join(" x ", counts), Limits.MAX_POINTS));
        return;
      }
    } else if (design instanceof Design.Points p) {
      points = p.points().size();
    } else if (design.uses(Design.Sampler.LATIN_HYPERCUBE)) {
      points = ((Design.Sampled) design).samples();
    } else {
      if (factors.isEmpty()) {
        problems.add(factorsAt, "a sobol design needs at least one factor");
        return;
      }
      points = (long) ((Design.Sampled) design).samples() * (factors.size() + 2);
    }
    boolean samplesOver = design instanceof Design.Sampled s && s.samples() > Limits.MAX_SAMPLES;
    YNode replicates = tree.get("replicates");
    if (!samplesOver && replicates instanceof YScalar r && Trees.scalarValue(r) instanceof Long reps && reps > 0
        && reps <= Limits.MAX_REPLICATES && points * reps > Limits.MAX_RUNS) { // else reported by the checker
      String sobol = design.uses(Design.Sampler.SOBOL) ? " (samples x (factors + 2))" : "";
      problems.add(r.loc(), String.format(Locale.ROOT, "the sweep has %,d runs (%,d points%s x %,d replicates);"
          + " the limit is %,d runs (see 'Limits' in docs/SCENARIOS.md)", points * reps, points, sobol, reps,
          Limits.MAX_RUNS));
    }
  }

  /** A chart's metric must be one the runs can give (see {@link MetricNames}). */
  static void chartMetric(YMap chart, String type, Problems problems) {
    if (chart.get("metric") instanceof YScalar m && !m.isNull()) {
      MetricNames.problem(type, m.text()).ifPresent(why -> problems.add(m.loc(), why));
    }
  }
}
