package org.seastate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Scenario;

/**
 * Presence at features as the public sources measure it (AMTI's definitions): a vessel is
 * present at a feature on a day if it was within the feature's presence radius at any hour of
 * that day; <em>calendar days</em> count the days with at least one vessel of a nation and
 * agency present, <em>ship-days</em> add up the days each vessel was present. Also the militia
 * at features each day and the days each nation had a vessel at sea.
 *
 * <p>AMTI counts CCG ships from their AIS broadcasts, and ships go dark, so its counts are
 * minimum counts (FACTS §3.1). The scenario's {@code metrics.ais_daily_probability} gives, per
 * agency, the chance that a vessel broadcasts on a given day; a vessel counts towards
 * {@code presence_calendar_days} and {@code presence_ship_days} only on the days it broadcasts.
 * Whether it broadcasts is a keyed draw of (run seed, vessel id, day) ({@link ObservationModel}), so the
 * observation model never draws from the simulation's random stream and never changes what
 * happens at sea. For agencies with a probability below 1 the unfiltered counts are reported
 * too, as {@code presence_true_calendar_days} and {@code presence_true_ship_days}.
 */
final class PresenceObserver {
  private static final Agency[] AGENCIES = Agency.values();

  private final SeaStateSim sim;
  private final List<String> nations;
  private final List<Place> features;
  /** Features within their presence radius of each cell (shared by all runs). */
  private final FeatureCells near;
  private final int groups; // nation × agency
  private final boolean[] presentToday; // feature × group
  private final long[] calendarDays;
  private final long[] shipDays;
  private final boolean[] presentTodayTrue;
  private final long[] calendarDaysTrue;
  private final long[] shipDaysTrue;
  /**
   * The keys (feature × group) that have had a vessel present, increasing: the only ones the
   * end of a day and the tally have to visit.
   */
  private int[] presentKeys = new int[16];
  private int presentKeyCount;
  private final double[] aisByAgency;
  private final RandomDraws draws;
  private final int[][] lastDayAt; // vessel × feature
  private final int[] lastDayAnyFeature; // vessel
  /** Per vessel: the day its AIS draw was made, and the draw. */
  private final int[] aisDay;
  private final boolean[] aisSeen;
  /**
   * Per vessel: the day and cell it was last observed at. Observing it again in the same cell on
   * the same day changes nothing, and vessels on station stay in one cell for days.
   */
  private final int[] observedDay;
  private final int[] observedCell;
  private int militiaToday;
  private long militiaSum;
  private final boolean[] nationAtSeaToday;
  private final long[] nationAtSeaDays;
  /** The presence counts as of the end of the last day. */
  private FeaturePresence counts = FeaturePresence.NONE;

  PresenceObserver(SeaStateSim sim, List<String> nations) {
    this.sim = sim;
    this.nations = nations;
    Scenario sc = sim.context().scenario();
    near = FeatureCells.of(sim.context().theater(), sc, p -> sc.metrics().presenceRadiusOf(p.id()));
    features = near.features();
    groups = nations.size() * AGENCIES.length;
    presentToday = new boolean[features.size() * groups];
    calendarDays = new long[features.size() * groups];
    shipDays = new long[features.size() * groups];
    presentTodayTrue = new boolean[features.size() * groups];
    calendarDaysTrue = new long[features.size() * groups];
    shipDaysTrue = new long[features.size() * groups];
    aisByAgency = new double[AGENCIES.length];
    for (Agency a : AGENCIES) {
      aisByAgency[a.ordinal()] = sc.metrics().aisProbabilityOf(a);
    }
    draws = sim.draws;
    lastDayAt = new int[sim.vessels().size()][features.size()];
    for (int[] row : lastDayAt) {
      Arrays.fill(row, -1);
    }
    lastDayAnyFeature = new int[sim.vessels().size()];
    Arrays.fill(lastDayAnyFeature, -1);
    aisDay = new int[sim.vessels().size()];
    Arrays.fill(aisDay, -1);
    aisSeen = new boolean[sim.vessels().size()];
    observedDay = new int[sim.vessels().size()];
    Arrays.fill(observedDay, -1);
    observedCell = new int[sim.vessels().size()];
    nationAtSeaToday = new boolean[nations.size()];
    nationAtSeaDays = new long[nations.size()];
  }

  /** One hour: who is at which feature, who is at sea. */
  void observeHour(int day) {
    Vessel[] vs = sim.vesselsById();
    for (int i = 0; i < vs.length; i++) {
      Vessel v = vs[i];
      if (!v.state.atSea() || v.cell < 0 || (observedDay[i] == day && observedCell[i] == v.cell)) {
        continue;
      }
      observedDay[i] = day;
      observedCell[i] = v.cell;
      int ni = v.hull().nationIndex();
      nationAtSeaToday[ni] = true;
      int start = near.start(v.cell);
      if (start < 0) {
        continue;
      }
      int g = ni * AGENCIES.length + v.hull().agency().ordinal();
      double ais = aisByAgency[v.hull().agency().ordinal()];
      if (ais < 1 && aisDay[i] != day) { // whether it broadcasts is fixed for the day: draw it once
        aisDay[i] = day;
        aisSeen[i] = ObservationModel.broadcasts(draws, v.hull().id(), day, ais);
      }
      boolean seen = ais >= 1 || aisSeen[i];
      for (int k = start; near.at(k) >= 0; k++) {
        int f = near.at(k);
        int fg = f * groups + g;
        presentTodayTrue[fg] = true;
        if (seen) {
          presentToday[fg] = true;
        }
        if (lastDayAt[i][f] != day) {
          lastDayAt[i][f] = day;
          if (shipDaysTrue[fg]++ == 0) {
            addPresentKey(fg);
          }
          if (seen) {
            shipDays[fg]++;
          }
        }
      }
      if (v.hull().agency() == Agency.MILITIA && lastDayAnyFeature[i] != day) {
        lastDayAnyFeature[i] = day;
        militiaToday++;
      }
    }
  }

  private void addPresentKey(int key) {
    int at = -Arrays.binarySearch(presentKeys, 0, presentKeyCount, key) - 1;
    if (presentKeyCount == presentKeys.length) {
      presentKeys = Arrays.copyOf(presentKeys, 2 * presentKeys.length);
    }
    System.arraycopy(presentKeys, at, presentKeys, at + 1, presentKeyCount - at);
    presentKeys[at] = key;
    presentKeyCount++;
  }

  /** End of a day: folds the day's presence; returns the militia counted at features that day. */
  int endOfDay() {
    for (int j = 0; j < presentKeyCount; j++) {
      int k = presentKeys[j];
      if (presentToday[k]) {
        calendarDays[k]++;
        presentToday[k] = false;
      }
      if (presentTodayTrue[k]) {
        calendarDaysTrue[k]++;
        presentTodayTrue[k] = false;
      }
    }
    militiaSum += militiaToday;
    for (int i = 0; i < nations.size(); i++) {
      if (nationAtSeaToday[i]) {
        nationAtSeaDays[i]++;
        nationAtSeaToday[i] = false;
      }
    }
    int militia = militiaToday;
    militiaToday = 0;
    counts = tally();
    return militia;
  }

  double militiaDailyMean(int daysObserved) {
    return daysObserved == 0 ? 0 : (double) militiaSum / daysObserved;
  }

  /**
   * The presence counts as of the end of the last day (none before the first day ends): what the
   * day report carries, and what the summary's presence metrics are made of.
   */
  FeaturePresence counts() {
    return counts;
  }

  /** The counts so far: every feature, nation and agency that has had a vessel present, broadcasting or not. */
  private FeaturePresence tally() {
    List<FeaturePresence.Count> out = new ArrayList<>(presentKeyCount);
    for (int j = 0; j < presentKeyCount; j++) {
      int k = presentKeys[j];
      Agency a = AGENCIES[k % AGENCIES.length];
      out.add(new FeaturePresence.Count(features.get(k / groups).id(), nations.get(k % groups / AGENCIES.length), a,
          calendarDays[k], shipDays[k], calendarDaysTrue[k], shipDaysTrue[k], aisByAgency[a.ordinal()] < 1));
    }
    return out.isEmpty() ? FeaturePresence.NONE : new FeaturePresence(out);
  }

  /**
   * Who is present now: the vessels at sea within each feature's presence radius, by the rule
   * {@link #observeHour} counts them by, every vessel counted. Asked for by the GUI; a batch run
   * never computes it.
   */
  List<FeaturePresence.Present> presentNow() {
    int[] count = new int[features.size() * groups];
    for (Vessel v : sim.vessels()) {
      int start = v.state.atSea() ? near.start(v.cell) : -1;
      if (start < 0) {
        continue;
      }
      int g = v.hull().nationIndex() * AGENCIES.length + v.hull().agency().ordinal();
      for (int k = start; near.at(k) >= 0; k++) {
        count[near.at(k) * groups + g]++;
      }
    }
    List<FeaturePresence.Present> out = new ArrayList<>();
    for (int k = 0; k < count.length; k++) {
      if (count[k] > 0) {
        int g = k % groups;
        out.add(new FeaturePresence.Present(features.get(k / groups).id(), nations.get(g / AGENCIES.length),
            AGENCIES[g % AGENCIES.length], count[k]));
      }
    }
    return out;
  }

  /**
   * The presence metrics, by feature, nation and agency: the counts of the run's last day, the
   * unfiltered ones only for agencies whose vessels do not always broadcast.
   */
  void addPresence(List<Metric> m) {
    for (FeaturePresence.Count c : counts.counts()) {
      String agency = c.agency().key();
      m.add(new Metric("presence_calendar_days", c.nation(), agency, c.feature(), c.calendarDays()));
      m.add(new Metric("presence_ship_days", c.nation(), agency, c.feature(), c.shipDays()));
      if (c.aisFiltered()) {
        m.add(new Metric("presence_true_calendar_days", c.nation(), agency, c.feature(), c.trueCalendarDays()));
        m.add(new Metric("presence_true_ship_days", c.nation(), agency, c.feature(), c.trueShipDays()));
      }
    }
  }

  /** Days on which each nation had a vessel at sea. */
  void addAtSeaDays(List<Metric> m) {
    for (int i = 0; i < nations.size(); i++) {
      m.add(new Metric("at_sea_days", nations.get(i), "", "", nationAtSeaDays[i]));
    }
  }
}
