package org.seastate.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way a result file names a broken-down quantity in a single text field:
 * {@code name[tag,tag,...]}, the tags in the order nation, agency, feature with empty ones left
 * out, as the analysis names tagged metrics of metrics.csv ({@code at_sea_days[JP]},
 * {@code presence_calendar_days[CN,coast_guard,scarborough-shoal]}).
 *
 * <p>The model's day reports use dotted keys ({@code on_station.CN.coast_guard}), which the GUI
 * reads; they are renamed here, when timeseries.csv is written, so the files share one syntax
 * and one vocabulary: a series {@code <metric>_cumulative} is the running total of the metric of
 * that name in runs.csv ({@code incidents_level_4_cumulative} ends at {@code incidents_level_4}).
 */
public final class SeriesNames {
  private SeriesNames() {}

  /** Renamed without tags: the day-report key to the name in timeseries.csv. */
  private static final Map<String, String> PLAIN = Map.of(
      "reported_incidents_cumulative", "reported_incidents_total_cumulative",
      "resupply_successes_cumulative", "resupply_through_or_partial_cumulative");

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  /**
   * The timeseries.csv name of a day-report key (or of a series name of an older results folder).
   * Names already in the file syntax are returned unchanged.
   */
  public static String csvName(String key) {
    String cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    String name = convert(key);
    if (CACHE.size() < 10_000) {
      CACHE.put(key, name);
    }
    return name;
  }

  private static String convert(String key) {
    if (key.endsWith("]")) {
      return key;
    }
    String plain = PLAIN.get(key);
    if (plain != null) {
      return plain;
    }
    if (key.startsWith("incidents_cumulative.level_")) {
      return "incidents_level_" + key.substring("incidents_cumulative.level_".length()) + "_cumulative";
    }
    int dot = key.indexOf('.');
    if (dot < 0) {
      return key;
    }
    return key.substring(0, dot) + "[" + key.substring(dot + 1).replace('.', ',') + "]";
  }

  /** The name before its tags: {@code on_station} for {@code on_station[CN,navy]}. */
  public static String base(String name) {
    int b = name.indexOf('[');
    return b < 0 ? name : name.substring(0, b);
  }

  /**
   * Whether {@code name} is the series {@code wanted} or one of its breakdowns: {@code tension}
   * matches every {@code tension[..]}, {@code on_station[CN]} matches {@code on_station[CN,navy]}.
   */
  public static boolean matches(String name, String wanted) {
    if (name.equals(wanted)) {
      return true;
    }
    if (!wanted.endsWith("]")) {
      return name.startsWith(wanted + "[");
    }
    String open = wanted.substring(0, wanted.length() - 1);
    return name.startsWith(open + ",");
  }
}
