package org.seastate.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seastate.io.AtomicFiles;

/**
 * {@code report.html} (self-contained: charts inline as SVG, no external links needed) and
 * {@code report.md} for a results folder: the question, the design, the comparison table,
 * Sobol indices for Sobol designs, the charts, the scenario as resolved, seeds and versions.
 * Charts are drawn and the comparison computed (by the first discrete factor) when they are
 * not there yet.
 */
public final class Report {
  /** Points shown side by side in the report's summary table; more go to summary.csv only. */
  static final int SUMMARY_POINTS = 6;

  private Report() {}

  /** What the report was made of. */
  public record Written(Path html, Path markdown, List<Charts.Drawn> charts, Optional<Comparison> comparison,
      List<Sensitivity.Index> sensitivity) {}

  /** Draws the charts, computes comparison and sensitivity as applicable, and writes both reports. */
  public static Written write(Path results) throws IOException {
    return write(ResultsData.load(results), Optional.empty());
  }

  public static Written write(ResultsData data, Optional<Path> observations) throws IOException {
    List<Charts.Drawn> charts = Charts.drawAll(data, observations, Charts.WIDTH, Charts.HEIGHT);
    Summary summary = Summary.compute(data);
    summary.write(data.dir());
    Optional<Comparison> cmp = Optional.empty();
    Optional<String> factor = data.sweepFactors().stream()
        .filter(data.factors()::contains).filter(f -> !data.continuous(f)).findFirst();
    if (factor.isPresent() && data.levels(factor.get()).size() >= 2) {
      List<String> compared = new java.util.ArrayList<>(Comparison.defaultMetrics(data));
      compared.addAll(data.presenceMetrics());
      cmp = Optional.of(Comparison.compute(data, factor.get(), compared, Comparison.DEFAULT_RESAMPLES,
          Comparison.DEFAULT_SEED));
      cmp.get().write(data.dir());
    }
    List<Sensitivity.Index> sens = List.of();
    if (Sensitivity.applies(data)) {
      sens = Sensitivity.compute(data, List.of(), Sensitivity.DEFAULT_RESAMPLES, Sensitivity.DEFAULT_SEED);
      Sensitivity.write(data.dir(), sens);
    }
    Path md = data.dir().resolve("report.md");
    Path html = data.dir().resolve("report.html");
    AtomicFiles.writeString(md, markdown(data, summary, charts, cmp, sens));
    AtomicFiles.writeString(html, html(data, summary, charts, cmp, sens));
    return new Written(html, md, charts, cmp, sens);
  }

  static String heading(ResultsData data) {
    return "seastate " + data.kind() + ": " + data.name();
  }

  static String design(ResultsData data) {
    StringBuilder s = new StringBuilder();
    s.append(data.size()).append(" successful runs");
    if (data.failedRuns() > 0) {
      s.append(", ").append(data.failedRuns()).append(" failed (left out)");
    }
    if (!data.factors().isEmpty()) {
      s.append("; design ").append(data.designKind()).append(" over ");
      List<String> f = new ArrayList<>();
      for (String x : data.factors()) {
        f.add(data.continuous(x) ? x + " (continuous)" : x + " ∈ {" + String.join(", ", data.levels(x)) + "}");
      }
      s.append(String.join("; ", f));
    }
    data.sweep().map(sw -> sw.path("replicates").asText("")).filter(r -> !r.isEmpty())
        .ifPresent(r -> s.append("; ").append(r).append(" replicates per point"));
    return s.append('.').toString();
  }

  static List<String[]> versions(ResultsData data) {
    List<String[]> out = new ArrayList<>();
    data.manifest().ifPresent(m -> {
      JsonNode t = m.path("seastate");
      out.add(new String[] {"seastate", t.path("version").asText("?") + " (commit " + t.path("commit").asText("?") + ")"});
      out.add(new String[] {"Java", t.path("java").asText("?")});
      out.add(new String[] {"MASON", t.path("mason").asText("?")});
      if (m.has("started")) {
        out.add(new String[] {"run", m.path("started").asText() + " to " + m.path("ended").asText()});
      }
      if (m.has("command")) {
        List<String> c = new ArrayList<>();
        m.path("command").forEach(a -> c.add(a.asText()));
        out.add(new String[] {"command", "seastate " + String.join(" ", c)});
      }
      data.sweep().ifPresent(s -> out.add(new String[] {"base seed", s.path("base_seed").asText("?")}));
    });
    return out;
  }

  static List<String[]> seeds(ResultsData data) {
    List<String[]> out = new ArrayList<>();
    org.seastate.io.CsvTable t = data.runsTable();
    for (int r = 0; r < t.size(); r++) {
      out.add(new String[] {t.get(r, "run_id"), t.get(r, "point"), t.get(r, "replicate"), t.get(r, "seed"),
          t.get(r, "status")});
    }
    return out;
  }

  // ---- Markdown -------------------------------------------------------------------------------

  static String markdown(ResultsData data, Summary summary, List<Charts.Drawn> charts, Optional<Comparison> cmp,
      List<Sensitivity.Index> sens) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(heading(data)).append("\n\n");
    if (!data.description().isBlank()) {
      s.append("**Question.** ").append(data.description().trim()).append("\n\n");
    }
    s.append(design(data)).append("\n\n");
    s.append("## Summary by point\n\nMean over replicates with its 95% t interval. Full table: summary.csv.\n\n")
        .append(summary.table(SUMMARY_POINTS)).append('\n');
    cmp.ifPresent(c -> s.append("## Comparison by `").append(c.factor()).append("`\n\n")
        .append("Difference = mean(b) − mean(a) with a 95% bootstrap interval (")
        .append(Comparison.DEFAULT_RESAMPLES).append(" resamples); p-values two-sided; Holm-adjusted over the ")
        .append(c.rows().size()).append(" rows. Full table: comparison.csv.\n\n").append(c.table()).append('\n'));
    if (!sens.isEmpty()) {
      s.append("## Sensitivity (Sobol indices)\n\n").append(Sensitivity.table(sens)).append('\n');
    }
    s.append("## Charts\n\n");
    for (Charts.Drawn d : charts) {
      if (d.ok()) {
        s.append("![").append(d.title()).append("](charts/").append(d.name()).append(".png)\n\n");
      } else {
        s.append("- ").append(d.name()).append(" not drawn: ").append(d.skipped()).append("\n\n");
      }
    }
    s.append("## Versions\n\n| | |\n|---|---|\n");
    for (String[] v : versions(data)) {
      s.append("| ").append(v[0]).append(" | ").append(v[1].replace("|", "\\|")).append(" |\n");
    }
    s.append("\n## Runs and seeds\n\n| run | point | replicate | seed | status |\n|--:|--:|--:|--:|---|\n");
    for (String[] r : seeds(data)) {
      s.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    data.sweepYaml().ifPresent(y -> s.append("\n## Sweep as resolved\n\n```yaml\n").append(y).append("```\n"));
    data.scenarioYaml().ifPresent(y -> s.append("\n<details><summary>Scenario as resolved</summary>\n\n```yaml\n")
        .append(y).append("```\n\n</details>\n"));
    return s.toString();
  }

  // ---- HTML -----------------------------------------------------------------------------------

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String html(ResultsData data, Summary summary, List<Charts.Drawn> charts, Optional<Comparison> cmp,
      List<Sensitivity.Index> sens) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(heading(data))).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1250px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
        .append("table{border-collapse:collapse;font-size:0.9em;margin:1em 0}th,td{border:1px solid #ccc;padding:3px 7px;text-align:right}")
        .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}\n")
        .append("figure{margin:1.5em 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}figcaption{color:#555;font-size:0.9em}\n")
        .append("pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:0.85em}details{margin:1em 0}summary{cursor:pointer;font-weight:600}\n")
        .append(".note{color:#8a3b00}@media print{details{display:block}}\n</style></head><body>\n");
    s.append("<h1>").append(esc(heading(data))).append("</h1>\n");
    if (!data.description().isBlank()) {
      s.append("<p><strong>Question.</strong> ").append(esc(data.description().trim())).append("</p>\n");
    }
    s.append("<p>").append(esc(design(data))).append("</p>\n");
    s.append("<h2>Summary by point</h2>\n<p>Mean over replicates with its 95% t interval. Full table: summary.csv.</p>\n")
        .append(mdTableToHtml(summary.table(SUMMARY_POINTS)));
    if (cmp.isPresent()) {
      Comparison c = cmp.get();
      s.append("<h2>Comparison by <code>").append(esc(c.factor())).append("</code></h2>\n<p>Difference = mean(b) − mean(a) with a 95% percentile bootstrap interval (")
          .append(Comparison.DEFAULT_RESAMPLES).append(" resamples, seed ").append(Comparison.DEFAULT_SEED)
          .append("). p-values are two-sided (Welch t-test, Mann–Whitney U); the Holm column adjusts for the ")
          .append(c.rows().size()).append(" tests of the table. d = Cohen's d, δ = Cliff's delta. Runs at the other factors' values are pooled.</p>\n");
      s.append(mdTableToHtml(c.table()));
    }
    if (!sens.isEmpty()) {
      s.append("<h2>Sensitivity (Sobol indices)</h2>\n<p>First-order (S1, Saltelli 2010) and total (ST, Jansen) indices with 95% bootstrap intervals; replicates averaged per point.</p>\n")
          .append(mdTableToHtml(Sensitivity.table(sens)));
    }
    s.append("<h2>Charts</h2>\n");
    for (Charts.Drawn d : charts) {
      if (d.ok()) {
        String svg = Files.readString(d.svg(), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        s.append("<figure>").append(svg).append("<figcaption>").append(esc(d.title()))
            .append(" (charts/").append(esc(d.name())).append(".png, .svg)</figcaption></figure>\n");
      } else {
        s.append("<p class=\"note\">").append(esc(d.name())).append(" not drawn: ").append(esc(d.skipped())).append("</p>\n");
      }
    }
    s.append("<h2>Versions</h2>\n<table>");
    for (String[] v : versions(data)) {
      s.append("<tr><th>").append(esc(v[0])).append("</th><td style=\"text-align:left\">").append(esc(v[1])).append("</td></tr>");
    }
    s.append("</table>\n<details><summary>Runs and seeds (").append(data.runsTable().size()).append(")</summary>\n<table><tr><th>run</th><th>point</th><th>replicate</th><th>seed</th><th>status</th></tr>\n");
    for (String[] r : seeds(data)) {
      s.append("<tr>");
      for (String c : r) {
        s.append("<td>").append(esc(c)).append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</table></details>\n");
    data.sweepYaml().ifPresent(y -> s.append("<details><summary>Sweep as resolved</summary><pre>").append(esc(y)).append("</pre></details>\n"));
    data.scenarioYaml().ifPresent(y -> s.append("<details><summary>Scenario as resolved</summary><pre>").append(esc(y)).append("</pre></details>\n"));
    s.append("</body></html>\n");
    return s.toString();
  }

  /** Turns the simple pipe tables this package writes into HTML. */
  static String mdTableToHtml(String md) {
    StringBuilder s = new StringBuilder("<table>\n");
    String[] lines = md.strip().split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i == 1) {
        continue; // alignment row
      }
      String[] cells = lines[i].strip().replaceAll("^\\|\\s*|\\s*\\|$", "").split("\\s*\\|\\s*", -1);
      s.append("<tr>");
      for (String c : cells) {
        String tag = i == 0 ? "th" : "td";
        s.append('<').append(tag).append('>').append(esc(c)).append("</").append(tag).append('>');
      }
      s.append("</tr>\n");
    }
    return s.append("</table>\n").toString();
  }
}
