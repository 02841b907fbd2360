package org.seastate.gui;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.seastate.geo.Place;

/**
 * A contested feature as its inspector shows it: who is within its presence radius now, and
 * counters since the run started (calendar days with at least one vessel present, and
 * ship-days, per nation), measured the way {@code RunMetrics} measures presence.
 */
public final class FeatureView {
  private final Place place;
  private final double radiusNm;
  final Map<String, Integer> presentNow = new TreeMap<>();
  final Map<String, Integer> presentNowByAgency = new TreeMap<>();
  final Map<String, Integer> calendarDays = new TreeMap<>();
  final Map<String, Double> shipHours = new TreeMap<>();

  FeatureView(Place place, double radiusNm) {
    this.place = place;
    this.radiusNm = radiusNm;
  }

  public Place place() {
    return place;
  }

  /** Vessels present now by nation. */
  public Map<String, Integer> presentNow() {
    return presentNow;
  }

  /** Calendar days with presence so far by nation (today counts once anyone was there). */
  public Map<String, Integer> calendarDays() {
    return calendarDays;
  }

  public String getName() {
    return place.name();
  }

  public String getId() {
    return place.id();
  }

  public String getHolder() {
    return place.holder().isEmpty() ? "unoccupied" : place.holder();
  }

  public double getPresenceRadiusNm() {
    return radiusNm;
  }

  public int getVesselsPresent() {
    return presentNow.values().stream().mapToInt(Integer::intValue).sum();
  }

  public String getPresentNow() {
    return join(presentNow, "%d");
  }

  public String getPresentByAgency() {
    return join(presentNowByAgency, "%d");
  }

  public String getPresenceDays() {
    return join(calendarDays, "%d");
  }

  public String getShipDays() {
    Map<String, Double> days = new TreeMap<>();
    shipHours.forEach((k, v) -> days.put(k, v / 24.0));
    return join(days, "%.1f");
  }

  private static String join(Map<String, ? extends Number> m, String fmt) {
    if (m.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(k).append(' ').append(String.format(Locale.ROOT, fmt, v));
    });
    return b.toString();
  }

  @Override
  public String toString() {
    return place.name();
  }
}
