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
 */
public record DayReport(int day, LocalDate date, Map<String, Double> series) {}
