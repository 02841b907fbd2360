package org.seastate.analysis;

import java.util.Map;

/**
 * Which summary metrics the model is calibrated against observations (seastate calibrate, the
 * 2023 targets of scenarios/observations) and which it is not, so a report never shows an
 * absolute count without saying whether it was held against the record. The sweep package's
 * calibration targets are the source; a test keeps this table in step with them.
 */
public final class CalibrationStatus {
  /** Untagged runs.csv metrics fitted or checked against 2023 observations. */
  static final Map<String, String> CALIBRATED = Map.of(
      "militia_daily_mean", "calibrated: AMTI militia count, 2023",
      "reported_incidents_level_5", "calibrated: collisions in the 2023 public record",
      "reported_incidents_level_4", "calibrated against the Philippines only: 2023 public record",
      "resupply_disrupted_share", "calibrated: Second Thomas Shoal resupply runs, 2023");

  /** Tagged metrics (by name before the tags) fitted against AMTI presence. */
  static final Map<String, String> CALIBRATED_TAGGED = Map.of(
      "presence_calendar_days", "calibrated: AMTI presence, 2023",
      "presence_ship_days", "calibrated: AMTI ship-days, five features, 2023");

  /** The label for reports. */
  public static final String NOT_CALIBRATED = "not calibrated";

  private CalibrationStatus() {}

  /** "calibrated: …" with what the metric is held against, or {@link #NOT_CALIBRATED}. */
  public static String of(String metric) {
    if (metric.endsWith("]") && metric.contains("[")) {
      return CALIBRATED_TAGGED.getOrDefault(metric.substring(0, metric.indexOf('[')), NOT_CALIBRATED);
    }
    return CALIBRATED.getOrDefault(metric, NOT_CALIBRATED);
  }

  /** The names (untagged metrics, and tagged ones before their tags) labelled calibrated. */
  public static java.util.Set<String> calibratedNames() {
    java.util.Set<String> all = new java.util.TreeSet<>(CALIBRATED.keySet());
    all.addAll(CALIBRATED_TAGGED.keySet());
    return all;
  }

  public static boolean calibrated(String metric) {
    return !of(metric).equals(NOT_CALIBRATED);
  }
}
