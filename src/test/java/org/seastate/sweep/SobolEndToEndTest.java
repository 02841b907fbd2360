package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.analysis.ResultsData;
import org.seastate.analysis.Sensitivity;
import org.seastate.io.Manifest;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunRecord;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;
import org.seastate.scenario.Design;
import org.seastate.scenario.Factor;
import org.seastate.scenario.Sweep;

/**
 * The sweep's Sobol design and the analysis's Sobol indices must agree on the layout of the
 * points (which point is A, B or AB_i of which base sample). The Ishigami function evaluated on
 * the sweep's own points, written as a results folder, must give its known indices back.
 */
class SobolEndToEndTest {
  private static final double A = 7;
  private static final double B = 0.1;

  @Test
  void ishigamiThroughTheSweepDesignAndTheAnalysis(@TempDir Path dir) throws Exception {
    List<String> paths = List.of("x1", "x2", "x3");
    List<Factor> factors = new ArrayList<>();
    for (String p : paths) {
      factors.add(new Factor(p, List.of(), Optional.of(new Factor.Range(-Math.PI, Math.PI))));
    }
    Sweep sweep = new Sweep("ishigami", "Ishigami through the sweep design", Path.of("base.yaml"), factors,
        Design.sobol(4096), 1, 1, 1, List.of());
    List<DesignPoint> points = Designs.points(sweep);
    List<RunRecord> records = new ArrayList<>();
    for (DesignPoint pt : points) {
      double x1 = ((Number) pt.values().get("x1")).doubleValue();
      double x2 = ((Number) pt.values().get("x2")).doubleValue();
      double x3 = ((Number) pt.values().get("x3")).doubleValue();
      double y = Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
      RunSummary s = new RunSummary(List.of(Metric.of("incidents_total", y)), Optional.empty(), 1);
      records.add(new RunRecord(pt.index(), pt.index(), 0, pt.index(), pt.values(), Optional.of(s),
          Optional.empty(), List.of(), List.of()));
    }
    ResultsWriter.writeAll(dir, paths, records);
    PointsCsv.write(dir.resolve("points.csv"), "sobol", paths, points);
    new Manifest("sweep", "ishigami", "test", "test")
        .sweep("ishigami.yaml", "name: ishigami\ndesign:\n  sobol: {samples: 4096}\nfactors:\n"
            + "- {path: x1, range: [-3.14159, 3.14159]}\n- {path: x2, range: [-3.14159, 3.14159]}\n"
            + "- {path: x3, range: [-3.14159, 3.14159]}\n")
        .write(dir.resolve("manifest.json"));

    ResultsData data = ResultsData.load(dir);
    assertThat(Sensitivity.applies(data)).isTrue();
    List<Sensitivity.Index> idx = Sensitivity.compute(data, List.of("incidents_total"), 200, 1);
    Map<String, double[]> expected = Map.of(
        "x1", new double[] {0.314, 0.558}, "x2", new double[] {0.442, 0.442}, "x3", new double[] {0.0, 0.244});
    for (Sensitivity.Index i : idx) {
      double[] e = expected.get(i.factor());
      assertThat(i.s1()).as("S1 of %s", i.factor()).isCloseTo(e[0], within(0.05));
      assertThat(i.st()).as("ST of %s", i.factor()).isCloseTo(e[1], within(0.05));
    }
    assertThat(idx).hasSize(3);
  }
}
