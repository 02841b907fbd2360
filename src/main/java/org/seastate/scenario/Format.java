package org.seastate.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seastate.geo.PlaceKind;
import org.seastate.scenario.Shape.ListOf;
import org.seastate.scenario.Shape.MapOf;
import org.seastate.scenario.Shape.Obj;
import org.seastate.scenario.Shape.OneKey;
import org.seastate.scenario.Shape.Scalar;
import org.seastate.scenario.Shape.Type;

/**
 * The scenario and sweep file formats, key by key, with every default in one place.
 * docs/SCENARIOS.md describes the same keys for people; the JSON Schema is generated from here.
 */
final class Format {
  private Format() {}

  static final Scalar STRING = new Scalar("string", Type.STRING, List.of());
  static final Scalar ID = new Scalar("id", Type.ID, List.of());
  static final Scalar NUMBER = new Scalar("number", Type.NUMBER, List.of());
  static final Scalar INTEGER = new Scalar("integer", Type.INTEGER, List.of());
  static final Scalar BOOLEAN = new Scalar("boolean", Type.BOOLEAN, List.of());
  static final Scalar DATE = new Scalar("date", Type.DATE, List.of());
  static final Scalar ANY = new Scalar("value", Type.ANY, List.of());

  static Scalar enumOf(String title, Enum<?>[] values) {
    return new Scalar(title, Type.ENUM,
        Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
  }

  static final Scalar AGENCY = enumOf("agency", Agency.values());
  static final Scalar CAPABILITY = enumOf("capability", Capability.values());
  static final Scalar CLAIM = enumOf("claim", Claim.values());
  static final Scalar MISSION = enumOf("mission type", MissionType.values());
  static final Scalar PLACE_KIND = new Scalar("place kind", Type.ENUM,
      Arrays.stream(PlaceKind.values()).map(PlaceKind::key).toList());
  static final Scalar CHART_TYPE = new Scalar("chart type", Type.ENUM, ChartSpec.TYPES);

  /** A count of vessels: at least {@code min} (as the record requires), at most {@link Limits#MAX_VESSELS}. */
  static Scalar vessels(int min) {
    return INTEGER.within(min, Limits.MAX_VESSELS);
  }

  /** A mapping with exactly one of the keys {@code variants} names (or one of {@code words} alone). */
  @SafeVarargs
  static OneKey oneKey(String title, List<String> words, Map.Entry<String, Shape>... variants) {
    Map<String, Shape> v = new LinkedHashMap<>();
    for (Map.Entry<String, Shape> e : variants) {
      v.put(e.getKey(), e.getValue());
    }
    return new OneKey(title, words, v);
  }

  /** An object whose first key is its display {@code name}, as places, nations and agreements have. */
  static Obj named(String title) {
    return new Obj(title).req("name", STRING, "display name");
  }

  static ListOf listOf(Shape s) {
    return new ListOf("list of " + s.title(), s);
  }

  // ---- defaults (the single home of every default of the file format) ----

  /** Default escalation effect per level 0..7 (assumption: each rung achieves a little more). */
  static final List<Double> DEFAULT_EFFECT = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
  /**
   * Default escalation risk per level 0..7 (assumption: costs rise steeply past blocking; a
   * collision risks ten times a water-cannon volley, an armed clash five times a collision).
   */
  static final List<Double> DEFAULT_RISK = List.of(0.0, 0.05, 0.1, 0.25, 0.8, 2.5, 5.0, 12.0);
  /**
   * Default probability that an incident becomes public, per level 0..7 (assumption: monitoring,
   * challenges and shadowing go unreported; water cannon and worse almost always surface).
   */
  static final List<Double> DEFAULT_REPORT_PROBABILITY = List.of(0.0, 0.0, 0.0, 0.3, 0.8, 0.95, 1.0, 1.0);
  /** Default chance that one witness makes an incident public (assumption). */
  static final double DEFAULT_WITNESS_REPORT = 0.2;

  /** Agencies by their file spelling: the keys of per-agency mappings. */
  static MapOf byAgency(String title, Shape values) {
    return new MapOf(title, "agency", values, AGENCY.values());
  }

  static final Obj THEATER = new Obj("theater")
      .dflt("south", NUMBER, TheaterSpec.DEFAULT.south(), "southern edge, degrees north")
      .dflt("north", NUMBER, TheaterSpec.DEFAULT.north(), "northern edge, degrees north")
      .dflt("west", NUMBER, TheaterSpec.DEFAULT.west(), "western edge, degrees east")
      .dflt("east", NUMBER, TheaterSpec.DEFAULT.east(), "eastern edge, degrees east");

  static final Obj HORIZON = new Obj("horizon")
      .req("start", DATE, "first simulated day")
      .req("end", DATE, "last simulated day (inclusive); at most "
          + String.format(Locale.ROOT, "%,d", Limits.MAX_HORIZON_DAYS) + " days from start to end (about 55 years)");

  static final Obj PLACE = named("place")
      .req("kind", PLACE_KIND, "feature, port, airfield or army-camp")
      .dflt("holder", STRING, "", "nation code holding it; empty if unoccupied")
      .dflt("groups", listOf(STRING), List.of(), "tags such as outpost, naval, edca")
      .req("lat", NUMBER, "latitude, decimal degrees north")
      .req("lon", NUMBER, "longitude, decimal degrees east")
      .dflt("confidence", STRING, "L", "H, M or L as graded in FACTS.md")
      .dflt("source", STRING, "scenario", "where the coordinates come from");

  static final Obj POSTURE = new Obj("posture")
      .dflt("resolve", NUMBER, 1.0, "multiplies the gain of escalating; 0..3, 1 = reference")
      .dflt("risk_tolerance", NUMBER, 0.5, "share of the expected cost of escalating ignored, 0..1")
      .dflt("roe_cap", byAgency("roe_cap", INTEGER), Map.of(),
          "highest escalation level (0..7) per agency (navy, coast_guard, militia, law_enforcement, supply)")
      .dflt("default_roe_cap", INTEGER, 2L, "cap for agencies not in roe_cap")
      .dflt("stakes", new MapOf("stakes", "feature id", NUMBER), Map.of(), "value of features, 0..1")
      .dflt("default_stake", NUMBER, 0.3, "value of features not in stakes, 0..1")
      .dflt("publicity", NUMBER, 0.2,
          "how readily the nation publicises incidents against its vessels (the reporting model), 0..1");

  static final Obj NATION = named("nation")
      .req("claim", CLAIM, "dashed_line, eez or none")
      .dflt("posture", POSTURE, Map.of(), "resolve, risk tolerance, rules of engagement");

  static final Obj VESSEL_CLASS = new Obj("vessel class")
      .req("agency", AGENCY, "operating agency")
      .req("cruise_kn", NUMBER, "transit speed, knots")
      .req("max_kn", NUMBER, "top speed, knots (>= cruise_kn)")
      .req("endurance_days", NUMBER, "days at sea before it must return")
      .dflt("sensor_nm", NUMBER, 20.0, "detection radius, nautical miles")
      .req("tonnage", NUMBER, "full-load displacement, tonnes")
      .dflt("capabilities", listOf(CAPABILITY), List.of(),
          "water_cannon, laser, acoustic_device, boarding, armed");

  static final Obj FLEET_ENTRY = new Obj("fleet entry")
      .req("class", ID, "vessel class id")
      .req("count", vessels(0), "number of hulls")
      .req("home_port", ID, "place id of a port (militia: also a feature its nation holds)")
      .opt("from", DATE, "date the vessels join; absent = from the start");

  static final Obj PRESENCE = new Obj("presence")
      .req("feature", ID, "feature id")
      .req("agency", AGENCY, "agency sent")
      .req("ships", vessels(0), "ships on station at once")
      .dflt("priority", INTEGER, 1L, "larger is served first")
      .dflt("station_days", NUMBER, 21.0, "days on station before relief")
      .dflt("gap_days", NUMBER, 0.0,
          "days between patrols; 0 keeps ships there continuously, relieved before they leave");

  static final Obj RESUPPLY = new Obj("resupply")
      .req("outpost", ID, "feature supplied")
      .req("from", ID, "port the run leaves from")
      .req("cadence_days", NUMBER, "days between runs")
      .req("supply_class", ID, "vessel class of the supply boats")
      .dflt("boats", vessels(1), 1L, "supply boats per run")
      .dflt("escorts", vessels(0), 0L, "escorts per run")
      .dflt("escort_agency", AGENCY, "coast_guard", "agency of the escorts");

  static final Obj INTERDICTION = new Obj("interdiction")
      .req("intensity", NUMBER, "probability a detected rival inside the claim is challenged, 0..1")
      .dflt("agencies", listOf(AGENCY), List.of("coast_guard"), "agencies that police the claim")
      .dflt("radius_nm", NUMBER, 24.0, "rivals within this distance of a feature are challenged, and a"
          + " standoff there lasts while both sides stay within it");

  static final Obj RESPONSE = new Obj("response")
      .dflt("radius_nm", NUMBER, 60.0, "ready vessels at sea within this distance may reinforce")
      .dflt("max_vessels", vessels(0), 2L, "reinforcements per encounter")
      .dflt("for_partners", BOOLEAN, false, "also reinforce partners' vessels");

  static final Obj FONOPS = new Obj("fonops")
      .req("per_year", NUMBER, "expected transits a year")
      .req("features", listOf(ID), "features passed within 12 nm")
      .dflt("agency", AGENCY, "navy", "agency that sails them");

  static final Obj SWARM = new Obj("swarm")
      .req("feature", ID, "feature id")
      .req("vessels", vessels(0), "militia vessels on station")
      .dflt("station_days", NUMBER, 30.0, "days one vessel stays");

  static final Obj BLOCKADE = new Obj("blockade")
      .req("feature", ID, "feature id")
      .dflt("band_nm", NUMBER, 20.0, "distance from the feature within which rivals' missions to it are"
          + " intercepted, nm")
      .req("probability", NUMBER, "chance a mission entering the band is intercepted, 0..1")
      .dflt("vessels", vessels(1), 4L, "policing vessels that take part in one interception");

  static final Obj ALLOCATION = new Obj("allocation")
      .dflt("agency", AGENCY, "coast_guard", "agency whose hulls are allocated")
      .req("ships", vessels(0), "hulls on station in all, the presence list's ships (minimums) included")
      .dflt("rival_weight", NUMBER, 1.0, "how much each rival vessel remembered at a feature raises its claim")
      .dflt("memory_days", NUMBER, 14.0, "half-life of what the command remembers, days")
      .dflt("station_days", NUMBER, 21.0, "days on station of hulls sent to features not on the presence list");

  static final Obj MILITIA = new Obj("militia")
      .dflt("surges_per_month", NUMBER, 0.0, "expected random surges a month at each swarm")
      .dflt("surge_share", NUMBER, 0.0, "extra vessels in a surge, as a share of the swarm")
      .dflt("surge_days", NUMBER, 7.0, "days a surge lasts")
      .dflt("response_surges", BOOLEAN, false, "a rival's mission near a swarm's feature starts a surge there")
      .dflt("dispersals_per_year", NUMBER, 0.0, "expected dispersals of every swarm a year (storms)")
      .dflt("dispersal_days", NUMBER, 4.0, "days a dispersal lasts");

  static final Obj POLICY = new Obj("policy")
      .dflt("presence", listOf(PRESENCE), List.of(), "ships kept on station at features")
      .dflt("resupply", listOf(RESUPPLY), List.of(), "supply runs to outposts")
      .opt("interdiction", INTERDICTION, "contesting rivals inside the claim; absent = none")
      .opt("response", RESPONSE, "reinforcing vessels in encounters; absent = none")
      .opt("fonops", FONOPS, "freedom-of-navigation transits; absent = none")
      .dflt("swarms", listOf(SWARM), List.of(), "militia massed at features")
      .dflt("blockades", listOf(BLOCKADE), List.of(), "interception of rivals' missions near features")
      .opt("allocation", ALLOCATION, "a budget of hulls spread over features each day; absent = the presence list")
      .dflt("militia", MILITIA, Map.of(), "how swarms surge and disperse");

  static final Obj PORT_ACCESS = new Obj("port_access")
      .req("host", ID, "nation whose ports open")
      .dflt("guests", listOf(ID), List.of(), "nations let in; empty = the other parties")
      .req("ports", listOf(ID), "port ids");

  static final Obj JOINT_PATROLS = new Obj("joint_patrols")
      .req("per_month", NUMBER, "expected patrols a month")
      .req("area", listOf(ID), "features visited")
      .dflt("participants", listOf(ID), List.of(), "nations that send ships; empty = all parties")
      .dflt("ships_per_party", vessels(1), 1L, "ships each participant sends")
      .dflt("duration_days", NUMBER, 3.0, "days in the area")
      .dflt("agency", AGENCY, "navy", "agency the participants send");

  static final Obj INFO_SHARING = new Obj("info_sharing")
      .dflt("detection_bonus_nm", NUMBER, 10.0, "added to the parties' sensor range, nm");

  static final Obj DEFENSE_COMMITMENT = new Obj("defense_commitment")
      .req("guarantor", ID, "nation that commits")
      .req("protectee", ID, "nation whose vessels are covered")
      .dflt("strength", NUMBER, 1.0, "weight 0..1")
      .req("coverage", listOf(AGENCY), "agencies covered")
      .dflt("threshold", INTEGER, 7L, "lowest escalation level the commitment covers (7 = armed attack);"
          + " below it the commitment adds no cost");

  static final Obj VESSEL_DELIVERY = new Obj("vessel delivery")
      .req("date", DATE, "delivery date")
      .req("nation", ID, "recipient")
      .req("class", ID, "vessel class id")
      .dflt("count", vessels(1), 1L, "hulls")
      .req("home_port", ID, "port id");

  static final Obj RADAR_DELIVERY = new Obj("radar delivery")
      .req("date", DATE, "date it starts to see")
      .req("nation", ID, "operator")
      .req("site", ID, "place id of the site")
      .dflt("range_nm", NUMBER, 40.0, "detection range, nm");

  static final Obj CAPACITY = new Obj("capacity")
      .dflt("vessels", listOf(VESSEL_DELIVERY), List.of(), "vessels delivered")
      .dflt("radars", listOf(RADAR_DELIVERY), List.of(), "coastal radars delivered");

  static final Obj DEESCALATION = new Obj("deescalation")
      .req("max_level", INTEGER, "highest level used while it binds, 0..7")
      .dflt("missions", listOf(MISSION), List.of(), "mission types covered; empty = all")
      .dflt("places", listOf(ID), List.of(), "features where it applies; empty = everywhere")
      .dflt("radius_nm", NUMBER, 12.0, "distance from the places within which it applies")
      .req("compliance", NUMBER, "probability each party honours it, 0..1");

  static final OneKey EFFECT = oneKey("effect", List.of(), Map.entry("port_access", PORT_ACCESS),
      Map.entry("joint_patrols", JOINT_PATROLS), Map.entry("info_sharing", INFO_SHARING),
      Map.entry("defense_commitment", DEFENSE_COMMITMENT), Map.entry("capacity", CAPACITY),
      Map.entry("deescalation", DEESCALATION));

  static final Obj AGREEMENT = named("agreement")
      .req("parties", listOf(ID), "nation codes")
      .opt("signed", DATE, "date of signature")
      .req("in_force", DATE, "date the effects start")
      .opt("end", DATE, "date the effects stop (exclusive)")
      .dflt("enabled", BOOLEAN, true, "false switches it off (counterfactuals)")
      .dflt("effects", listOf(EFFECT), List.of(), "what it changes");

  /**
   * An event's changes: live parameter paths to values. The schema spells out the paths and
   * their types from the {@link LiveParameter} registry; the loader checks them against it.
   */
  static final MapOf EVENT_SET = new MapOf("set", "live parameter path", ANY);

  static final Obj EVENT = new Obj("event")
      .req("date", DATE, "day the change takes effect")
      .req("description", STRING, "what happened")
      .req("set", EVENT_SET, "live parameter path (see live parameters) to new value");

  static final Obj ESCALATION = new Obj("escalation")
      .dflt("rationality", NUMBER, 4.0, "logit precision")
      .dflt("effect", listOf(NUMBER), DEFAULT_EFFECT, "gain of each level 0..7 (8 values)")
      .dflt("risk", listOf(NUMBER), DEFAULT_RISK, "risk of each level 0..7 (8 values)")
      .dflt("base_risk", NUMBER, 0.5, "cost weight present in every encounter")
      .dflt("w_presence", NUMBER, 0.1, "cost weight per partner vessel near the target")
      .dflt("w_commitment", NUMBER, 3.0, "cost added to a level at or above a defence commitment's"
          + " threshold, per unit of commitment strength")
      .dflt("w_visibility", NUMBER, 0.3, "cost weight of visibility")
      .dflt("visibility", NUMBER, 0.5, "how visible encounters are, 0..1")
      .dflt("reciprocity", NUMBER, 0.5, "weight pulling a side's level towards the opponent's last act"
          + " (matching)")
      .dflt("standoff_gain", NUMBER, 0.3, "share of the gain of coercion in a standoff (1 in an"
          + " interception, where a mission is denied), 0..1")
      .dflt("target_risk", byAgency("target_risk", NUMBER), Map.of(),
          "multiplies the risk of coercing a vessel of this agency; absent agencies 1")
      .dflt("block_per_effect", NUMBER, 0.3, "probability per tick a mission is blocked per unit effect")
      .dflt("collision_damage", NUMBER, 0.3, "probability a collision damages the smaller vessel")
      .dflt("repair_days", NUMBER, 30.0, "days a damaged vessel is in repair")
      .dflt("injury_probability", NUMBER, 0.05, "probability of injuries per action at level >= 4")
      .dflt("tension_per_severity", NUMBER, 0.01, "tension added by an incident of level l is this x l^2")
      .dflt("tension_half_life_days", NUMBER, 30.0, "half-life of tension decay, days")
      .dflt("tension_feedback", NUMBER, 0.05, "resolve is multiplied by 1 + this x tension")
      .dflt("stop_on_crisis", BOOLEAN, false, "end the run at the first armed clash");

  static final Obj METRICS = new Obj("metrics")
      .dflt("presence_radius_nm", NUMBER, 12.0, "a vessel this close to a feature counts as present")
      .dflt("presence_radius_by_feature", new MapOf("presence_radius_by_feature", "feature id", NUMBER),
          Map.of(), "per-feature radius")
      .opt("timeseries_interval_days", INTEGER.within(1, Limits.MAX_HORIZON_DAYS),
          "older spelling of outputs.timeseries (days); still read")
      .dflt("ais_daily_probability", byAgency("ais_daily_probability", NUMBER), Map.of(),
          "per agency, chance a vessel broadcasts AIS on a day (AIS-based presence metrics only)")
      .dflt("report_probability", listOf(NUMBER), DEFAULT_REPORT_PROBABILITY,
          "chance an incident becomes public, per level 0..7 (8 values)")
      .dflt("witness_report_probability", NUMBER, DEFAULT_WITNESS_REPORT,
          "chance that one witness (a partner's vessel or radar) makes an incident public");

  /** What the result files hold (OutputSettings); the same section in scenario and sweep files. */
  static final Obj OUTPUTS = new Obj("outputs")
      .dflt("tables", listOf(new Scalar("table", Type.ENUM, OutputSettings.TABLES)), OutputSettings.TABLES,
          "tables written: runs (always), metrics, timeseries, events")
      .opt("timeseries", new Scalar("interval", Type.WORD_OR_INTEGER, OutputSettings.INTERVAL_WORDS)
          .within(1, Limits.MAX_HORIZON_DAYS), "time-series rows: daily, weekly (7), monthly (30 days), none"
          + " or every N days; default daily for a run, weekly for a sweep")
      .dflt("event_vessels", BOOLEAN, true, "fill the vessels column of events.csv (about half its bytes)");

  static final Obj SCENARIO = new Obj("scenario")
      .opt("extends", STRING, "file this one builds on, relative to this file")
      .req("name", ID, "short name")
      .dflt("description", STRING, "", "one paragraph for reports")
      .dflt("theater", THEATER, Map.of(), "map box (default 0-27N, 99-128E)")
      .req("horizon", HORIZON, "calendar covered")
      .dflt("places", new MapOf("places", "place id", PLACE), Map.of(), "places added to the catalogue")
      .req("nations", new MapOf("nations", "nation code", NATION), "nations by code")
      .dflt("vessel_classes", new MapOf("vessel_classes", "vessel class id", VESSEL_CLASS), Map.of(),
          "vessel classes by id")
      .dflt("fleets", new MapOf("fleets", "nation code", listOf(FLEET_ENTRY)), Map.of(),
          "per nation, vessels by home port")
      .dflt("policies", new MapOf("policies", "nation code", POLICY), Map.of(), "per nation, standing orders")
      .dflt("agreements", new MapOf("agreements", "agreement id", AGREEMENT), Map.of(), "agreements by id")
      .dflt("events", listOf(EVENT), List.of(), "dated parameter changes")
      .dflt("escalation", ESCALATION, Map.of(), "escalation ladder and tension")
      .dflt("metrics", METRICS, Map.of(), "how the run is observed")
      .dflt("outputs", OUTPUTS, Map.of(), "what seastate run writes");

  // ---- sweeps ----

  static final Obj FACTOR = new Obj("factor")
      .req("path", STRING, "parameter path, e.g. nations.CN.posture.resolve")
      .opt("levels", listOf(ANY), "discrete values")
      .opt("range", listOf(NUMBER), "[min, max] for sampling designs")
      .opt("reference", ANY, "the level the others are compared against (default: the first)");

  static final Obj LIST_DESIGN = new Obj("list")
      .req("points", listOf(new MapOf("point", "factor path", ANY)), "points: factor path to value");
  static final Obj SAMPLES = new Obj("samples").req("samples", INTEGER.within(2, Limits.MAX_SAMPLES), "number of (base) points;"
      + " with replicates, the sweep's runs are limited to " + String.format(Locale.ROOT, "%,d", Limits.MAX_RUNS));
  static final OneKey DESIGN = oneKey("design", List.of("full_factorial"), Map.entry("list", LIST_DESIGN),
      Map.entry("latin_hypercube", SAMPLES), Map.entry("sobol", SAMPLES));

  static final Obj CHART = new Obj("chart")
      .req("type", CHART_TYPE, "kind of chart")
      .opt("metric", STRING, "metric drawn")
      .opt("by", STRING, "factor path that splits the points");

  static final Obj SWEEP = new Obj("sweep")
      .req("name", ID, "short name (results folder)")
      .dflt("description", STRING, "", "the question the sweep answers")
      .req("base", STRING, "base scenario file, relative to this file")
      .req("factors", listOf(FACTOR), "dimensions varied; a full factorial design has at most "
          + String.format(Locale.ROOT, "%,d", Limits.MAX_POINTS) + " points (the product of the level counts)")
      .dflt("design", DESIGN, "full_factorial", "full_factorial, {list: {points}}, "
          + "{latin_hypercube: {samples}} or {sobol: {samples}}")
      .dflt("replicates", INTEGER.within(1, Limits.MAX_REPLICATES), 10L, "runs per point; points x replicates"
          + " is limited to " + String.format(Locale.ROOT, "%,d", Limits.MAX_RUNS) + " runs")
      .dflt("base_seed", INTEGER, 1L, "seed from which run seeds are derived")
      .opt("common_random_numbers", BOOLEAN, "same seed for the same replicate at every point, so runs "
          + "are paired (default: true for full_factorial and list designs, false otherwise)")
      .opt("timeseries_interval_days", INTEGER.within(1, Limits.MAX_HORIZON_DAYS),
          "older spelling of outputs.timeseries (days); still read")
      .dflt("outputs", OUTPUTS, Map.of(), "what the sweep writes (the base scenario's outputs do not apply)")
      .dflt("format", new Scalar("table format", Type.ENUM, Sweep.FORMATS), "csv", "file format of the result"
          + " tables: csv, or parquet (typed, ZSTD-compressed <table>.parquet files); seastate sweep --format"
          + " overrides it")
      .dflt("charts", listOf(CHART), List.of(), "charts drawn at the end");

  /** A file is a sweep when its top level has this key. */
  static final String SWEEP_MARKER = "base";
}
