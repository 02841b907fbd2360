package org.seastate.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import sim.util.Double2D;

/** Headless: a run drawn at a date shows its vessels where the scene puts them. */
class SnapshotsTest {

  @Test
  void vesselsOfEachSideAreDrawnAtTheirPositions() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    Scene scene = Snapshots.runTo(scenario, theater, 1, LocalDate.of(2023, 1, 8));
    assertThat(scene.sim().date()).isEqualTo(LocalDate.of(2023, 1, 8));
    assertThat(scene.sim().now()).isEqualTo(7 * 24);
    BufferedImage img = Snapshots.draw(scene, 1, 2);
    assertThat(GuiPixels.vesselsDrawn(scene, img, 2, "CN")).isGreaterThan(0);
    assertThat(GuiPixels.vesselsDrawn(scene, img, 2, "PH")).isGreaterThan(0);
    for (StackView v : scene.stacks()) {
      Double2D d = scene.location(v);
      assertThat(d.x).isBetween(0.0, (double) theater.grid().cols());
      assertThat(d.y).isBetween(0.0, (double) theater.grid().rows());
    }
  }

  @Test
  void aDateOutsideTheHorizonIsRefused() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Snapshots.hourOf(scenario, LocalDate.of(2022, 12, 31)))
        .hasMessageContaining("outside");
    assertThat(Snapshots.hourOf(scenario, LocalDate.of(2023, 1, 2))).isEqualTo(24);
  }
}
