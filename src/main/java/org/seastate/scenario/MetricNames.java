package org.seastate.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names a run writes, so that a sweep's chart can be checked when the sweep is
 * validated rather than silently skipped after hours of runs. Names are fixed by the model
 * (org.seastate.model.RunMetrics and PresenceObserver); their tags (nation, agency, feature)
 * and the series' suffixes depend on the scenario, so only the base name is checked here and
 * the rest when the chart is drawn. A test compares these lists with a golden run's files.
 */
final class MetricNames {
  private MetricNames() {}

  private static final List<String> LEVELS = List.of("3", "4", "5", "6", "7");

  /** Columns of runs.csv from {@code days_simulated} on: what distribution, heatmap and sobol charts draw. */
  static final Set<String> SUMMARY = names(List.of("days_simulated", "crisis_day", "episodes_total",
      "standoff_hours_median", "episodes_challenger_left", "episodes_target_left", "episodes_arrived",
      "episodes_partly_through", "episodes_turned_back", "episodes_crisis", "episodes_run_ended", "acts_total",
      "incidents_total", "reported_incidents_total", "acts_against_navies_level_4plus", "max_level", "crisis",
      "resupply_attempts", "resupply_through", "resupply_partial", "resupply_turned_back", "resupply_disrupted",
      "resupply_disrupted_share", "resupply_success_rate", "resupply_boats_through", "resupply_boats_turned_back",
      "resupply_delay_hours_mean", "interceptions", "vessels_damaged", "injuries", "joint_patrols", "fonops",
      "militia_daily_mean", "tension_mean_total"), List.of("acts_level_", "incidents_level_",
      "reported_incidents_level_"));

  /** Names in metrics.csv that carry tags ({@code name[nation,agency,feature]}). */
  static final Set<String> TAGGED = names(List.of("at_sea_days", "episodes", "fonops", "interceptions",
      "interception_distance_nm_mean", "missions_let_pass", "presence_calendar_days", "presence_ship_days",
      "presence_true_calendar_days", "presence_true_ship_days", "resupply_attempts", "resupply_boats_out",
      "resupply_boats_through", "resupply_boats_turned_back", "resupply_delay_hours_mean", "resupply_disrupted",
      "resupply_partial", "resupply_through", "resupply_turned_back", "tension_mean", "transit_hours_mean",
      "transits"), List.of("acts_against_level_", "incidents_level_", "reported_incidents_level_"));

  /** Series of timeseries.csv before their tags ({@code tension[CN-PH]} is a {@code tension} series). */
  static final Set<String> SERIES = names(List.of("tension", "on_station", "reported_incidents_total_cumulative",
      "resupply_attempts_cumulative", "resupply_through_or_partial_cumulative", "militia_at_features"),
      List.of("incidents_level_")).stream().map(n -> n.startsWith("incidents_level_") ? n + "_cumulative" : n)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static Set<String> names(List<String> plain, List<String> perLevel) {
    Set<String> s = new TreeSet<>(plain);
    for (String p : perLevel) {
      LEVELS.forEach(l -> s.add(p + l));
    }
    return Set.copyOf(s);
  }

  /**
   * Why a chart of this type cannot draw this metric whatever the runs give, or empty if it
   * may. Mirrors the lookups of org.seastate.analysis (ResultsData.resolveMetric and the charts).
   */
  static Optional<String> problem(String chartType, String metric) {
    List<String> known;
    String what;
    boolean ok;
    switch (chartType) {
      case "timeseries" -> {
        // dotted names of older results folders (tension.CN-PH) are read as tension[CN-PH]
        ok = SERIES.contains(metric.split("[\\[.]", 2)[0]);
        known = List.copyOf(new TreeSet<>(SERIES));
        what = "a series of timeseries.csv (optionally with its tags, e.g. tension[CN-PH] or on_station[CN])";
      }
      case "presence_vs_observed" -> {
        ok = TAGGED.contains(metric);
        known = TAGGED.stream().filter(n -> n.startsWith("presence_") || n.equals("at_sea_days")).sorted().toList();
        what = "a presence metric of metrics.csv";
      }
      case "distribution", "heatmap", "sobol" -> {
        int bracket = metric.indexOf('[');
        if (bracket > 0 && metric.endsWith("]")) {
          String base = metric.substring(0, bracket);
          ok = TAGGED.contains(base) || SUMMARY.contains(base);
          known = List.copyOf(new TreeSet<>(TAGGED));
          what = "a metric of metrics.csv before its [nation,agency,feature] tags (the tags are checked when"
              + " the chart is drawn)";
          metric = base;
        } else {
          ok = SUMMARY.contains(metric) || SUMMARY.contains(metric + "_total")
              || SUMMARY.contains(metric + "_mean_total");
          known = List.copyOf(new TreeSet<>(SUMMARY));
          what = "a column of runs.csv (incidents for incidents_total, tension for tension_mean_total), or a"
              + " tagged metric name[nation,agency,feature]";
        }
      }
      default -> {
        return Optional.empty(); // incidents_by_level draws no chosen metric
      }
    }
    if (ok) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>(known);
    String names = known.size() <= 12 ? "; known names: " + String.join(", ", known)
        : "; the names are listed in results/README.md";
    return Optional.of("unknown metric '" + metric + "' for a " + chartType + " chart; expected " + what
        + Suggest.hint(metric, candidates) + names);
  }
}
