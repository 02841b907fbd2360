package org.seastate.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.seastate.geo.Place;
import org.seastate.scenario.Agency;
import org.seastate.scenario.FleetEntry;
import org.seastate.scenario.Scenario;

/**
 * Counts what a run does and turns it into the daily series and the run summary: episodes,
 * acts and incidents (true and reported), resupply outcomes, interceptions, transits, tension.
 * Presence at features, measured as AMTI measures it, is {@link PresenceObserver}'s; each day
 * report carries its counts, and the summary's presence metrics are the last day's.
 */
final class RunMetrics {
  /** Agency.values() allocates a new array on every call; hot loops use this copy. */
  private static final Agency[] AGENCIES = Agency.values();

  private final SeaStateSim sim;
  private final List<String> nations;
  /** Presence at features (the day reports' counts, the GUI's, the summary's), militia counts, days at sea. */
  final PresenceObserver presence;
  private final int groups; // nation × agency

  private final Map<String, double[]> transit = new TreeMap<>(); // key → {hours, count}
  private final ResupplyTally resupply = new ResupplyTally();
  private final Map<String, Long> fonops = new TreeMap<>();
  /** Acts (hours at level 3 or more) against vessels, by (nation index × agencies + agency) then level; null until the first. */
  private final long[][] actsAgainst;
  private final long[] actsByLevel = new long[EscalationLadder.LEVELS];
  /** Incidents by victim nation then level: true, and reported. */
  private final long[][] incidents;
  private final long[][] reportedIncidents;
  private final long[] incidentsByLevel = new long[EscalationLadder.LEVELS];
  private final long[] reportedByLevel = new long[EscalationLadder.LEVELS];
  private final Map<EpisodeEnd, Long> ends = new java.util.EnumMap<>(EpisodeEnd.class);
  /** Episodes by "challenger:target|feature". */
  private final Map<String, Long> episodesByPair = new TreeMap<>();
  /** Durations of standoffs, hours. */
  private final List<Long> standoffHours = new ArrayList<>();
  /** Interceptions by "nation|feature": {count, summed distance nm, let pass}. */
  private final Map<String, double[]> interceptions = new TreeMap<>();
  private long episodes;
  private long damaged;
  private long injuries;
  private long jointPatrols;
  private int maxLevel;
  private final List<String> dyads = new ArrayList<>();
  private final double[] tensionSum;
  private int daysObserved;
  // Names of the daily series, built once per run (not once per day).
  private static final String[] INCIDENT_KEYS = new String[EscalationLadder.LEVELS];
  private final String[] tensionKeys;
  private final String[] onStationKeys;
  /** Per on-station series: the group (nation index × agencies + agency) it counts. */
  private final int[] onStationGroup;
  private final int seriesCount;

  static {
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      INCIDENT_KEYS[l] = "incidents_cumulative.level_" + l;
    }
  }

  RunMetrics(SeaStateSim sim) {
    this.sim = sim;
    Scenario sc = sim.context().scenario();
    this.nations = List.copyOf(sc.nations().keySet());
    presence = new PresenceObserver(sim, nations);
    groups = nations.size() * AGENCIES.length;
    actsAgainst = new long[groups][];
    incidents = new long[nations.size()][EscalationLadder.LEVELS];
    reportedIncidents = new long[nations.size()][EscalationLadder.LEVELS];
    for (int i = 0; i < nations.size(); i++) {
      for (int j = i + 1; j < nations.size(); j++) {
        dyads.add(Tension.dyad(nations.get(i), nations.get(j)));
      }
    }
    tensionSum = new double[dyads.size()];
    tensionKeys = dyads.stream().map(x -> "tension." + x).toArray(String[]::new);
    List<String> keys = new ArrayList<>();
    List<Integer> keyGroups = new ArrayList<>();
    for (int ni = 0; ni < nations.size(); ni++) {
      for (Agency a : agenciesOf(nations.get(ni))) {
        keys.add("on_station." + nations.get(ni) + "." + a.key());
        keyGroups.add(ni * AGENCIES.length + a.ordinal());
      }
    }
    onStationKeys = keys.toArray(String[]::new);
    onStationGroup = keyGroups.stream().mapToInt(Integer::intValue).toArray();
    seriesCount = tensionKeys.length + onStationKeys.length + EscalationLadder.LEVELS + 4;
  }

  /** Hourly: who is at which feature, who is at sea. */
  void observeHour() {
    presence.observeHour(sim.dayIndex());
  }

  /** End of a day: fold the day's observations and report the daily series. */
  void endOfDay(int day) {
    int militiaToday = presence.endOfDay();
    Map<String, Double> series = new LinkedHashMap<>(2 * seriesCount);
    int d = 0;
    for (int i = 0; i < nations.size(); i++) {
      for (int j = i + 1; j < nations.size(); j++) {
        double t = sim.tension.get(i, j);
        tensionSum[d] += t;
        series.put(tensionKeys[d], t);
        d++;
      }
    }
    int[] onStation = new int[groups];
    for (Vessel v : sim.vesselsById()) {
      if (v.state == VesselState.ON_STATION) {
        onStation[v.hull().nationIndex() * AGENCIES.length + v.hull().agency().ordinal()]++;
      }
    }
    for (int k = 0; k < onStationKeys.length; k++) {
      series.put(onStationKeys[k], (double) onStation[onStationGroup[k]]);
    }
    long reportedSoFar = 0;
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      series.put(INCIDENT_KEYS[l], (double) incidentsByLevel[l]);
      reportedSoFar += reportedByLevel[l];
    }
    series.put("reported_incidents_cumulative", (double) reportedSoFar);
    series.put("resupply_attempts_cumulative", (double) resupply.attempts());
    series.put("resupply_successes_cumulative", (double) resupply.successes());
    series.put("militia_at_features", (double) militiaToday);
    daysObserved++;
    sim.emit(new DayReport(day, sim.context().date(day), series, presence.counts()));
  }

  private List<Agency> agenciesOf(String nation) {
    List<Agency> out = new ArrayList<>();
    for (Agency a : AGENCIES) {
      for (FleetEntry f : sim.context().scenario().fleet(nation)) {
        if (sim.context().scenario().vesselClass(f.vesselClass()).agency() == a && !out.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  // ----- events from the model ----------------------------------------------------------------

  void transit(Vessel v, Mission m, long hours) {
    String key = v.hull().nation() + "|" + v.hull().agency().key() + "|" + (m == null ? "" : m.tasking().place().id());
    double[] t = transit.computeIfAbsent(key, k -> new double[2]);
    t[0] += hours;
    t[1]++;
  }

  void resupplyStarted(String nation, String outpost) {
    resupply.started(nation, outpost);
  }

  void resupplyFinished(String nation, String outpost, ResupplyRun run) {
    resupply.finished(nation, outpost, run);
  }

  void fonop(String nation) {
    fonops.merge(nation, 1L, Long::sum);
  }

  void jointPatrol() {
    jointPatrols++;
  }

  /** A side acted at level 3 or more this hour. */
  void act(int actor, int victimNation, Agency victimAgency, int level) {
    int k = victimNation * AGENCIES.length + victimAgency.ordinal();
    if (actsAgainst[k] == null) {
      actsAgainst[k] = new long[EscalationLadder.LEVELS];
    }
    actsAgainst[k][level]++;
    actsByLevel[level]++;
    maxLevel = Math.max(maxLevel, level);
  }

  /** An incident (one episode's acts against one side on one day) closed. */
  void incident(int victimNation, int level, boolean reported) {
    incidents[victimNation][level]++;
    incidentsByLevel[level]++;
    if (reported) {
      reportedIncidents[victimNation][level]++;
      reportedByLevel[level]++;
    }
  }

  void interception(Encounter e) {
    double[] x = interceptions.computeIfAbsent(e.contact.challenger() + "|" + e.contact.featureId(), k -> new double[3]);
    x[0]++;
    x[1] += e.contact.distanceNm();
  }

  /** A blockading nation let a mission through its band unchallenged. */
  void letPass(int nation, Place feature) {
    interceptions.computeIfAbsent(nations.get(nation) + "|" + feature.id(), k -> new double[3])[2]++;
  }

  void episodeClosed(Encounter e) {
    episodes++;
    maxLevel = Math.max(maxLevel, e.getMaxLevel());
    ends.merge(e.end, 1L, Long::sum);
    episodesByPair.merge(e.contact.challenger() + ":" + e.contact.target() + "|" + e.contact.featureId(), 1L, Long::sum);
    if (e.contact.kind() == EncounterKind.STANDOFF) {
      standoffHours.add(e.hours);
    }
    damaged += e.damaged;
    injuries += e.injuries;
  }

  // ----- the summary --------------------------------------------------------------------------

  RunSummary summary(int daysSimulated, Optional<Integer> crisisDay) {
    List<Metric> m = new ArrayList<>();
    long incidentsTotal = 0;
    long reportedTotal = 0;
    long acts = 0;
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      incidentsTotal += incidentsByLevel[l];
      reportedTotal += reportedByLevel[l];
      acts += actsByLevel[l];
    }
    m.add(Metric.of("episodes_total", episodes));
    m.add(Metric.of("standoff_hours_median", median(standoffHours)));
    for (EpisodeEnd end : EpisodeEnd.values()) {
      m.add(Metric.of("episodes_" + end.key(), ends.getOrDefault(end, 0L)));
    }
    m.add(Metric.of("acts_total", acts));
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      m.add(Metric.of("acts_level_" + l, actsByLevel[l]));
    }
    m.add(Metric.of("incidents_total", incidentsTotal));
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      m.add(Metric.of("incidents_level_" + l, incidentsByLevel[l]));
    }
    m.add(Metric.of("reported_incidents_total", reportedTotal));
    for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
      m.add(Metric.of("reported_incidents_level_" + l, reportedByLevel[l]));
    }
    long againstNavies = 0;
    for (int k = Agency.NAVY.ordinal(); k < actsAgainst.length; k += AGENCIES.length) {
      if (actsAgainst[k] != null) {
        for (int l = Coercion.COERCIVE_LEVEL; l < EscalationLadder.LEVELS; l++) {
          againstNavies += actsAgainst[k][l];
        }
      }
    }
    m.add(Metric.of("acts_against_navies_level_4plus", againstNavies));
    m.add(Metric.of("max_level", maxLevel));
    m.add(Metric.of("crisis", crisisDay.isPresent() ? 1 : 0));
    resupply.addTotals(m);
    long intercepted = 0;
    for (double[] x : interceptions.values()) {
      intercepted += (long) x[0];
    }
    m.add(Metric.of("interceptions", intercepted));
    m.add(Metric.of("vessels_damaged", damaged));
    m.add(Metric.of("injuries", injuries));
    m.add(Metric.of("joint_patrols", jointPatrols));
    m.add(Metric.of("fonops", fonops.values().stream().mapToLong(Long::longValue).sum()));
    m.add(Metric.of("militia_daily_mean", presence.militiaDailyMean(daysObserved)));
    double tensionMean = 0;
    for (double t : tensionSum) {
      tensionMean += t;
    }
    m.add(Metric.of("tension_mean_total", daysObserved == 0 ? 0 : tensionMean / daysObserved));

    // Tagged metrics.
    presence.addPresence(m);
    for (Map.Entry<String, double[]> e : transit.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      m.add(new Metric("transits", k[0], k[1], k[2], e.getValue()[1]));
      m.add(new Metric("transit_hours_mean", k[0], k[1], k[2], e.getValue()[0] / e.getValue()[1]));
    }
    resupply.addByOutpost(m);
    for (Map.Entry<String, double[]> e : interceptions.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      double[] x = e.getValue();
      m.add(new Metric("interceptions", k[0], "", k[1], x[0]));
      m.add(new Metric("interception_distance_nm_mean", k[0], "", k[1], x[0] == 0 ? Double.NaN : x[1] / x[0]));
      m.add(new Metric("missions_let_pass", k[0], "", k[1], x[2]));
    }
    for (Map.Entry<String, Long> e : episodesByPair.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      m.add(new Metric("episodes", k[0], "", k[1], e.getValue()));
    }
    // In the order of nation code, then agency key.
    Map<String, long[]> sortedActs = new TreeMap<>();
    for (int k = 0; k < actsAgainst.length; k++) {
      if (actsAgainst[k] != null) {
        sortedActs.put(nations.get(k / AGENCIES.length) + "|" + AGENCIES[k % AGENCIES.length].key(), actsAgainst[k]);
      }
    }
    for (Map.Entry<String, long[]> e : sortedActs.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
        m.add(new Metric("acts_against_level_" + l, k[0], k[1], "", e.getValue()[l]));
      }
    }
    List<String> sortedNations = new ArrayList<>(nations);
    java.util.Collections.sort(sortedNations);
    for (String code : sortedNations) {
      int ni = nations.indexOf(code);
      long any = 0;
      for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
        any += incidents[ni][l];
      }
      if (any == 0) {
        continue;
      }
      for (int l = Coercion.INCIDENT_LEVEL; l < EscalationLadder.LEVELS; l++) {
        m.add(new Metric("incidents_level_" + l, code, "", "", incidents[ni][l]));
        m.add(new Metric("reported_incidents_level_" + l, code, "", "", reportedIncidents[ni][l]));
      }
    }
    for (Map.Entry<String, Long> e : fonops.entrySet()) {
      m.add(new Metric("fonops", e.getKey(), "", "", e.getValue()));
    }
    presence.addAtSeaDays(m);
    for (int d = 0; d < dyads.size(); d++) {
      m.add(new Metric("tension_mean", dyads.get(d), "", "", daysObserved == 0 ? 0 : tensionSum[d] / daysObserved));
    }
    return new RunSummary(m, crisisDay, daysSimulated);
  }

  private static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
}
