package org.seastate.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.seastate.io.Manifest;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunRecord;
import org.seastate.model.DayReport;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;

/** Synthetic results folders written by the real writers, for analysis tests. */
final class Fixtures {
  private Fixtures() {}

  static final String RAA = "agreements.jp-ph-raa.enabled";
  static final String RESOLVE = "nations.CN.posture.resolve";
  static final List<String> FEATURES = List.of("scarborough-shoal", "second-thomas-shoal", "luconia-shoals",
      "vanguard-bank", "thitu-island");

  /** A full-factorial sweep RAA × resolve with {@code replicates} runs per point. */
  static Path factorial(Path dir, List<Double> resolves, int replicates) throws IOException {
    List<Map<String, Object>> points = new ArrayList<>();
    for (boolean raa : List.of(true, false)) {
      for (double r : resolves) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(RAA, raa);
        p.put(RESOLVE, r);
        points.add(p);
      }
    }
    String sweep = "name: test-sweep\ndescription: Does the RAA change incidents?\nbase: ../raa-2025.yaml\n"
        + "factors:\n- path: " + RAA + "\n  levels: [true, false]\n- path: " + RESOLVE + "\n  levels: "
        + resolves + "\ndesign: full_factorial\nreplicates: " + replicates + "\nbase_seed: 5\n"
        + "timeseries_interval_days: 7\ncharts: []\n";
    return write(dir, points, replicates, sweep, (p, rng) -> {
      double resolve = (Double) p.get(RESOLVE);
      boolean raa = (Boolean) p.get(RAA);
      return 20 * resolve + (raa ? -5 : 0) + rng.nextGaussian() * 3;
    });
  }

  /** A single run (no factors). */
  static Path single(Path dir) throws IOException {
    return write(dir, List.of(Map.of()), 1, null, (p, rng) -> 30 + rng.nextGaussian());
  }

  /** A Sobol sweep over two factors on the given scheme, f = 4 x1 + x2 (+ noise). */
  static Path sobol(Path dir, int n) throws IOException {
    List<Map<String, Object>> points = new ArrayList<>();
    for (SaltelliDesign.Point p : SaltelliDesign.points(2, n)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(RESOLVE, 0.5 + 2 * p.unit()[0]);
      m.put("escalation.visibility", p.unit()[1]);
      points.add(m);
    }
    String sweep = "name: sens\ndescription: What drives incidents?\nbase: ../raa-2025.yaml\n"
        + "factors:\n- {path: " + RESOLVE + ", range: [0.5, 2.5]}\n- {path: escalation.visibility, range: [0, 1]}\n"
        + "design:\n  sobol: {samples: " + n + "}\nreplicates: 1\nbase_seed: 7\ntimeseries_interval_days: 30\n"
        + "charts:\n- {type: sobol, metric: incidents}\n";
    return write(dir, points, 1, sweep, (p, rng) -> 40 * (Double) p.get(RESOLVE) + 10 * (Double) p.get("escalation.visibility"));
  }

  interface Outcome {
    double incidents(Map<String, Object> point, Random rng);
  }

  /** An outcome that may depend on the replicate (what common random numbers share). */
  interface ReplicateOutcome {
    double incidents(Map<String, Object> point, int replicate, Random rng);
  }

  static Path write(Path dir, List<Map<String, Object>> points, int replicates, String sweepYaml, Outcome f)
      throws IOException {
    return write(dir, points, replicates, sweepYaml, (p, r, rng) -> f.incidents(p, rng), false);
  }

  /**
   * @param commonSeeds give every point the same seed for the same replicate, as a sweep with
   *     common random numbers does
   */
  static Path write(Path dir, List<Map<String, Object>> points, int replicates, String sweepYaml, ReplicateOutcome f,
      boolean commonSeeds) throws IOException {
    List<RunRecord> records = new ArrayList<>();
    List<String> factorPaths = points.get(0).keySet().stream().toList();
    long id = 0;
    Random rng = new Random(42);
    for (int p = 0; p < points.size(); p++) {
      for (int r = 0; r < replicates; r++) {
        Map<String, Object> point = points.get(p);
        double inc = Math.max(0, f.incidents(point, r, rng));
        List<Metric> ms = new ArrayList<>();
        ms.add(Metric.of("encounters_total", Math.round(inc * 1.1)));
        ms.add(Metric.of("incidents_total", Math.round(inc)));
        double[] share = {0.2, 0.2, 0.25, 0.1, 0.2, 0.04, 0.01};
        for (int l = 1; l <= 7; l++) {
          ms.add(Metric.of("incidents_level_" + l, Math.round(inc * share[l - 1])));
        }
        ms.add(Metric.of("max_level", inc > 60 ? 6 : inc > 30 ? 5 : 4));
        double attempts = 4;
        ms.add(Metric.of("resupply_attempts", attempts));
        ms.add(Metric.of("resupply_success_rate", p % 3 == 2 && r == 0 ? Double.NaN : Math.min(1, 0.4 + rng.nextDouble() / 2)));
        ms.add(Metric.of("tension_mean_total", inc * 3));
        for (int k = 0; k < FEATURES.size(); k++) {
          double days = Math.min(120, 60 + 10 * k + rng.nextInt(20));
          ms.add(new Metric("presence_calendar_days", "CN", "coast_guard", FEATURES.get(k), days));
          ms.add(new Metric("presence_ship_days", "CN", "coast_guard", FEATURES.get(k), days * 2));
          ms.add(new Metric("presence_calendar_days", "PH", "coast_guard", FEATURES.get(k), days / 3));
        }
        RunSummary summary = new RunSummary(ms, Optional.empty(), 120);
        List<DayReport> days = new ArrayList<>();
        for (int d = 0; d <= 120; d += 7) {
          Map<String, Double> s = new LinkedHashMap<>();
          s.put("tension.CN-PH", inc * d / 60.0 + rng.nextDouble() * 5);
          s.put("tension.CN-VN", inc * d / 200.0);
          s.put("on_station.CN.coast_guard", 10 + rng.nextInt(4) * 1.0);
          days.add(new DayReport(d, LocalDate.of(2025, 1, 1).plusDays(d), s));
        }
        records.add(new RunRecord(id, p, r, commonSeeds ? 1000 + r : 1000 + id, point, Optional.of(summary), Optional.empty(), days, List.of()));
        id++;
      }
    }
    ResultsWriter.writeAll(dir, factorPaths, records);
    Manifest m = new Manifest(sweepYaml == null ? "run" : "sweep", sweepYaml == null ? "one" : "test-sweep", "0.1.0", "abc1234")
        .scenario("scenarios/raa-2025.yaml", "name: raa-2025\nhorizon:\n  start: \"2025-01-01\"\n  end: \"2025-12-31\"\n");
    if (sweepYaml != null) {
      m.sweep("scenarios/sweeps/test.yaml", sweepYaml);
    }
    for (RunRecord r : records) {
      m.run(r);
    }
    m.write(dir.resolve("manifest.json"));
    return dir;
  }
}
