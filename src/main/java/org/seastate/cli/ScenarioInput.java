package org.seastate.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The scenario a command runs: the {@code SCENARIO} file and its {@code --set} changes, loaded
 * with the committed theater. Every command that takes a scenario reads it here, so the options,
 * the typing of {@code --set} values and the errors (a file's problems as file:line:column, an
 * unknown path, a missing file) are the same in each.
 */
final class ScenarioInput {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (.yaml)")
  Path file;

  @Mixin ScenarioChanges changes = new ScenarioChanges();

  /**
   * A loaded scenario.
   *
   * @param theater the committed theater the scenario was checked against
   * @param loader the loader, for further overrides and path checks on the same theater
   * @param base the scenario as the file gives it
   * @param factors the {@code --set} values, typed as the scenario files type them, in the order given
   * @param scenario {@code base} with the {@code factors} applied
   */
  record Loaded(Theater theater, ScenarioLoader loader, Scenario base, Map<String, Object> factors,
      Scenario scenario) {}

  /** Reads the file and applies {@code --set}; a bad file or path is a user error (exit code 2). */
  Loaded load() {
    return load(file, changes.overrides);
  }

  /** Reads {@code file} with the committed theater, unchanged. */
  static Loaded load(Path file) {
    return load(file, Map.of());
  }

  /** Reads {@code file} with the committed theater and applies {@code --set} values to it. */
  static Loaded load(Path file, Map<String, String> overrides) {
    Theater theater = Theaters.standard();
    Map<String, Object> factors = OverrideValues.typed(overrides);
    Optional<HeadStart.Early> early = HeadStart.scenario(file); // read while the command line was parsed
    ScenarioLoader loader = early.map(HeadStart.Early::loader).orElseGet(() -> loader(theater));
    Scenario base = early.isPresent() ? early.get().base() : loader.loadScenario(file);
    Scenario scenario = loader.withOverrides(base, factors);
    return new Loaded(theater, loader, base, factors, scenario);
  }

  /**
   * The loader of scenario and sweep files, checking places against the committed land/water
   * raster ({@link Theater#standard()}), so a scenario-defined feature on land is refused.
   */
  static ScenarioLoader loader() {
    return loader(Theater.standard());
  }

  private static ScenarioLoader loader(Theater theater) {
    return new ScenarioLoader(theater);
  }
}
