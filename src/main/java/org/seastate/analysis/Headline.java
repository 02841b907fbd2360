package org.seastate.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The answer at the top of a report: for each main metric, the effect of the sweep's primary
 * factor (treatment − reference) in each stratum of the other factors and over all of them,
 * with intervals, sorted by standardized effect, significant ones marked, and every metric
 * labelled calibrated or not. Drawn as small multiples ({@link EffectChart}) and a table.
 */
public final class Headline {
  /** The metrics an analyst asks about first, when the results have them. */
  public static final List<String> MAIN_METRICS = List.of(
      "episodes_total", "standoff_hours_median", "incidents_total", "reported_incidents_total",
      "reported_incidents_level_4", "reported_incidents_level_5", "acts_against_navies_level_4plus",
      "resupply_disrupted_share", "resupply_turned_back", "vessels_damaged", "injuries", "max_level", "crisis",
      "tension_mean_total", "militia_daily_mean");
  /** Panels in the chart: the largest standardized effects. */
  static final int PANELS = 9;
  /** File name of the chart in charts/. */
  static final String CHART = "00-headline-effects";

  private final Comparison comparison;
  private final List<Comparison.Row> overall;
  private final List<String> strata;

  private Headline(Comparison comparison, List<Comparison.Row> overall, List<String> strata) {
    this.comparison = comparison;
    this.overall = overall;
    this.strata = strata;
  }

  /** The headline of a comparison, over the main metrics it holds. */
  public static Headline of(Comparison c) {
    List<Comparison.Row> overall = c.overall().stream().filter(r -> MAIN_METRICS.contains(r.metric())).toList();
    List<String> strata = new ArrayList<>();
    for (Comparison.Row r : c.rows()) {
      if (!r.overall() && !strata.contains(r.stratum())) {
        strata.add(r.stratum());
      }
    }
    return new Headline(c, overall, strata);
  }

  /** The main metrics' overall rows, largest standardized effect first. */
  public List<Comparison.Row> rows() {
    return overall;
  }

  public String title() {
    return "Effect of " + comparison.factor() + " (" + treatments() + " − " + comparison.reference() + ")";
  }

  private String treatments() {
    return String.join(", ", overall.stream().map(Comparison.Row::treatment).distinct().toList());
  }

  /** The metrics drawn: the first {@link #PANELS} tested ones of {@link #rows()} (constant ones have nothing to show). */
  List<String> charted() {
    return overall.stream().filter(r -> r.status() == Comparison.Status.TESTED).map(Comparison.Row::metric)
        .distinct().limit(PANELS).toList();
  }

  /** Draws the small multiples into {@code dir/charts}; returns the SVG file. */
  public Path draw(Path dir, int width, int height) throws IOException {
    List<String> metrics = charted();
    // one treatment per chart: with several levels, the first one against the reference
    String treatment = overall.get(0).treatment();
    List<Effect> effects = new ArrayList<>();
    for (String m : metrics) {
      for (Comparison.Row r : comparison.rows()) {
        if (r.metric().equals(m) && r.treatment().equals(treatment) && !r.overall()) {
          effects.add(r.effect());
        }
      }
      overall.stream().filter(r -> r.metric().equals(m) && r.treatment().equals(treatment))
          .forEach(r -> effects.add(r.effect()));
    }
    Map<String, String> notes = new LinkedHashMap<>();
    for (String m : metrics) {
      notes.put(m, CalibrationStatus.calibrated(m) ? "calibrated" : CalibrationStatus.NOT_CALIBRATED);
    }
    String sub = (comparison.paired() ? "Paired by common random numbers; " : "Independent runs; ")
        + "95% intervals; filled = significant after Holm; sorted by standardized effect";
    String title = "Effect of " + comparison.factor() + " (" + treatment + " − " + comparison.reference() + ")";
    JFreeChart chart = EffectChart.build(title, sub, effects, notes);
    Path charts = dir.resolve("charts");
    Files.createDirectories(charts);
    Path svg = charts.resolve(CHART + ".svg");
    EffectChart.write(chart, charts.resolve(CHART + ".png"), svg, width, height);
    return svg;
  }

  /** The headline table in Markdown: one row per main metric (and level), one column per stratum. */
  public String table() {
    boolean levels = overall.stream().map(Comparison.Row::treatment).distinct().count() > 1;
    StringBuilder s = new StringBuilder(levels ? "| metric | level | calibration | all strata (95% CI) |"
        : "| metric | calibration | all strata (95% CI) |");
    for (String st : strata) {
      s.append(' ').append(st.replace("=", " = ")).append(" |"); // spaces let a narrow column wrap
    }
    s.append(" std. effect | p (Holm) |\n|---|---|---|").append(levels ? "---|" : "")
        .append("--:|".repeat(strata.size())).append("--:|--:|\n");
    for (Comparison.Row r : overall) {
      s.append("| ").append(r.metric()).append(r.significant() ? " ★" : "").append(" | ");
      if (levels) {
        s.append(r.treatment()).append(" | ");
      }
      s.append(CalibrationStatus.of(r.metric())).append(" | ").append(Comparison.interval(r)).append(" |");
      for (String st : strata) {
        String cell = comparison.rows().stream()
            .filter(x -> x.metric().equals(r.metric()) && x.treatment().equals(r.treatment()) && x.stratum().equals(st))
            .findFirst().map(x -> Comparison.signed(x.diff()) + (x.significant() ? " ★" : "")).orElse("–");
        s.append(' ').append(cell).append(" |");
      }
      s.append(' ').append(Comparison.g(r.standardized())).append(" | ")
          .append(r.status() == Comparison.Status.TESTED ? Comparison.p(r.pRankHolm()) : "constant, not tested")
          .append(" |\n");
    }
    return s.toString();
  }

  /** One paragraph on how to read the headline. */
  public String reading() {
    return comparison.method() + " Metrics marked \"not calibrated\" were never held against observations: "
        + "read their differences, not their absolute values.";
  }
}
