package org.seastate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.seastate.analysis.Charts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seastate chart RESULTS}: draws the sweep's charts into RESULTS/charts. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    header = "Draw the charts of a sweep into the results folder.",
    description = {"Draw the charts a sweep names in its charts: section (or sensible defaults) into",
        "RESULTS/charts/*.png and *.svg."})
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ResultsInput input;

  @Option(names = "--width", defaultValue = "" + Charts.WIDTH, description = "pixels (default: ${DEFAULT-VALUE})")
  int width;

  @Option(names = "--height", defaultValue = "" + Charts.HEIGHT, description = "pixels (default: ${DEFAULT-VALUE})")
  int height;

  @Override
  public Integer call() throws Exception {
    if (width < 200 || height < 150 || width > 10000 || height > 10000) {
      throw new UserInputException("--width and --height must be between 200x150 and 10000x10000 pixels");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Charts.Drawn> drawn = AnalysisCommands.userErrors(() ->
        Charts.drawAll(input.load(), input.observations(), width, height));
    for (Charts.Drawn d : drawn) {
      out.println(d.ok() ? "  " + d.name() + ".png/.svg" + (d.note() == null ? "" : " (" + d.note() + ")")
          : "  " + d.name() + " skipped: " + d.skipped());
    }
    out.println(drawn.stream().filter(Charts.Drawn::ok).count() + " charts in " + input.results.resolve("charts"));
    out.flush();
    return ExitCode.OK;
  }
}
