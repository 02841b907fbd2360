package org.seastate.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes. Each rule
 * fails on the import that breaks it; {@link ArchitectureRulesBiteTest} shows each one red on a
 * fixture that breaks it.
 */
class ArchitectureTest {
  static JavaClasses main;

  @BeforeAll
  static void load() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.seastate");
  }

  @Test
  void layersImportOnlyDownwards() {
    Rules.LAYERS.check(main);
  }

  @Test
  void theModelDoesNoIoAndNoPresentation() {
    Rules.MODEL_PURE.check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    Rules.NO_CYCLES.check(main);
  }

  @Test
  void onlyTheSweepAndTheGuiBuildASimulation() {
    Rules.ONE_RUN_PATH.check(main);
  }

  /** The rules, shared with the test that shows each one failing. */
  static final class Rules {
    private Rules() {}

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("org.seastate.cli..")
        .layer("gui").definedBy("org.seastate.gui..")
        .layer("sweep").definedBy("org.seastate.sweep..")
        .layer("analysis").definedBy("org.seastate.analysis..")
        .layer("io").definedBy("org.seastate.io..")
        .layer("model").definedBy("org.seastate.model..")
        .layer("scenario").definedBy("org.seastate.scenario..")
        .layer("geo").definedBy("org.seastate.geo..")
        .layer("look").definedBy("org.seastate.look..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("gui").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("sweep").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("sweep", "cli")
        .whereLayer("io").mayOnlyBeAccessedByLayers("sweep", "analysis", "cli", "gui")
        .whereLayer("model").mayOnlyBeAccessedByLayers("io", "sweep", "gui", "cli")
        .whereLayer("scenario").mayOnlyBeAccessedByLayers("model", "io", "sweep", "analysis", "gui", "cli")
        .whereLayer("geo").mayOnlyBeAccessedByLayers("scenario", "model", "io", "sweep", "analysis", "gui", "cli")
        .whereLayer("look").mayOnlyBeAccessedByLayers("analysis", "gui", "cli")
        .because("imports go one way (docs/ARCHITECTURE.md): nothing needs the GUI or the CLI, and the "
            + "analysis works from result files, not from the model");

    static final ArchRule MODEL_PURE = noClasses().that().resideInAPackage("org.seastate.model..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "javax.swing..", "java.awt..",
            "picocli..", "org.jfree..", "org.apache.commons.csv..", "com.fasterxml..")
        .because("a run is a pure function of (scenario, seed): no files, no printing, no Swing");

    static final ArchRule NO_CYCLES = slices().matching("org.seastate.(*)..").should().beFreeOfCycles();

    static final ArchRule ONE_RUN_PATH = noClasses().that().resideOutsideOfPackages("org.seastate.sweep..", "org.seastate.gui..",
            "org.seastate.model..")
        .should().callConstructor(org.seastate.model.SeaStateSim.class, org.seastate.scenario.Scenario.class,
            org.seastate.geo.Theater.class, long.class, int.class)
        .orShould().callConstructor(org.seastate.model.SeaStateSim.class, org.seastate.scenario.Scenario.class,
            org.seastate.geo.Theater.class, long.class)
        .because("seastate run and seastate sweep share one run path: sweep.ModelRunner");
  }
}
