package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seastate.analysis.Comparison;
import org.seastate.analysis.ResultsData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate compare RESULTS --by FACTOR}: compares the levels of one factor. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    header = "Compare the levels of a factor, metric by metric, with intervals and p-values.",
    description = {"The effect of a factor, metric by metric: each level against the reference level",
        "(treatment - reference), within each combination of the other factors (strata) and over",
        "all of them. Runs that share a seed (common random numbers) are compared as pairs",
        "(Wilcoxon signed-rank), others as independent samples (Mann-Whitney, van Elteren).",
        "Bootstrap 95%% intervals, Holm-adjusted p-values. Writes comparison.csv and comparison.md."})
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder of a sweep")
  Path results;

  @Option(names = "--by", required = true, paramLabel = "FACTOR", description = "factor path, a column of runs.csv")
  String by;

  @Option(names = "--reference", paramLabel = "LEVEL",
      description = "the level compared against (default: the sweep's reference, else the first level)")
  String reference;

  @Option(names = "--pooled", description = "pool runs over the other factors instead of stratifying (unpaired)")
  boolean pooled;

  @Option(names = "--metrics", split = ",", paramLabel = "M1,M2",
      description = "summary metrics (runs.csv columns); default: all")
  List<String> metrics = List.of();

  @Option(names = "--resamples", defaultValue = "" + Comparison.DEFAULT_RESAMPLES,
      description = "bootstrap resamples per row (default: ${DEFAULT-VALUE})")
  int resamples;

  @Option(names = "--seed", defaultValue = "" + Comparison.DEFAULT_SEED,
      description = "bootstrap seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c = AnalysisCommands.userErrors(() -> {
      ResultsData data = ResultsData.load(results);
      Comparison x = Comparison.compute(data, by, metrics, resamples, seed, java.util.Optional.ofNullable(reference),
          pooled);
      x.write(results);
      return x;
    });
    out.println(c.method());
    out.println();
    out.println(Comparison.table(c.overall()));
    out.println(c.rows().size() + " rows (" + c.overall().size() + " over all strata) written to "
        + results.resolve("comparison.csv") + " and comparison.md");
    out.flush();
    return ExitCode.OK;
  }
}
