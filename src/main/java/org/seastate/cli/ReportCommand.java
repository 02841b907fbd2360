package org.seastate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.seastate.analysis.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seastate report RESULTS}: report.html and report.md. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write a self-contained HTML report and a Markdown report of a results folder.",
    description = {"Write RESULTS/report.html (self-contained) and report.md: the question, the design,",
        "comparisons, Sobol indices, charts, the scenario as resolved, seeds and versions."})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ResultsInput input;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Report.Written w = AnalysisCommands.userErrors(() ->
        Report.write(input.load(), input.observations()));
    w.charts().stream().filter(d -> !d.ok()).forEach(d -> out.println("  " + d.name() + " skipped: " + d.skipped()));
    out.println("report in " + w.html() + " and " + w.markdown());
    out.flush();
    return ExitCode.OK;
  }
}
