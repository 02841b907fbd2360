package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seastate.analysis.CalibrationStatus;
import org.seastate.analysis.Observations;
import org.seastate.analysis.Observations.Observation;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/** The report's "calibrated" labels name exactly the metrics the 2023 calibration fits. */
class CalibrationStatusTest {

  @Test
  void reportLabelsMatchTheFittedTargets() throws Exception {
    Scenario s = new ScenarioLoader(Theater.standard()).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    List<Observation> obs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("scenarios/observations"))) {
      files.sorted().forEach(f -> obs.addAll(Observations.read(f)));
    }
    Set<String> fitted = new TreeSet<>();
    for (Calibration.Target t : Calibration.targets(obs, 2023, s)) {
      if (!t.fitted()) {
        continue;
      }
      if (t.metric().equals("incident_level")) {
        // reported incidents: collisions (level 5) and level 4 or more against a nation
        fitted.add("reported_incidents_level_" + t.minLevel());
      } else {
        fitted.add(t.metric());
      }
    }
    assertThat(fitted).containsExactlyInAnyOrderElementsOf(CalibrationStatus.calibratedNames());
    assertThat(CalibrationStatus.calibrated("presence_calendar_days[CN,coast_guard,scarborough-shoal]")).isTrue();
    assertThat(CalibrationStatus.of("incidents_total")).isEqualTo(CalibrationStatus.NOT_CALIBRATED);
  }
}
