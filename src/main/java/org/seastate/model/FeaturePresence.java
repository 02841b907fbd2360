package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.scenario.Agency;

/**
 * Presence at features as the run measures it, once, for everyone who reads it: the run summary's
 * {@code presence_*} metrics, the day reports and the GUI's feature inspector all take these
 * counts (see {@link PresenceObserver} for the definitions: a feature's presence radius, AMTI's
 * calendar days and ship-days, the AIS filter).
 *
 * <p>A day report carries the counts as of the end of its day; {@link SeaStateSim#presentAtFeatures()}
 * gives who is present in the current hour, by the same rule.
 *
 * @param counts one per feature, nation and agency that has had a vessel present (AIS or not), in
 *     the order of the features ({@link RunContext#presenceFeatures()}), then the scenario's
 *     nations, then the agencies: the order of the metrics
 */
public record FeaturePresence(List<Count> counts) {
  /** No presence yet. */
  public static final FeaturePresence NONE = new FeaturePresence(List.of());

  public FeaturePresence {
    counts = List.copyOf(counts);
  }

  /**
   * The counts of one nation's agency at one feature since the run started.
   *
   * @param feature the feature's place id
   * @param nation nation code
   * @param agency the vessels' agency
   * @param calendarDays days with at least one broadcasting vessel present ({@code presence_calendar_days})
   * @param shipDays days each broadcasting vessel was present, summed ({@code presence_ship_days})
   * @param trueCalendarDays as {@code calendarDays}, every vessel counted ({@code presence_true_calendar_days})
   * @param trueShipDays as {@code shipDays}, every vessel counted ({@code presence_true_ship_days})
   * @param aisFiltered whether the agency broadcasts on fewer than all days
   *     ({@code metrics.ais_daily_probability} below 1), so that the two kinds of count can differ
   */
  public record Count(String feature, String nation, Agency agency, long calendarDays, long shipDays,
      long trueCalendarDays, long trueShipDays, boolean aisFiltered) {}

  /**
   * Vessels of one nation's agency within a feature's presence radius in the current hour, every
   * vessel counted (whether it broadcasts or not).
   */
  public record Present(String feature, String nation, Agency agency, int vessels) {}

  /** The counts at one feature, in order. */
  public List<Count> at(String feature) {
    List<Count> out = new ArrayList<>();
    for (Count c : counts) {
      if (c.feature().equals(feature)) {
        out.add(c);
      }
    }
    return out;
  }
}
