package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seastate describe FILE}: the scenario as resolved (extends merged, defaults filled in). */
@Command(name = "describe", mixinStandardHelpOptions = true,
    header = "Print a scenario or sweep as resolved, every default written out.",
    description = {"Print a scenario as resolved: extends merged, every default written out.",
        "For a sweep, print the sweep and then its resolved base scenario as a second YAML document."})
final class DescribeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "scenario or sweep file")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScenarioLoader.Loaded loaded = ScenarioInput.loader().load(file);
    if (loaded instanceof ScenarioLoader.LoadedSweep s) {
      out.print(ScenarioWriter.toYaml(s.sweep()));
      out.println("---");
      out.print(ScenarioWriter.toYaml(s.base()));
    } else {
      out.print(ScenarioWriter.toYaml(((ScenarioLoader.LoadedScenario) loaded).scenario()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
