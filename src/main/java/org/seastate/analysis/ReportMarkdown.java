package org.seastate.analysis;

/** report.md: the same sections as the HTML report, with the charts as PNG links. */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String of(Report.Contents c) {
    ResultsData data = c.data();
    StringBuilder s = new StringBuilder();
    s.append("# ").append(Report.heading(data)).append("\n\n");
    if (!data.description().isBlank()) {
      s.append("**Question.** ").append(data.description().trim()).append("\n\n");
    }
    c.headline().ifPresent(h -> {
      s.append("## ").append(h.title()).append("\n\n");
      s.append("![").append(h.title()).append("](charts/").append(Headline.CHART).append(".png)\n\n");
      s.append(h.table()).append('\n').append(h.reading()).append("\n\n");
    });
    s.append(Report.design(data)).append("\n\n");
    s.append("## Summary by point\n\nMean over replicates with its 95% t interval (clipped to the metric's "
        + "possible range). Every metric: summary.csv.\n\n");
    if (c.comparison().isPresent()) {
      s.append(c.summary().sideBySide(data, c.comparison().get().factor(), Report.summaryMetrics(data)));
    } else {
      s.append(c.summary().table(Report.SUMMARY_POINTS));
    }
    s.append('\n');
    c.comparison().ifPresent(cmp -> s.append("## Every metric compared\n\n").append(cmp.method())
        .append(" Per stratum: comparison.md and comparison.csv.\n\n").append(Comparison.table(cmp.overall()))
        .append('\n'));
    if (!c.sensitivity().isEmpty()) {
      s.append("## Sensitivity (Sobol indices)\n\n").append(Sensitivity.table(c.sensitivity())).append('\n');
    }
    s.append("## Charts\n\n");
    for (Charts.Drawn d : c.charts()) {
      if (d.ok()) {
        s.append("![").append(d.title()).append("](charts/").append(d.name()).append(".png)\n\n");
      } else {
        s.append("- ").append(d.name()).append(" not drawn: ").append(d.skipped()).append("\n\n");
      }
    }
    s.append("## Versions\n\n| | |\n|---|---|\n");
    for (String[] v : Report.versions(data)) {
      s.append("| ").append(v[0]).append(" | ").append(v[1].replace("|", "\\|")).append(" |\n");
    }
    s.append("\n## Runs and seeds\n\n| run | point | replicate | seed | status |\n|--:|--:|--:|--:|---|\n");
    for (String[] r : Report.seeds(data)) {
      s.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    data.sweepYaml().ifPresent(y -> s.append("\n## Sweep as resolved\n\n```yaml\n").append(y).append("```\n"));
    data.scenarioYaml().ifPresent(y -> s.append("\n<details><summary>Scenario as resolved</summary>\n\n```yaml\n")
        .append(y).append("```\n\n</details>\n"));
    return s.toString();
  }
}
