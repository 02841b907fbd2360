package org.seastate.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.seastate.geo.Theater;
import org.seastate.gui.SeaStateGui;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate gui SCENARIO}: watch and poke one run in the MASON Console. */
@Command(name = "gui", mixinStandardHelpOptions = true,
    header = "Open the MASON Console on a scenario.",
    description = {"Open the MASON Console on a scenario: play, pause and step the run, watch the",
        "theater and live charts, inspect vessels and features, and turn the model's knobs."})
final class GuiCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (.yaml)")
  Path scenarioFile;

  @Option(names = "--seed", defaultValue = "1", description = "run seed (default: ${DEFAULT-VALUE}); the Console can change it")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (GraphicsEnvironment.isHeadless()) {
      throw new UserInputException("no display: the GUI needs a graphical session"
          + " (set DISPLAY, or use 'seastate snapshot SCENARIO --at DATE' for a picture without one)");
    }
    Scenario scenario = new ScenarioLoader(Theaters.standard()).loadScenario(scenarioFile);
    CountDownLatch closed = new CountDownLatch(1);
    var console = SeaStateGui.launch(scenario, seed);
    console.addWindowListener(new java.awt.event.WindowAdapter() {
      @Override
      public void windowClosed(java.awt.event.WindowEvent e) {
        closed.countDown();
      }
    });
    closed.await(); // closing the last Console also ends the program
    return ExitCode.OK;
  }
}
