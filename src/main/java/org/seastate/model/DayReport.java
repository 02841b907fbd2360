package org.seastate.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The observations of one simulated day.
 *
 * @param day 0-based day of the run
 * @param date calendar day
 * @param series series name to value, in a stable order (e.g. {@code tension.CN-PH},
 *     {@code on_station.CN.coast_guard}, {@code incidents_cumulative.level_4},
 *     {@code resupply_successes_cumulative})
 * @param presence presence at features since the run started, as of the end of this day: the
 *     counts the run summary's {@code presence_*} metrics and the GUI's feature inspector show
 */
public record DayReport(int day, LocalDate date, Map<String, Double> series, FeaturePresence presence) {

  /** A day's series without presence counts. */
  public DayReport(int day, LocalDate date, Map<String, Double> series) {
    this(day, date, series, FeaturePresence.NONE);
  }
}
