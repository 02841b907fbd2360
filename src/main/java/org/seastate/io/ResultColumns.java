package org.seastate.io;

import java.util.List;

/**
 * The fixed column names of the result files. Golden-file tests pin them: renaming a column is
 * a change of file format and must be documented in results/README.md.
 */
public final class ResultColumns {
  private ResultColumns() {}

  /** runs.csv starts with these; factor columns and summary metrics follow. */
  public static final List<String> RUNS_LEAD =
      List.of("run_id", "point", "replicate", "seed", "status", "error");

  public static final List<String> RUNS_TAIL_FIXED = List.of("days_simulated", "crisis_day");

  public static final List<String> METRICS =
      List.of("run_id", "metric", "nation", "agency", "feature", "value");

  public static final List<String> TIMESERIES = List.of("run_id", "day", "date", "series", "value");

  public static final List<String> EVENTS = List.of(
      "run_id", "row", "episode_id", "kind", "tick", "date", "hours", "feature", "lat", "lon",
      "distance_nm", "challenger", "target", "challenger_agencies", "target_agencies", "target_mission",
      "vessels", "level", "level_name", "challenger_max_level", "target_max_level", "end",
      "damaged", "injuries", "incidents", "reported");
}
