package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.seastate.analysis.Report;
import picocli.CommandLine.Option;

/**
 * {@code --no-report}, shared by the commands that finish a results folder (sweep, merge): by
 * default they draw the charts and write report.html and report.md into it at the end.
 */
final class ReportOption {
  @Option(names = "--no-report", description = "do not draw charts and write report.html/report.md at the end")
  boolean noReport;

  /**
   * Writes the report unless switched off. A failure here leaves the results intact; it is
   * reported and returns false so the command can exit with 1.
   */
  boolean writeFor(Path results, PrintWriter out, PrintWriter err, boolean quiet) {
    if (noReport) {
      return true;
    }
    try {
      Report.Written w = Report.write(results);
      if (!quiet) {
        out.printf("  report in %s (%d charts)%n", w.html(), w.charts().size());
        out.flush();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      err.printf("the results are complete, but the report failed: %s%n"
          + "  try 'seastate report %s' to see why%n", e.getMessage(), results);
      err.flush();
      return false;
    }
  }
}
