package org.seastate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.seastate.analysis.Report;
import org.seastate.analysis.ResultsData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate report RESULTS}: report.html and report.md. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write RESULTS/report.html (self-contained) and report.md: the question, the design,",
        "comparisons, Sobol indices, charts, the scenario as resolved, seeds and versions."})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder of a run or sweep")
  Path results;

  @Option(names = "--observations", paramLabel = "CSV",
      description = "observations to draw beside the model (default: RESULTS/observations.csv, else bundled AMTI values)")
  Path observations;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Report.Written w = AnalysisCommands.userErrors(() ->
        Report.write(ResultsData.load(results), Optional.ofNullable(observations)));
    w.charts().stream().filter(d -> !d.ok()).forEach(d -> out.println("  " + d.name() + " skipped: " + d.skipped()));
    out.println("report in " + w.html() + " and " + w.markdown());
    out.flush();
    return ExitCode.OK;
  }
}
