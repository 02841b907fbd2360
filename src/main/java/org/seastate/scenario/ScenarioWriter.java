package org.seastate.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.seastate.geo.Place;

/**
 * Writes scenarios and sweeps back to the YAML format, resolved: no {@code extends}, every
 * default written out. Loading the output gives an equal record.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build());

  /** The scenario as YAML text. */
  public static String toYaml(Scenario s) {
    return yaml(describe(s));
  }

  /** The sweep as YAML text ({@code base} as written in the sweep's folder, if given). */
  public static String toYaml(Sweep s) {
    return yaml(describe(s));
  }

  /**
   * An overlay file: YAML that {@code extends} another scenario file and sets the values that
   * {@code paths} lead to in {@code changed}. A path through a list ({@code fleets.CN.1.count})
   * writes the whole list, because {@code extends} replaces lists as a whole.
   *
   * @param header comment lines (without the leading {@code #})
   */
  public static String overlay(Scenario changed, java.util.Collection<String> paths, String extendsFile,
      List<String> header) {
    Map<String, Object> tree = describe(changed);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("extends", extendsFile);
    for (String path : paths) {
      String[] seg = path.split("\\.");
      Object node = tree;
      Map<String, Object> target = out;
      for (int i = 0; i < seg.length; i++) {
        if (!(node instanceof Map<?, ?> m) || !m.containsKey(seg[i])) {
          throw new IllegalArgumentException("path '" + path + "' does not lead to a value of the scenario");
        }
        Object child = m.get(seg[i]);
        if (i == seg.length - 1 || child instanceof List<?>) {
          target.put(seg[i], child);
          break;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) target.computeIfAbsent(seg[i], k -> new LinkedHashMap<>());
        target = next;
        node = child;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String h : header) {
      sb.append(h.isEmpty() ? "#" : "# " + h).append('\n');
    }
    return sb + yaml(out);
  }

  /** The value a parameter path leads to in a scenario (Number, Boolean or String), or null. */
  public static Object valueAt(Scenario s, String path) {
    Object node = describe(s);
    for (String seg : path.split("\\.")) {
      if (node instanceof Map<?, ?> m) {
        node = m.get(seg);
      } else if (node instanceof List<?> l && seg.matches("\\d+") && Integer.parseInt(seg) < l.size()) {
        node = l.get(Integer.parseInt(seg));
      } else {
        return null;
      }
    }
    return node instanceof Map || node instanceof List ? null : node;
  }

  static String yaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario as plain values in the file format (maps in file order). */
  static Map<String, Object> describe(Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("description", s.description());
    TheaterSpec t = s.theater();
    m.put("theater", obj("south", t.south(), "north", t.north(), "west", t.west(), "east", t.east()));
    m.put("horizon", obj("start", s.horizon().start().toString(), "end", s.horizon().end().toString()));
    m.put("places", each(s.places(), ScenarioWriter::place));
    m.put("nations", each(s.nations(), ScenarioWriter::nation));
    m.put("vessel_classes", each(s.vesselClasses(), c -> obj("agency", key(c.agency()), "cruise_kn", c.cruiseKn(),
        "max_kn", c.maxKn(), "endurance_days", c.enduranceDays(), "sensor_nm", c.sensorNm(),
        "tonnage", c.tonnage(), "capabilities", keys(c.capabilities()))));
    m.put("fleets", each(s.fleets(), entries -> {
      List<Object> l = new ArrayList<>();
      for (FleetEntry e : entries) {
        Map<String, Object> f = obj("class", e.vesselClass(), "count", e.count(), "home_port", e.homePort());
        e.from().ifPresent(d -> f.put("from", d.toString()));
        l.add(f);
      }
      return l;
    }));
    m.put("policies", each(s.policies(), ScenarioWriter::policy));
    m.put("agreements", each(s.agreements(), ScenarioWriter::agreement));
    List<Object> events = new ArrayList<>();
    for (ScenarioEvent e : s.events()) {
      events.add(obj("date", e.date().toString(), "description", e.description(), "set", new LinkedHashMap<>(e.set())));
    }
    m.put("events", events);
    m.put("escalation", escalation(s.escalation()));
    MetricSettings ms = s.metrics();
    m.put("metrics", obj("presence_radius_nm", ms.presenceRadiusNm(), "presence_radius_by_feature",
        new LinkedHashMap<>(ms.presenceRadiusByFeature()),
        "ais_daily_probability", byAgency(ms.aisDailyProbability()),
        "report_probability", ms.reportProbability().toList(), "witness_report_probability", ms.witnessReport()));
    m.put("outputs", outputs(ms.outputs()));
    return m;
  }

  private static Map<String, Object> byAgency(Map<Agency, ?> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((a, v) -> out.put(a.key(), v));
    return out;
  }

  private static Map<String, Object> place(Place p) {
    return obj("name", p.name(), "kind", p.kind().key(), "holder", p.holder(),
        "groups", p.groups().stream().sorted().toList(), "lat", p.position().lat(), "lon", p.position().lon(),
        "confidence", p.confidence(), "source", p.source());
  }

  private static Map<String, Object> nation(Nation n) {
    Posture p = n.posture();
    return obj("name", n.name(), "claim", key(n.claim()), "posture", obj("resolve", p.resolve(),
        "risk_tolerance", p.riskTolerance(), "roe_cap", byAgency(p.roeCap()), "default_roe_cap", p.defaultRoeCap(),
        "stakes", new LinkedHashMap<>(p.stakes()), "default_stake", p.defaultStake(), "publicity", p.publicity()));
  }

  private static Map<String, Object> policy(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("presence", p.presence().stream().map(x -> (Object) obj("feature", x.feature(), "agency", key(x.agency()),
        "ships", x.ships(), "priority", x.priority(), "station_days", x.stationDays(),
        "gap_days", x.gapDays())).toList());
    m.put("resupply", p.resupply().stream().map(r -> (Object) obj("outpost", r.outpost(), "from", r.from(),
        "cadence_days", r.cadenceDays(), "supply_class", r.supplyClass(), "boats", r.boats(),
        "escorts", r.escorts(), "escort_agency", key(r.escortAgency()))).toList());
    if (!p.interdiction().equals(Policy.Interdiction.NONE)) {
      Policy.Interdiction i = p.interdiction();
      m.put("interdiction", obj("intensity", i.intensity(), "agencies", keys(i.agencies()), "radius_nm", i.radiusNm()));
    }
    if (!p.response().equals(Policy.Response.NONE)) {
      Policy.Response r = p.response();
      m.put("response", obj("radius_nm", r.radiusNm(), "max_vessels", r.maxVessels(), "for_partners", r.forPartners()));
    }
    p.fonops().ifPresent(f -> m.put("fonops", obj("per_year", f.perYear(), "features", f.features(),
        "agency", key(f.agency()))));
    m.put("swarms", p.swarms().stream().map(x -> (Object) obj("feature", x.feature(), "vessels", x.vessels(),
        "station_days", x.stationDays())).toList());
    m.put("blockades", p.blockades().stream().map(b -> (Object) obj("feature", b.feature(), "band_nm", b.bandNm(),
        "probability", b.probability(), "vessels", b.vessels())).toList());
    p.allocation().ifPresent(a -> m.put("allocation", obj("agency", key(a.agency()), "ships", a.ships(),
        "rival_weight", a.rivalWeight(), "memory_days", a.memoryDays(), "station_days", a.stationDays())));
    Policy.MilitiaDynamics d = p.militia();
    m.put("militia", obj("surges_per_month", d.surgesPerMonth(), "surge_share", d.surgeShare(),
        "surge_days", d.surgeDays(), "response_surges", d.responseSurges(),
        "dispersals_per_year", d.dispersalsPerYear(), "dispersal_days", d.dispersalDays()));
    return m;
  }

  private static Map<String, Object> agreement(Agreement a) {
    Map<String, Object> m = obj("name", a.name(), "parties", a.parties());
    a.signed().ifPresent(d -> m.put("signed", d.toString()));
    m.put("in_force", a.inForce().toString());
    a.end().ifPresent(d -> m.put("end", d.toString()));
    m.put("enabled", a.enabled());
    List<Object> effects = new ArrayList<>();
    for (Effect e : a.effects()) {
      effects.add(obj(e.kind(), effect(e)));
    }
    m.put("effects", effects);
    return m;
  }

  private static Map<String, Object> effect(Effect e) {
    if (e instanceof Effect.PortAccess p) {
      return obj("host", p.host(), "guests", p.guests(), "ports", p.ports());
    } else if (e instanceof Effect.JointPatrols j) {
      return obj("per_month", j.perMonth(), "area", j.area(), "participants", j.participants(),
          "ships_per_party", j.shipsPerParty(), "duration_days", j.durationDays(), "agency", key(j.agency()));
    } else if (e instanceof Effect.InfoSharing i) {
      return obj("detection_bonus_nm", i.detectionBonusNm());
    } else if (e instanceof Effect.DefenseCommitment d) {
      return obj("guarantor", d.guarantor(), "protectee", d.protectee(), "strength", d.strength(),
          "coverage", keys(d.coverage()), "threshold", d.threshold());
    } else if (e instanceof Effect.Capacity c) {
      return obj("vessels", c.vessels().stream().map(v -> (Object) obj("date", v.date().toString(),
          "nation", v.nation(), "class", v.vesselClass(), "count", v.count(), "home_port", v.homePort())).toList(),
          "radars", c.radars().stream().map(r -> (Object) obj("date", r.date().toString(), "nation", r.nation(),
              "site", r.site(), "range_nm", r.rangeNm())).toList());
    }
    Effect.Deescalation d = (Effect.Deescalation) e;
    return obj("max_level", d.maxLevel(), "missions", keys(d.missions()), "places", d.places(),
        "radius_nm", d.radiusNm(), "compliance", d.compliance());
  }

  private static Map<String, Object> escalation(EscalationSettings e) {
    return obj("rationality", e.rationality(), "effect", e.effect().toList(), "risk", e.risk().toList(),
        "base_risk", e.baseRisk(), "w_presence", e.wPresence(), "w_commitment", e.wCommitment(),
        "w_visibility", e.wVisibility(), "visibility", e.visibility(), "reciprocity", e.reciprocity(),
        "standoff_gain", e.standoffGain(), "target_risk", byAgency(e.targetRisk()),
        "block_per_effect", e.blockPerEffect(),
        "collision_damage", e.collisionDamage(), "repair_days", e.repairDays(),
        "injury_probability", e.injuryProbability(), "tension_per_severity", e.tensionPerSeverity(),
        "tension_half_life_days", e.tensionHalfLifeDays(), "tension_feedback", e.tensionFeedback(),
        "stop_on_crisis", e.stopOnCrisis());
  }

  /** The sweep as plain values in the file format. */
  static Map<String, Object> describe(Sweep s) {
    Map<String, Object> m = obj("name", s.name(), "description", s.description(),
        "base", s.base().toString().replace('\\', '/'));
    List<Object> factors = new ArrayList<>();
    for (Factor f : s.factors()) {
      Map<String, Object> x = obj("path", f.path());
      if (f.range().isPresent()) {
        x.put("range", List.of(f.range().get().min(), f.range().get().max()));
      } else {
        x.put("levels", f.levels());
      }
      f.reference().ifPresent(r -> x.put("reference", r));
      factors.add(x);
    }
    m.put("factors", factors);
    Design d = s.design();
    if (d instanceof Design.FullFactorial) {
      m.put("design", "full_factorial");
    } else if (d instanceof Design.Points p) {
      m.put("design", obj("list", obj("points", p.points())));
    } else if (d instanceof Design.Sampled sampled) {
      m.put("design", obj(sampled.kind(), obj("samples", sampled.samples())));
    }
    m.put("replicates", s.replicates());
    m.put("base_seed", s.baseSeed());
    m.put("common_random_numbers", s.commonRandomNumbers());
    m.put("outputs", outputs(s.outputs()));
    m.put("format", s.format());
    List<Object> charts = new ArrayList<>();
    for (ChartSpec c : s.charts()) {
      Map<String, Object> x = obj("type", c.type());
      c.metric().ifPresent(v -> x.put("metric", v));
      c.by().ifPresent(v -> x.put("by", v));
      charts.add(x);
    }
    m.put("charts", charts);
    return m;
  }

  private static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static List<String> keys(Set<? extends Enum<?>> s) {
    return s.stream().map(ScenarioWriter::key).toList();
  }

  /** The values of {@code in}, each described by {@code describe}, under the same keys in the same order. */
  private static <V> Map<String, Object> each(Map<String, V> in, Function<? super V, Object> describe) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, describe.apply(v)));
    return out;
  }

  /** An ordered mapping of keys to values ({@code k1, v1, k2, v2, ...}); an empty Optional is null. */
  static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      m.put((String) kv[i], v instanceof Optional<?> o ? o.orElse(null) : v);
    }
    return m;
  }

  private static Map<String, Object> outputs(OutputSettings o) {
    return obj("tables", new ArrayList<>(o.tables()), "timeseries", OutputSettings.intervalText(o.timeseriesDays()),
        "event_vessels", o.eventVessels());
  }
}
