package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;
import org.seastate.model.RunListener;
import org.seastate.model.RunSummary;
import org.seastate.model.SeaEvent;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioWriter;

/**
 * Every kind of value in the starter scenarios changes some output: for each key of the format
 * (all its instances at once, e.g. every vessel class's {@code sensor_nm}, moved up and down in
 * turn so that ratios change too), the values are moved and a one-year run with the same seed is
 * compared with the unchanged one: in baseline-2023, then (for the keys that changed nothing)
 * in raa-2025, then in baseline-2023 with a China that climbs to the top rungs, and that again
 * with no cost of defence commitments. Compared are the summary metrics, the event log and the
 * daily series a results folder keeps. A key whose change leaves all of them as they were in
 * every pass is listed; the list must be empty except for the keys below, each with its reason.
 */
class ScenarioValuesMatterIT {
  private static final int DAYS = 365;
  private static final long[] SEEDS = {1};
  private static final List<String> SCENARIOS = List.of("scenarios/baseline-2023.yaml", "scenarios/raa-2025.yaml",
      "scenarios/baseline-2023.yaml", "scenarios/baseline-2023.yaml");
  /**
   * The last pass: baseline-2023 with a China that climbs the ladder against coast guards
   * (resolve 2.5, boarding and armed clash allowed, coast-guard targets cheap, a wide blockade).
   */
  private static final Map<String, Object> HIGH_RUNGS = Map.of("nations.CN.posture.resolve", 2.5,
      "nations.CN.posture.roe_cap.coast_guard", 7L, "escalation.target_risk.coast_guard", 0.5,
      "policies.CN.blockades.0.band_nm", 30.0);

  /** Keys that change nothing in the starter scenarios but are kept, with the reason. */
  private static final Map<String, String> INERT_IN_STARTERS = Map.ofEntries(
      Map.entry("outputs.tables.*", "chooses which result files are written, not what is simulated"
          + " (OutputsCommandTest)"),
      Map.entry("outputs.event_vessels", "as outputs.tables.*"),
      Map.entry("escalation.stop_on_crisis", "no armed clash happens in these runs; with one the run stops"
          + " (EncounterRulesTest.stopOnCrisisEndsTheRunAtTheFirstArmedClash)"),
      Map.entry("escalation.w_commitment", "China stays below the US-PH commitment's rung (6) against the covered"
          + " navy and coast guard even with the commitment gone: the gray zone; EncounterRulesTest"
          + ".aCommitmentAtRungSixMovesCoercionBelowIt shows the commitment's effect when China climbs to it"),
      Map.entry("agreements.*.effects.*.defense_commitment.strength", "as escalation.w_commitment"),
      Map.entry("nations.*.posture.default_stake", "every feature where episodes happen or the allocation sends"
          + " hulls in these runs is on the stakes list; CommandAdaptationTest.theDefaultStakePricesFeaturesOffTheList"
          + " shows it pricing a feature off the list"),
      Map.entry("policies.*.allocation.station_days", "the starter allocations only reinforce listed stations, whose"
          + " tours are the presence entries' station_days; CommandAdaptationTest"
          + ".allocationStationDaysSetTheToursOfTheStationsItOpens shows it setting the tours of stations it opens"));

  @Test
  void everyKindOfValueChangesSomeOutput() throws Exception {
    Theater theater = Theater.standard();
    ScenarioLoader loader = new ScenarioLoader(theater);
    java.util.Set<String> inert = null;
    List<String> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int pass = 0; pass < SCENARIOS.size(); pass++) {
        String file = SCENARIOS.get(pass);
        Scenario base = loader.loadScenario(Path.of(file));
        if (pass >= 2) {
          base = loader.withOverrides(base, HIGH_RUNGS);
        }
        if (pass == 3) {
          base = loader.withOverrides(base, Map.of("escalation.w_commitment", 0.0)); // nothing deters the top rungs
        }
        Scenario scenario = base;
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(ScenarioWriter.toYaml(base));
        Map<String, List<Map.Entry<String, JsonNode>>> byKey = new TreeMap<>();
        collect(tree, "", "", byKey);
        List<Outcome> reference = runs(scenario, theater);
        Map<String, java.util.concurrent.Future<Boolean>> same = new TreeMap<>();
        for (Map.Entry<String, List<Map.Entry<String, JsonNode>>> k : byKey.entrySet()) {
          if (k.getKey().startsWith("horizon.") || k.getKey().startsWith("theater.")
              || (inert != null && !inert.contains(k.getKey()))) {
            continue; // the calendar and the map box; or a key an earlier pass has shown to matter
          }
          Map<String, Object> moved = new LinkedHashMap<>();
          int i = 0;
          for (Map.Entry<String, JsonNode> leaf : k.getValue()) {
            Object v = moved(k.getKey(), leaf.getValue(), i++);
            if (v != null) {
              moved.put(leaf.getKey(), v);
            }
          }
          Scenario changed;
          try {
            changed = loader.withOverrides(scenario, moved);
          } catch (RuntimeException e) {
            skipped.add(file + ": " + k.getKey() + " (" + e.getMessage() + ")");
            continue;
          }
          same.put(k.getKey(), pool.submit(() -> runs(changed, theater).equals(reference)));
        }
        java.util.Set<String> here = new java.util.TreeSet<>();
        for (Map.Entry<String, java.util.concurrent.Future<Boolean>> f : same.entrySet()) {
          if (f.getValue().get()) {
            here.add(f.getKey());
          }
        }
        if (inert == null) {
          inert = here;
        } else {
          inert.retainAll(here);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("keys skipped (the moved value is not valid): " + skipped);
    System.out.println("keys that change nothing in any pass: " + inert);
    inert.removeAll(INERT_IN_STARTERS.keySet());
    assertThat(inert).as("scenario keys whose values change no output of a one-year run of %s", SCENARIOS).isEmpty();
  }

  private record Outcome(RunSummary summary, List<SeaEvent> events, List<org.seastate.model.DayReport> days) {}

  private static List<Outcome> runs(Scenario s, Theater theater) {
    List<Outcome> out = new ArrayList<>();
    for (long seed : SEEDS) {
      SeaStateSim sim = new SeaStateSim(s, theater, seed, Math.min(DAYS, s.horizon().days()));
      org.seastate.io.RunRecorder recorder = new org.seastate.io.RunRecorder(s.metrics().timeseriesIntervalDays());
      sim.addListener(recorder);
      List<SeaEvent> events = new ArrayList<>();
      sim.addListener(new RunListener() {
        @Override
        public void event(SeaEvent e) {
          events.add(e);
        }
      });
      out.add(new Outcome(sim.runToEnd(), events, recorder.days()));
    }
    return out;
  }

  /** Leaves by path, grouped by key (list indices and map keys made '*'; named sections kept). */
  private static void collect(JsonNode n, String path, String key, Map<String, List<Map.Entry<String, JsonNode>>> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        String k = key.isEmpty() ? f.getKey() : key + "." + (isIdMap(key) ? "*" : f.getKey());
        collect(f.getValue(), p, k, out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collect(n.get(i), path + "." + i, key + ".*", out);
      }
    } else if (n.isNumber() || n.isBoolean()) {
      out.computeIfAbsent(key, x -> new ArrayList<>()).add(Map.entry(path, n));
    }
  }

  /** Sections whose keys are ids (nations, classes, agreements, features, agencies). */
  private static boolean isIdMap(String key) {
    return key.equals("nations") || key.equals("vessel_classes") || key.equals("fleets") || key.equals("policies")
        || key.equals("agreements") || key.equals("places") || key.endsWith(".stakes") || key.endsWith(".roe_cap")
        || key.endsWith("ais_daily_probability") || key.endsWith("target_risk")
        || key.endsWith("presence_radius_by_feature");
  }

  /** A clearly different valid-looking value for a leaf, or null to leave it. */
  private static Object moved(String key, JsonNode v, int instance) {
    if (v.isBoolean()) {
      return !v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      long x = v.asLong();
      if (key.contains("roe_cap") || key.endsWith("max_level") || key.endsWith("threshold")) {
        return x >= 3 ? x - 2 : x + 2;
      }
      return x >= 2 && x <= 7 ? x - 1 : x <= 1 ? x + 1 : Math.round(x * 1.5);
    }
    double x = v.asDouble();
    key = key.endsWith(".*") ? key.substring(0, key.length() - 2) : key;
    if (key.endsWith("w_commitment") || key.endsWith("defense_commitment.strength")) {
      return x == 0 ? 1.0 : 0.0; // a commitment's effect is all or nothing at its rung: take it away
    }
    boolean share = key.endsWith("probability") || key.endsWith("compliance") || key.endsWith("intensity")
        || key.endsWith("risk_tolerance") || key.endsWith("publicity") || key.endsWith("visibility")
        || key.endsWith("strength") || key.endsWith("standoff_gain") || key.endsWith("collision_damage")
        || key.contains("stakes") || key.endsWith("default_stake") || key.contains("ais_daily_probability")
        || key.endsWith("surge_share");
    if (share) {
      return x <= 0.5 ? Math.min(1.0, x + 0.4) : x - 0.4;
    }
    return x == 0 ? 1.0 : x * (instance % 2 == 0 ? 1.5 : 0.6);
  }
}
