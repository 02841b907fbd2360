package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.seastate.analysis.Charts;
import org.seastate.analysis.ResultsData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate chart RESULTS}: draws the sweep's charts into RESULTS/charts. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = {"Draw the charts a sweep names in its charts: section (or sensible defaults) into",
        "RESULTS/charts/*.png and *.svg."})
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder of a run or sweep")
  Path results;

  @Option(names = "--observations", paramLabel = "CSV",
      description = "observations to draw beside the model (default: RESULTS/observations.csv, else bundled AMTI values)")
  Path observations;

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
        Charts.drawAll(ResultsData.load(results), Optional.ofNullable(observations), width, height));
    for (Charts.Drawn d : drawn) {
      out.println(d.ok() ? "  " + d.name() + ".png/.svg" + (d.note() == null ? "" : " (" + d.note() + ")")
          : "  " + d.name() + " skipped: " + d.skipped());
    }
    out.println(drawn.stream().filter(Charts.Drawn::ok).count() + " charts in " + results.resolve("charts"));
    out.flush();
    return ExitCode.OK;
  }
}
