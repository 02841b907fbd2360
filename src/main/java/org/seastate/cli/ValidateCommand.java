package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seastate.scenario.Problem;
import org.seastate.scenario.ScenarioException;
import org.seastate.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code seastate validate FILE...}: checks scenario and sweep files, reporting every problem.
 * One file's problems (or a fault of seastate on it) do not stop the others being checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check scenario and sweep files and report every problem.",
    description = {"Check scenario and sweep files. Prints OK per valid file, or every problem as",
        "file:line:column: message. Every file is checked even if an earlier one is bad.",
        "Exit code 0 if all files are valid, 2 otherwise (1 if seastate itself failed)."})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario or sweep files (.yaml)")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioLoader loader = ScenarioInput.loader();
    int bad = 0;
    int failed = 0;
    for (Path f : files) {
      try {
        ScenarioLoader.Loaded loaded = loader.load(f);
        String what = loaded instanceof ScenarioLoader.LoadedSweep ? "sweep" : "scenario";
        out.println(f + ": OK (" + what + ")");
      } catch (ScenarioException e) {
        bad++;
        for (Problem p : e.problems()) {
          err.println(p);
        }
        err.println(f + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"));
      } catch (RuntimeException | StackOverflowError e) {
        // a fault of seastate, not of the file: report it with its trace, and check the other files
        failed++;
        err.println(f + ": seastate failed: " + e);
        e.printStackTrace(err);
      }
    }
    out.flush();
    err.flush();
    return failed > 0 ? ExitCode.FAILURE : bad == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
