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
 * {@code report.md} for a results folder. The first screen answers the sweep's question: the
 * effect of its primary factor (the first discrete one) on the main metrics, per stratum and
 * overall, sorted, with intervals ({@link Headline}). Then the design, the summary with the
 * primary factor's levels side by side, every compared metric, Sobol indices for Sobol designs,
 * the charts, versions, seeds and the scenario as resolved.
 */
public final class Report {
  /** Points shown side by side in the report's summary table when there is no primary factor. */
  static final int SUMMARY_POINTS = 6;
  /** The headline chart fits the first screen (1280 × 800) under the title and question. */
  static final int HEADLINE_WIDTH = 1200;
  static final int HEADLINE_HEIGHT = 560;

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
    Optional<String> factor = primaryFactor(data);
    if (factor.isPresent()) {
      List<String> compared = new ArrayList<>(Comparison.defaultMetrics(data));
      compared.addAll(data.presenceMetrics());
      cmp = Optional.of(Comparison.compute(data, factor.get(), compared, Comparison.DEFAULT_RESAMPLES,
          Comparison.DEFAULT_SEED));
      cmp.get().write(data.dir());
    }
    Optional<Headline> headline = cmp.map(Headline::of).filter(h -> !h.rows().isEmpty());
    Optional<Path> headlineSvg = Optional.empty();
    if (headline.isPresent()) {
      headlineSvg = Optional.of(headline.get().draw(data.dir(), HEADLINE_WIDTH, HEADLINE_HEIGHT));
    }
    List<Sensitivity.Index> sens = List.of();
    if (Sensitivity.applies(data)) {
      sens = Sensitivity.compute(data, List.of(), Sensitivity.DEFAULT_RESAMPLES, Sensitivity.DEFAULT_SEED);
      Sensitivity.write(data.dir(), sens);
    }
    Contents c = new Contents(data, summary, charts, cmp, headline, headlineSvg, sens);
    Path md = data.dir().resolve("report.md");
    Path html = data.dir().resolve("report.html");
    AtomicFiles.writeString(md, ReportMarkdown.of(c));
    AtomicFiles.writeString(html, ReportHtml.of(c));
    return new Written(html, md, charts, cmp, sens);
  }

  /** Everything a report shows. */
  record Contents(ResultsData data, Summary summary, List<Charts.Drawn> charts, Optional<Comparison> comparison,
      Optional<Headline> headline, Optional<Path> headlineSvg, List<Sensitivity.Index> sensitivity) {}

  /** The factor whose effect the report leads with: the sweep's first discrete factor with two levels or more. */
  static Optional<String> primaryFactor(ResultsData data) {
    return data.sweepFactors().stream()
        .filter(data.factors()::contains).filter(f -> !data.continuous(f))
        .filter(f -> data.levels(f).size() >= 2).findFirst();
  }

  /** The metrics of the side-by-side summary: the main ones the results have. */
  static List<String> summaryMetrics(ResultsData data) {
    List<String> main = Headline.MAIN_METRICS.stream().filter(data.metrics()::contains).toList();
    return main.isEmpty() ? data.metrics() : main;
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
        s.append("<").append(tag).append(">").append(ReportHtml.esc(c)).append("</").append(tag).append('>');
      }
      s.append("</tr>\n");
    }
    return s.append("</table>\n").toString();
  }
}
