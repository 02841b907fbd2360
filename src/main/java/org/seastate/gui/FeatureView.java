package org.seastate.gui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.seastate.geo.Place;
import org.seastate.model.FeaturePresence;

/**
 * A contested feature as its inspector shows it. Nothing here is counted by the GUI: the model
 * measures presence once ({@code model.PresenceObserver}) and this view shows its numbers, so
 * they are the run's {@code presence_*} metrics.
 *
 * <ul>
 *   <li><em>Present now</em>: the vessels within the feature's presence radius this hour, by
 *       nation and by nation and agency, every vessel counted
 *       ({@link org.seastate.model.SeaStateSim#presentAtFeatures()}).
 *   <li><em>Presence days</em> and <em>ship-days</em>, by nation and agency, since the run started,
 *       as of the end of the last full day (the day report's {@link FeaturePresence}): calendar days
 *       with at least one vessel present, and the days each vessel was present, counting only the
 *       days a vessel broadcast on AIS ({@code metrics.ais_daily_probability}), as AMTI counts
 *       them; at the end of a run they equal {@code presence_calendar_days} and
 *       {@code presence_ship_days} in metrics.csv.
 *   <li><em>True presence days</em> and <em>true ship-days</em>: the same with every vessel
 *       counted, broadcasting or not ({@code presence_true_*}).
 * </ul>
 *
 * <p>A vessel is present when it is at sea in a raster cell whose centre lies within the radius
 * ({@code metrics.presence_radius_nm}, per feature) of the feature.
 */
public final class FeatureView {
  private final Place place;
  private final double radiusNm;
  private volatile List<FeaturePresence.Present> now = List.of();
  private volatile List<FeaturePresence.Count> counts = List.of();

  FeatureView(Place place, double radiusNm) {
    this.place = place;
    this.radiusNm = radiusNm;
  }

  /** The vessels present this hour at this feature (the model's list, this feature's entries). */
  void showPresentNow(List<FeaturePresence.Present> present) {
    now = present.stream().filter(p -> p.feature().equals(place.id())).toList();
  }

  /** The counts of a day report at this feature. */
  void showCounts(FeaturePresence presence) {
    counts = presence.at(place.id());
  }

  public Place place() {
    return place;
  }

  /** Vessels present now by nation. */
  public Map<String, Integer> presentNow() {
    Map<String, Integer> out = new TreeMap<>();
    now.forEach(p -> out.merge(p.nation(), p.vessels(), Integer::sum));
    return out;
  }

  /** Vessels present now by nation and agency, keyed "CN coast_guard". */
  public Map<String, Integer> presentNowByAgency() {
    Map<String, Integer> out = new TreeMap<>();
    now.forEach(p -> out.merge(key(p.nation(), p.agency().key()), p.vessels(), Integer::sum));
    return out;
  }

  /** Calendar days with presence by nation and agency, as the metric {@code presence_calendar_days}. */
  public Map<String, Long> calendarDays() {
    return byGroup(FeaturePresence.Count::calendarDays);
  }

  /** Ship-days by nation and agency, as the metric {@code presence_ship_days}. */
  public Map<String, Long> shipDays() {
    return byGroup(FeaturePresence.Count::shipDays);
  }

  /** Calendar days by nation and agency, every vessel counted ({@code presence_true_calendar_days}). */
  public Map<String, Long> trueCalendarDays() {
    return byGroup(FeaturePresence.Count::trueCalendarDays);
  }

  /** Ship-days by nation and agency, every vessel counted ({@code presence_true_ship_days}). */
  public Map<String, Long> trueShipDays() {
    return byGroup(FeaturePresence.Count::trueShipDays);
  }

  private Map<String, Long> byGroup(ToLongFunction<FeaturePresence.Count> value) {
    Map<String, Long> out = new TreeMap<>();
    for (FeaturePresence.Count c : counts) {
      long v = value.applyAsLong(c);
      if (v > 0) {
        out.put(key(c.nation(), c.agency().key()), v);
      }
    }
    return out;
  }

  private static String key(String nation, String agency) {
    return nation + " " + agency;
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
    return now.stream().mapToInt(FeaturePresence.Present::vessels).sum();
  }

  public String getPresentNow() {
    return join(presentNow());
  }

  public String getPresentByAgency() {
    return join(presentNowByAgency());
  }

  public String getPresenceDays() {
    return join(calendarDays());
  }

  public String getShipDays() {
    return join(shipDays());
  }

  public String getTruePresenceDays() {
    return join(trueCalendarDays());
  }

  public String getTrueShipDays() {
    return join(trueShipDays());
  }

  private static String join(Map<String, ? extends Number> m) {
    if (m.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(k).append(' ').append(String.format(Locale.ROOT, "%d", v.longValue()));
    });
    return b.toString();
  }

  @Override
  public String toString() {
    return place.name();
  }
}
