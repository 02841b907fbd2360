package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.analysis.Observations;
import org.seastate.analysis.Observations.Observation;
import org.seastate.geo.Theater;
import org.seastate.io.RunRecord;
import org.seastate.model.Metric;
import org.seastate.model.RunSummary;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioWriter;
import org.seastate.sweep.FitParameter;
import org.seastate.sweep.Calibration.Target;

class CalibrationTest {
  private static final ScenarioLoader LOADER = new ScenarioLoader(Theater.standard());
  private static final Path BASELINE = Path.of("scenarios/baseline-2023.yaml");

  private static RunRecord run(int replicate, List<Metric> metrics, int days) {
    return new RunRecord(replicate, 0, replicate, replicate, Map.of(),
        Optional.of(new RunSummary(metrics, Optional.empty(), days)), Optional.empty(), List.of(), List.of());
  }

  private static Metric cg(String metric, String feature, double v) {
    return new Metric(metric, "CN", "coast_guard", feature, v);
  }

  /** Two replicates of a 100-day run, counted by hand. */
  @Test
  void targetsAgreeWithAHandCount() {
    Scenario s = LOADER.loadScenario(BASELINE);
    List<Observation> obs = List.of(
        new Observation("scarborough-shoal", 2023, "presence_calendar_days", 219, "days", "x", "CN", "coast_guard"),
        new Observation("scarborough-shoal+thitu-island", 2023, "presence_ship_days", 500, "ship-days", "x", "CN",
            "coast_guard"),
        new Observation("", 2023, "militia_daily_mean", 100, "vessels", "x", "CN", "militia"),
        new Observation("thitu-island", 2022, "presence_calendar_days", 1, "days", "x", "CN", "coast_guard"));
    List<Target> targets = Calibration.targets(obs, 2023, s);
    assertThat(targets).hasSize(3); // 2022 left out
    // replicate 0: Scarborough 50 of 100 days, ship-days 60 + 40; militia 90
    // replicate 1: Scarborough 70 of 100 days, ship-days 80 + 20 (+ 5 by the PH coast guard, not counted); militia 110
    List<RunRecord> runs = List.of(
        run(0, List.of(cg("presence_calendar_days", "scarborough-shoal", 50), cg("presence_ship_days", "scarborough-shoal", 60),
            cg("presence_ship_days", "thitu-island", 40), Metric.of("militia_daily_mean", 90)), 100),
        run(1, List.of(cg("presence_calendar_days", "scarborough-shoal", 70), cg("presence_ship_days", "scarborough-shoal", 80),
            cg("presence_ship_days", "thitu-island", 20), new Metric("presence_ship_days", "PH", "coast_guard",
                "thitu-island", 5), Metric.of("militia_daily_mean", 110)), 100));
    Calibration.Evaluation e = Calibration.compare(Map.of(), runs, targets);
    // calendar days: shares 50% and 70%, mean 60%; observed 219 / 365 = 60%: error 0
    assertThat(e.rows().get(0).mean()).isCloseTo(60, within(1e-9));
    assertThat(e.rows().get(0).target().observedValue()).isCloseTo(60, within(1e-9));
    assertThat(e.rows().get(0).within()).isTrue();
    // ship-days: 100 in 100 days each, scaled to 365 days: 365; observed 500: error -27%
    assertThat(e.rows().get(1).mean()).isCloseTo(365, within(1e-9));
    assertThat(e.rows().get(1).error()).isCloseTo(-0.27, within(1e-9));
    assertThat(e.rows().get(1).within()).isFalse();
    // militia: mean 100, exactly observed; sd sqrt(200), interval 100 +- t(0.975, 1) * sd / sqrt(2)
    assertThat(e.rows().get(2).mean()).isCloseTo(100, within(1e-9));
    assertThat(e.rows().get(2).high() - 100).isCloseTo(12.706 * Math.sqrt(200) / Math.sqrt(2), within(1e-2));
    // loss: (0/10)^2 + (-0.27/0.2)^2 + 0
    assertThat(e.loss()).isCloseTo(1.35 * 1.35, within(1e-9));
  }

  @Test
  void overlayRoundTrips(@TempDir Path tmp) throws IOException {
    Scenario base = LOADER.loadScenario(BASELINE);
    Map<String, Object> fitted = new LinkedHashMap<>();
    fitted.put("fleets.CN.1.count", 13L);
    fitted.put("metrics.ais_daily_probability.coast_guard", 0.8125);
    fitted.put("policies.CN.presence.3.station_days", 17.5);
    fitted.put("nations.CN.posture.resolve", 1.25);
    Scenario changed = LOADER.withOverrides(base, fitted);
    Path file = tmp.resolve("overlay.yaml");
    Files.writeString(file, ScenarioWriter.overlay(changed, fitted.keySet(), BASELINE.toAbsolutePath().toString(),
        List.of("calibrated (test)")));
    assertThat(Files.readString(file)).startsWith("# calibrated (test)\n").contains("extends:");
    Scenario loaded = LOADER.loadScenario(file);
    assertThat(ScenarioWriter.toYaml(loaded)).isEqualTo(ScenarioWriter.toYaml(changed));
    assertThat(loaded).isEqualTo(changed);
  }

  @Test
  void theOptimiserFindsAKnownMinimum() {
    List<FitParameter> params = List.of(new FitParameter("x", 0, 10, false), new FitParameter("y", -5, 5, false));
    Fitting.Fit f = Fitting.minimise(params, new double[] {0.9, 0.9}, v -> {
      double x = (Double) v.get("x");
      double y = (Double) v.get("y");
      return (x - 3) * (x - 3) + 2 * (y + 1) * (y + 1) + 0.5;
    }, 400);
    assertThat((Double) f.values().get("x")).isCloseTo(3, within(0.02));
    assertThat((Double) f.values().get("y")).isCloseTo(-1, within(0.02));
    assertThat(f.loss()).isCloseTo(0.5, within(1e-3));
    assertThat(f.evaluations()).isLessThanOrEqualTo(400);
  }

  @Test
  void integerParametersAreRoundedAndTheBudgetHolds() {
    List<FitParameter> params = List.of(FitParameter.parse("fleets.CN.1.count=4:28"));
    assertThat(params.get(0).integer()).isTrue();
    Fitting.Fit f = Fitting.minimise(params, new double[] {1.0}, v -> {
      long n = (Long) v.get("fleets.CN.1.count");
      return Math.abs(n - 11);
    }, 25);
    assertThat(f.values().get("fleets.CN.1.count")).isEqualTo(11L);
    assertThat(f.evaluations()).isLessThanOrEqualTo(25);
    assertThat(FitParameter.parse("a.b=0.5:1.0").integer()).isFalse();
  }

  @Test
  void theShippedObservationFilesAreValid() {
    Scenario s = LOADER.loadScenario(BASELINE);
    for (String f : List.of("amti-2018-2023.csv", "militia-2021-2023.csv", "incidents-2023.csv")) {
      List<Observation> obs = Observations.read(Path.of("scenarios/observations", f));
      Calibration.check(obs, s);
      assertThat(obs).as(f).isNotEmpty();
    }
    List<Observation> amti = Observations.read(Path.of("scenarios/observations/amti-2018-2023.csv"));
    assertThat(Calibration.targets(amti, 2023, s)).hasSize(6);
    assertThat(amti.stream().filter(o -> o.year() == 2020).findFirst().orElseThrow().periodDays()).isEqualTo(366);
  }
}
