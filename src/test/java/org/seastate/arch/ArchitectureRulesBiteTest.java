package org.seastate.arch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each architecture rule turns red on a fixture class that breaks it. */
class ArchitectureRulesBiteTest {

  private static JavaClasses classes(String... names) throws ClassNotFoundException {
    Class<?>[] cs = new Class<?>[names.length];
    for (int i = 0; i < names.length; i++) {
      cs[i] = Class.forName(names[i]);
    }
    return new ClassFileImporter().importClasses(cs);
  }

  private static void red(ArchRule rule, String violation, String... names) throws Exception {
    JavaClasses c = classes(names);
    assertThatThrownBy(() -> rule.check(c)).isInstanceOf(AssertionError.class).hasMessageContaining(violation);
  }

  @Test
  void analysisUsingTheGuiBreaksTheLayers() throws Exception {
    red(ArchitectureTest.Rules.LAYERS, "ArchFixtureAnalysisUsesGui", "org.seastate.analysis.ArchFixtureAnalysisUsesGui",
        "org.seastate.gui.SeaStateGui");
  }

  @Test
  void aModelClassWritingAFileBreaksItsPurity() throws Exception {
    red(ArchitectureTest.Rules.MODEL_PURE, "java.nio.file.Files", "org.seastate.model.ArchFixtureModelPrints");
  }

  @Test
  void geoUsingScenarioMakesACycle() throws Exception {
    red(ArchitectureTest.Rules.NO_CYCLES, "Cycle detected", "org.seastate.geo.ArchFixtureGeoUsesScenario",
        "org.seastate.scenario.Scenario", "org.seastate.geo.Place");
  }

  @Test
  void aCommandBuildingItsOwnSimulationBreaksTheRunPath() throws Exception {
    red(ArchitectureTest.Rules.ONE_RUN_PATH, "ArchFixtureCliRunsTheModel", "org.seastate.cli.ArchFixtureCliRunsTheModel");
  }
}
