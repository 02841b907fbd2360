package org.seastate.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.seastate.analysis.ResultsData;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The results folder and optional observations that the chart and report commands read. */
final class ResultsInput {
  @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder of a run or sweep")
  Path results;

  @Option(names = "--observations", paramLabel = "CSV",
      description = "observations to draw beside the model (default: RESULTS/observations.csv, else bundled AMTI values)")
  Path observations;

  ResultsData load() {
    return ResultsData.load(results);
  }

  Optional<Path> observations() {
    return Optional.ofNullable(observations);
  }
}
