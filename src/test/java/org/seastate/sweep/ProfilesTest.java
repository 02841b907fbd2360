package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.analysis.Observations.Observation;
import org.seastate.geo.Theater;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.sweep.Calibration.Evaluation;
import org.seastate.sweep.FitParameter;
import org.seastate.sweep.Profiles.Point;
import org.seastate.sweep.Profiles.Profile;

class ProfilesTest {
  private static final FitParameter X = new FitParameter("x", 0, 10, false);
  private static final FitParameter Y = new FitParameter("y", -5, 5, false);
  private static final FitParameter Z = new FitParameter("z", 0, 1, false);

  /** A toy loss as calibrate's evaluation (no runs, no targets). */
  private static Function<Map<String, Object>, Evaluation> toy(ToDoubleFunction<Map<String, Object>> loss) {
    return v -> new Evaluation(v, List.of(), List.of(), loss.applyAsDouble(v));
  }

  private static double d(Map<String, Object> v, String k) {
    return ((Number) v.get(k)).doubleValue();
  }

  /** x and y pinned down by the loss, z with no effect at all. */
  private static double bowl(Map<String, Object> v) {
    return (d(v, "x") - 3) * (d(v, "x") - 3) + 2 * (d(v, "y") + 1) * (d(v, "y") + 1) + 0.5;
  }

  @Test
  void aFittedParameterHasItsMinimumInsideItsBounds() {
    Fitting.Fit fit = Fitting.minimise(List.of(X, Y), new double[] {0.9, 0.9}, ProfilesTest::bowl, 400);
    Profile px = Profiles.profile(X, fit.values(), fit.values().get("x"), fit.loss(), 9, toy(ProfilesTest::bowl));
    Profile py = Profiles.profile(Y, fit.values(), fit.values().get("y"), fit.loss(), 9, toy(ProfilesTest::bowl));
    // grid 0, 1.25, 2.5, ...: the point nearest 3 is 2.5
    assertThat(px.points()).hasSize(9);
    assertThat(px.lowest().x()).isCloseTo(2.5, within(1e-9));
    assertThat(px.minimumInside()).isTrue();
    assertThat(px.flat()).isFalse();
    assertThat(px.identifiable()).isTrue();
    assertThat(px.verdict()).isEqualTo("identifiable");
    assertThat(py.lowest().x()).isCloseTo(-1.25, within(1e-9));
    assertThat(py.identifiable()).isTrue();
    // y held at its fitted value (about -1): the loss at x = 0 is 9 + 0.5 plus almost nothing
    assertThat(px.points().get(0).loss()).isCloseTo(9.5, within(0.01));
  }

  @Test
  void aParameterThatDoesNotMatterIsFlaggedFlat() {
    Map<String, Object> at = Map.of("x", 3.0, "y", -1.0, "z", 0.5);
    Profile pz = Profiles.profile(Z, at, 0.5, 0.5, 9, toy(v -> bowl(v) + 0.001 * d(v, "z")));
    assertThat(pz.flat()).isTrue();
    assertThat(pz.identifiable()).isFalse();
    assertThat(pz.verdict()).startsWith("not identifiable: flat profile").contains("lowest loss at the lower bound");
    // flat relative to a large loss at the fit, though its range is above 0.05
    Profile big = Profiles.profile(Z, at, 0.5, 100, 9, toy(v -> 50 + Math.abs(d(v, "z") - 0.5)));
    assertThat(big.minimumInside()).isTrue();
    assertThat(big.lossMax() - big.lossMin()).isEqualTo(0.5);
    assertThat(big.flat()).isTrue();
    assertThat(big.verdict()).isEqualTo("not identifiable: flat profile (loss range 0.500 < max(5% of 100, 0.05))");
  }

  @Test
  void aMinimumAtABoundIsNotIdentifiable() {
    Map<String, Object> at = Map.of("x", 3.0);
    Profile falling = Profiles.profile(X, at, 3.0, 1, 9, toy(v -> 20 - d(v, "x")));
    assertThat(falling.flat()).isFalse();
    assertThat(falling.minimumInside()).isFalse();
    assertThat(falling.verdict()).isEqualTo("not identifiable: lowest loss at the upper bound");
    // saturation: the loss stops changing before the upper bound, so the bound ties with the minimum
    Profile saturating = Profiles.profile(X, at, 3.0, 1, 9, toy(v -> Math.max(2, 10 - d(v, "x"))));
    assertThat(saturating.lowest().x()).isEqualTo(8.75);
    assertThat(saturating.minimumInside()).isFalse();
    assertThat(saturating.identifiable()).isFalse();
    assertThat(saturating.plateau()).isEmpty(); // two equal points are not yet a plateau
    Profile plateau = Profiles.profile(X, at, 3.0, 1, 9, toy(v -> Math.max(2, 8 - d(v, "x"))));
    assertThat(plateau.plateau()).hasValueSatisfying(r -> assertThat(r).containsExactly(6.25, 10.0));
  }

  @Test
  void aProfileThatBeatsTheFitSaysSo() {
    Map<String, Object> at = Map.of("x", 8.0, "y", -1.0);
    assertThat(Profiles.profile(X, at, 8.0, 25.5, 9, toy(ProfilesTest::bowl)).beatsFit()).isTrue();
    assertThat(Profiles.profile(X, Map.of("x", 3.0, "y", -1.0), 3.0, 0.5, 9, toy(ProfilesTest::bowl)).beatsFit())
        .isFalse();
  }

  @Test
  void integerGridsAreWholeNumbersWithoutRepeats() {
    assertThat(Profiles.grid(FitParameter.parse("fleets.CN.1.count=4:28"), 9))
        .containsExactly(4L, 7L, 10L, 13L, 16L, 19L, 22L, 25L, 28L);
    assertThat(Profiles.grid(FitParameter.parse("a.b=0:3"), 9)).containsExactly(0L, 1L, 2L, 3L);
    assertThat(Profiles.grid(FitParameter.parse("a.b=0.5:1.0"), 3)).containsExactly(0.5, 0.75, 1.0);
    assertThatThrownBy(() -> Profiles.grid(X, 2)).isInstanceOf(SweepException.class).hasMessageContaining("at least 3");
  }

  @Test
  void chartNamesAreShortAndDistinct() {
    assertThat(Profiles.shortNames(List.of(FitParameter.parse("metrics.ais_daily_probability.coast_guard=0.5:1.0"),
        FitParameter.parse("fleets.CN.1.count=4:28"), FitParameter.parse("fleets.CN.3.count=100:250"),
        FitParameter.parse("nations.CN.posture.resolve=0.5:2.5"), FitParameter.parse("nations.PH.posture.resolve=0.5:2.5"))))
        .containsExactly(Map.entry("metrics.ais_daily_probability.coast_guard", "ais_daily_probability-coast_guard"),
            Map.entry("fleets.CN.1.count", "CN-1-count"), Map.entry("fleets.CN.3.count", "CN-3-count"),
            Map.entry("nations.CN.posture.resolve", "nations-CN-posture-resolve"),
            Map.entry("nations.PH.posture.resolve", "nations-PH-posture-resolve"));
  }

  @Test
  void theCsvHeaderIsPinned(@TempDir Path tmp) throws IOException {
    var s = new ScenarioLoader(Theater.standard()).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    List<Observation> obs = List.of(
        new Observation("scarborough-shoal", 2023, "presence_calendar_days", 311, "days", "x", "CN", "coast_guard"),
        new Observation("scarborough-shoal+thitu-island", 2023, "presence_ship_days", 500, "ship-days", "x", "CN",
            "coast_guard"),
        new Observation("", 2023, "militia_daily_mean", 195, "vessels", "x", "CN", "militia"));
    List<Calibration.Target> targets = Calibration.targets(obs, 2023, s);
    Profile p = new Profile(FitParameter.parse("fleets.CN.1.count=4:28"), 17L, 1.5, List.of(
        new Point(4L, 3.25, List.of(1.0, 2.0, 0.25)), new Point(16L, 1.5, List.of(0.5, 0.75, 0.25))));
    Path csv = tmp.resolve("profiles.csv");
    ProfileCsv.write(csv, targets, List.of(p));
    assertThat(Files.readAllLines(csv)).containsExactly(
        "parameter,value,loss,sq_error:scarborough-shoal:presence_calendar_days,"
            + "sq_error:scarborough-shoal+thitu-island:presence_ship_days,sq_error:militia_daily_mean",
        "fleets.CN.1.count,4,3.25,1,2,0.25",
        "fleets.CN.1.count,16,1.5,0.5,0.75,0.25");
  }
}
