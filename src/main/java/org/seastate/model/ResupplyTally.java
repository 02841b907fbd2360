package org.seastate.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resupply runs of a run, counted per nation and outpost: attempts, how they ended, the
 * boats sent, through and turned back, and the sailing hours lost to blocking. {@link RunMetrics}
 * keeps one and adds its totals and its per-outpost metrics to the run's summary.
 */
final class ResupplyTally {
  /** Per nation|outpost: attempts, through, partial, turned back, disrupted, boats out, boats through, boats turned back. */
  private final Map<String, long[]> counts = new TreeMap<>();
  /** Per nation|outpost: hours of sailing the boats lost to blocking. */
  private final Map<String, double[]> delay = new TreeMap<>();
  private long attempts;
  private long successes;

  void started(String nation, String outpost) {
    counts.computeIfAbsent(nation + "|" + outpost, k -> new long[8])[0]++;
    attempts++;
  }

  void finished(String nation, String outpost, ResupplyRun run) {
    String key = nation + "|" + outpost;
    long[] r = counts.computeIfAbsent(key, k -> new long[8]);
    switch (run.outcome) {
      case THROUGH -> r[1]++;
      case PARTIAL -> r[2]++;
      case TURNED_BACK -> r[3]++;
    }
    if (run.disrupted()) {
      r[4]++;
    }
    r[5] += run.boatsOut;
    r[6] += run.boatsThrough;
    r[7] += run.boatsTurnedBack;
    delay.computeIfAbsent(key, k -> new double[1])[0] += run.delayHours;
    if (run.outcome != ResupplyRun.Outcome.TURNED_BACK) {
      successes++;
    }
  }

  /** Runs started so far. */
  long attempts() {
    return attempts;
  }

  /** Runs that got through, wholly or partly, so far. */
  long successes() {
    return successes;
  }

  /** The run's totals over all nations and outposts. */
  void addTotals(List<Metric> m) {
    long[] rs = new long[8];
    double delayHours = 0;
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      for (int i = 0; i < rs.length; i++) {
        rs[i] += e.getValue()[i];
      }
      delayHours += delay.getOrDefault(e.getKey(), new double[1])[0];
    }
    m.add(Metric.of("resupply_attempts", attempts));
    m.add(Metric.of("resupply_through", rs[1]));
    m.add(Metric.of("resupply_partial", rs[2]));
    m.add(Metric.of("resupply_turned_back", rs[3]));
    m.add(Metric.of("resupply_disrupted", rs[4]));
    long finished = rs[1] + rs[2] + rs[3];
    m.add(Metric.of("resupply_disrupted_share", finished == 0 ? Double.NaN : (double) rs[4] / finished));
    m.add(Metric.of("resupply_success_rate", finished == 0 ? Double.NaN : (double) (rs[1] + rs[2]) / finished));
    m.add(Metric.of("resupply_boats_through", rs[6]));
    m.add(Metric.of("resupply_boats_turned_back", rs[7]));
    m.add(Metric.of("resupply_delay_hours_mean", rs[5] == 0 ? Double.NaN : delayHours / rs[5]));
  }

  /** The same counts per nation and outpost, as tagged metrics. */
  void addByOutpost(List<Metric> m) {
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      long[] r = e.getValue();
      m.add(new Metric("resupply_attempts", k[0], "", k[1], r[0]));
      m.add(new Metric("resupply_through", k[0], "", k[1], r[1]));
      m.add(new Metric("resupply_partial", k[0], "", k[1], r[2]));
      m.add(new Metric("resupply_turned_back", k[0], "", k[1], r[3]));
      m.add(new Metric("resupply_disrupted", k[0], "", k[1], r[4]));
      m.add(new Metric("resupply_boats_out", k[0], "", k[1], r[5]));
      m.add(new Metric("resupply_boats_through", k[0], "", k[1], r[6]));
      m.add(new Metric("resupply_boats_turned_back", k[0], "", k[1], r[7]));
      m.add(new Metric("resupply_delay_hours_mean", k[0], "", k[1],
          r[5] == 0 ? Double.NaN : delay.get(e.getKey())[0] / r[5]));
    }
  }
}
