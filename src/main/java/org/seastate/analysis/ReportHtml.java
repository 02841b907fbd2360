package org.seastate.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.html, self-contained (charts inline as SVG). The headline block comes first, right
 * under the title and the question, so the first screen answers the question.
 */
final class ReportHtml {
  private ReportHtml() {}

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String of(Report.Contents c) throws IOException {
    ResultsData data = c.data();
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(Report.heading(data))).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1250px;margin:0.6em auto;padding:0 1em;color:#222;line-height:1.45}\n")
        .append("h1{font-size:1.5em;margin:0.3em 0}h2{font-size:1.25em;margin:0.8em 0 0.3em}\n")
        .append("table{border-collapse:collapse;font-size:0.9em;margin:1em 0}th,td{border:1px solid #ccc;padding:3px 7px;text-align:right}")
        .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}\n")
        .append("figure{margin:1em 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}figcaption{color:#555;font-size:0.9em}\n")
        .append("#headline{margin:0}#headline figure{margin:0.3em 0}.question{margin:0.2em 0}.reading{color:#444;font-size:0.9em;margin:0.2em 0}\n")
        .append("pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:0.85em}details{margin:1em 0}summary{cursor:pointer;font-weight:600}\n")
        .append(".note{color:#8a3b00}@media print{details{display:block}}\n</style></head><body>\n");
    s.append("<h1>").append(esc(Report.heading(data))).append("</h1>\n");
    if (!data.description().isBlank()) {
      s.append("<p class=\"question\"><strong>Question.</strong> ").append(esc(data.description().trim())).append("</p>\n");
    }
    if (c.headline().isPresent()) {
      Headline h = c.headline().get();
      s.append("<section id=\"headline\">\n<h2>").append(esc(h.title())).append("</h2>\n");
      s.append("<figure>").append(svg(c.headlineSvg().get())).append("</figure>\n");
      s.append(Report.mdTableToHtml(h.table()));
      s.append("<p class=\"reading\">").append(esc(h.reading())).append("</p>\n</section>\n");
    }
    s.append("<p>").append(esc(Report.design(data))).append("</p>\n");
    s.append("<h2>Summary by point</h2>\n<p>Mean over replicates with its 95% t interval (clipped to the metric's "
        + "possible range). Every metric: summary.csv.</p>\n");
    if (c.comparison().isPresent()) {
      s.append(Report.mdTableToHtml(c.summary().sideBySide(data, c.comparison().get().factor(), Report.summaryMetrics(data))));
    } else {
      s.append(Report.mdTableToHtml(c.summary().table(Report.SUMMARY_POINTS)));
    }
    if (c.comparison().isPresent()) {
      Comparison cmp = c.comparison().get();
      s.append("<h2>Every metric compared</h2>\n<p>").append(esc(cmp.method()))
          .append(" Per stratum: comparison.md and comparison.csv.</p>\n").append(Report.mdTableToHtml(Comparison.table(cmp.overall())));
    }
    if (!c.sensitivity().isEmpty()) {
      s.append("<h2>Sensitivity (Sobol indices)</h2>\n<p>First-order (S1, Saltelli 2010) and total (ST, Jansen) indices with 95% bootstrap intervals; replicates averaged per point.</p>\n")
          .append(Report.mdTableToHtml(Sensitivity.table(c.sensitivity())));
    }
    s.append("<h2>Charts</h2>\n");
    for (Charts.Drawn d : c.charts()) {
      if (d.ok()) {
        s.append("<figure>").append(svg(d.svg())).append("<figcaption>").append(esc(d.title()))
            .append(" (charts/").append(esc(d.name())).append(".png, .svg)</figcaption></figure>\n");
      } else {
        s.append("<p class=\"note\">").append(esc(d.name())).append(" not drawn: ").append(esc(d.skipped())).append("</p>\n");
      }
    }
    s.append("<h2>Versions</h2>\n<table>");
    for (String[] v : Report.versions(data)) {
      s.append("<tr><th>").append(esc(v[0])).append("</th><td style=\"text-align:left\">").append(esc(v[1])).append("</td></tr>");
    }
    s.append("</table>\n<details><summary>Runs and seeds (").append(data.runsTable().size())
        .append(")</summary>\n<table><tr><th>run</th><th>point</th><th>replicate</th><th>seed</th><th>status</th></tr>\n");
    for (String[] r : Report.seeds(data)) {
      s.append("<tr>");
      for (String x : r) {
        s.append("<td>").append(esc(x)).append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</table></details>\n");
    data.sweepYaml().ifPresent(y -> s.append("<details><summary>Sweep as resolved</summary><pre>").append(esc(y)).append("</pre></details>\n"));
    data.scenarioYaml().ifPresent(y -> s.append("<details><summary>Scenario as resolved</summary><pre>").append(esc(y)).append("</pre></details>\n"));
    s.append("</body></html>\n");
    return s.toString();
  }

  private static String svg(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>\\s*", "");
  }
}
