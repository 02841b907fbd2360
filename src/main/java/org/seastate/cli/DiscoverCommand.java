package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seastate.analysis.Discovery;
import org.seastate.analysis.Prim;
import org.seastate.analysis.ResultsData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate discover RESULTS --metric M --above X}: scenario discovery with PRIM. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    header = "Find the factor values where an outcome of interest concentrates (PRIM).",
    description = {"Scenario discovery: the box of factor values where the runs with an outcome of",
        "interest (METRIC above or below a threshold) are concentrated, found with PRIM",
        "(Friedman and Fisher 1999). Writes discovery.csv (the peeling trajectory),",
        "discovery.md (the chosen box) and charts/discovery-trajectory and",
        "charts/discovery-box (PNG and SVG) into the results folder."})
final class DiscoverCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder of a sweep")
  Path results;

  @Option(names = "--metric", required = true, paramLabel = "M",
      description = "summary metric (runs.csv column), or a sum such as incidents_level_5+incidents_level_6")
  String metric;

  @Option(names = "--above", paramLabel = "X", description = "runs of interest: metric > X")
  Double above;

  @Option(names = "--below", paramLabel = "X", description = "runs of interest: metric < X")
  Double below;

  @Option(names = "--factors", split = ",", paramLabel = "F1,F2", description = "factors to search (default: all)")
  List<String> factors = List.of();

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "" + Prim.DEFAULT_ALPHA,
      description = "share of the box peeled per step (default: ${DEFAULT-VALUE})")
  double alpha;

  @Option(names = "--min-mass", paramLabel = "M", defaultValue = "" + Prim.DEFAULT_MIN_MASS,
      description = "stop peeling below this share of all runs (default: ${DEFAULT-VALUE})")
  double minMass;

  @Option(names = "--min-coverage", paramLabel = "C", defaultValue = "" + Prim.DEFAULT_MIN_COVERAGE,
      description = "the chosen box is the densest with at least this coverage (default: ${DEFAULT-VALUE})")
  double minCoverage;

  @Option(names = "--box", paramLabel = "N", description = "report step N of the trajectory instead")
  Integer box;

  @Option(names = "--max-p", paramLabel = "P", defaultValue = "" + Prim.DEFAULT_MAX_P,
      description = "drop restrictions with a larger quasi-p-value; 1 keeps all (default: ${DEFAULT-VALUE})")
  double maxP;

  @Option(names = "--objective", defaultValue = "lenient1", paramLabel = "lenient1|original",
      description = "rank peels by density gain per run dropped (lenient1, EMA Workbench default) "
          + "or by the density left (original, Friedman and Fisher) (default: ${DEFAULT-VALUE})")
  Prim.Objective objective;

  @Override
  public Integer call() throws Exception {
    if ((above == null) == (below == null)) {
      throw new UserInputException("give exactly one of --above X or --below X");
    }
    if (box != null && box < 0) {
      throw new UserInputException("--box must be a step of the trajectory (0 or more), was " + box);
    }
    PrintWriter out = spec.commandLine().getOut();
    Discovery d = AnalysisCommands.userErrors(() -> {
      ResultsData data = ResultsData.load(results);
      Discovery x = Discovery.compute(data, new Discovery.Question(metric, above != null,
          above != null ? above : below, factors, alpha, minMass, minCoverage, box == null ? -1 : box, maxP, objective));
      x.write(results);
      return x;
    });
    out.print(d.summary());
    out.println("Trajectory and box written to " + results.resolve("discovery.csv") + " and discovery.md; charts in "
        + results.resolve("charts"));
    out.flush();
    return ExitCode.OK;
  }
}
