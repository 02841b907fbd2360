package org.seastate.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.seastate.geo.LandMask;
import org.seastate.geo.LatLon;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.Places;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Binds a checked scenario tree (defaults filled in) to the records, by hand: every record is
 * built inside a guard that turns its constructor's message into a problem at the right line,
 * and every reference (nation, vessel class, place, agreement party) is resolved with a
 * location. Parts that cannot be built are skipped so that all problems are found in one pass.
 */
final class Binder {
  private final Problems problems;
  private final LandMask land;
  private final Places catalogue = Places.standard();

  private Map<String, Place> places = new LinkedHashMap<>();
  private Map<String, Nation> nations = new LinkedHashMap<>();
  private Map<String, VesselClass> classes = new LinkedHashMap<>();

  /** Ids written in the file, so that one broken definition does not break every reference. */
  private Set<String> nationCodes = Set.of();
  private Set<String> classIds = Set.of();

  /** Event values of the right type, still to be checked against the records' ranges. */
  private final List<Map.Entry<String, YScalar>> eventValues = new ArrayList<>();
  /** Live paths events set, where they are written: each must name a value the run has. */
  private final Map<String, YNode.Loc> eventPaths = new LinkedHashMap<>();

  private static Set<String> keys(YMap root, String section) {
    return root.get(section) instanceof YMap m ? new LinkedHashSet<>(m.entries().keySet()) : Set.of();
  }

  Binder(Problems problems, LandMask land) {
    this.problems = problems;
    this.land = land;
  }

  /** Thrown where a part cannot be built; its problem has already been recorded. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  // ---------------------------------------------------------------- scenario

  Scenario scenario(YMap root) {
    String name = guard(() -> id(root, "name"));
    String description = guard(() -> str(root, "description"));
    TheaterSpec theater = guard(() -> theater(map(root, "theater")));
    Horizon horizon = guard(() -> {
      YMap h = map(root, "horizon");
      return make(h, "horizon", () -> new Horizon(date(h, "start"), date(h, "end")));
    });
    nationCodes = keys(root, "nations");
    classIds = keys(root, "vessel_classes");
    places = new LinkedHashMap<>();
    eachEntry(root, "places", (id, node) -> places.put(id, place(id, node)));
    nations = new LinkedHashMap<>();
    eachEntry(root, "nations", (code, node) -> nations.put(code, nation(code, node)));
    classes = new LinkedHashMap<>();
    eachEntry(root, "vessel_classes", (id, node) -> classes.put(id, vesselClass(id, node)));
    Map<String, List<FleetEntry>> fleets = new LinkedHashMap<>();
    eachEntry(root, "fleets", (code, node) -> {
      nationRef(keyNode(root, "fleets", code), code, "fleets");
      List<FleetEntry> entries = new ArrayList<>();
      for (YNode e : list(node)) {
        FleetEntry fe = guard(() -> fleetEntry(code, (YMap) e));
        if (fe != null) {
          entries.add(fe);
        }
      }
      fleets.put(code, entries);
    });
    Map<String, Policy> policies = new LinkedHashMap<>();
    eachEntry(root, "policies", (code, node) -> {
      nationRef(keyNode(root, "policies", code), code, "policies");
      policies.put(code, policy(code, (YMap) node));
    });
    Map<String, Agreement> agreements = new LinkedHashMap<>();
    eachEntry(root, "agreements", (id, node) -> agreements.put(id, agreement(id, (YMap) node)));
    List<ScenarioEvent> events = new ArrayList<>();
    for (YNode e : list(root.get("events"))) {
      ScenarioEvent ev = guard(() -> event(root, (YMap) e));
      if (ev != null) {
        events.add(ev);
      }
    }
    EscalationSettings escalation = guard(() -> escalation(map(root, "escalation")));
    MetricSettings metrics = guard(() -> metrics(map(root, "metrics"), root.get("outputs")));
    if (problems.isEmpty()) {
      eventValues.forEach(e -> eventValue(root, e.getKey(), e.getValue()));
    }
    if (name == null || description == null || theater == null || horizon == null || escalation == null
        || metrics == null || !problems.isEmpty()) {
      throw new Abort();
    }
    Scenario scenario = make(root, "scenario", () -> new Scenario(name, description, theater, horizon, places,
        nations, classes, fleets, policies, agreements, events, escalation, metrics));
    eventTargets(scenario);
    return scenario;
  }

  /**
   * An event may only change a value the run has from its start: a path into an interdiction or
   * allocation the policy leaves out would resolve (optional keys may be named) but change nothing.
   */
  private void eventTargets(Scenario scenario) {
    if (eventPaths.isEmpty()) {
      return;
    }
    Set<String> live = new LinkedHashSet<>();
    LivePath.of(scenario).forEach(p -> live.add(p.path()));
    eventPaths.forEach((path, at) -> {
      if (!live.contains(path)) {
        problems.add(at, "events may not change '" + path + "': this scenario has no such value at the start"
            + " of a run (a policy without interdiction or allocation has nothing there to change)");
      }
    });
    if (!problems.isEmpty()) {
      throw new Abort();
    }
  }

  private TheaterSpec theater(YMap t) {
    TheaterSpec spec = make(t, "theater",
        () -> new TheaterSpec(num(t, "south"), num(t, "north"), num(t, "west"), num(t, "east")));
    if (!spec.within(TheaterSpec.DEFAULT)) {
      TheaterSpec d = TheaterSpec.DEFAULT;
      problems.add(t.loc(), String.format(Locale.ROOT, "theater %s..%sN, %s..%sE reaches outside the map the"
          + " model has; expected a box inside %s..%sN, %s..%sE", spec.south(), spec.north(), spec.west(),
          spec.east(), d.south(), d.north(), d.west(), d.east()));
    }
    return spec;
  }

  private Place place(String id, YNode node) {
    YMap m = (YMap) node;
    if (catalogue.find(id).isPresent()) {
      problems.add(keyLoc(m, id), "place id '" + id + "' is already in the built-in catalogue;"
          + " expected a new id (refer to catalogue places by id without redefining them)");
      throw new Abort();
    }
    checkId(m, id, "place id");
    PlaceKind kind = PlaceKind.fromKey(str(m, "kind"));
    Place p = make(m, "place '" + id + "'", () -> new Place(id, str(m, "name"), kind, str(m, "holder"),
        new LinkedHashSet<>(strs(m, "groups")), latLon(m), str(m, "confidence"), str(m, "source")));
    if (kind == PlaceKind.FEATURE && land.isLand(p.position())) {
      problems.add(m.get("lat").loc(), "place '" + id + "' at " + p.position()
          + " is on land; a feature must be at sea");
    }
    return p;
  }

  private LatLon latLon(YMap m) {
    return make(m, "position", () -> new LatLon(num(m, "lat"), num(m, "lon")));
  }

  private Nation nation(String code, YNode node) {
    YMap m = (YMap) node;
    checkId(m, code, "nation code");
    Posture posture = posture(map(m, "posture"));
    Claim claim = enumOf(Claim.class, scalar(m, "claim"));
    return make(m, "nation '" + code + "'", () -> new Nation(code, str(m, "name"), posture, claim));
  }

  private Posture posture(YMap m) {
    Map<Agency, Integer> roe = new LinkedHashMap<>();
    YMap roeNode = map(m, "roe_cap");
    roeNode.entries().forEach((k, e) -> {
      Agency a = enumKey(Agency.class, k, e.keyLoc(), "agency in roe_cap");
      if (a != null) {
        roe.put(a, integer(e.value()));
      }
    });
    Map<String, Double> stakes = new LinkedHashMap<>();
    map(m, "stakes").entries().forEach((k, e) -> {
      featureRef(new YScalar(e.keyLoc(), k, true), "stakes");
      stakes.put(k, number(e.value()));
    });
    return make(m, "posture", () -> new Posture(num(m, "resolve"), num(m, "risk_tolerance"),
        roe.isEmpty() ? Map.of() : new EnumMap<>(roe), integer(m.get("default_roe_cap")), stakes,
        num(m, "default_stake"), num(m, "publicity")), Map.of("roe_cap", roeNode));
  }

  private VesselClass vesselClass(String id, YNode node) {
    YMap m = (YMap) node;
    checkId(m, id, "vessel class id");
    Set<Capability> caps = enumSet(Capability.class, m, "capabilities");
    return make(m, "vessel class '" + id + "'", () -> new VesselClass(id, enumOf(Agency.class, scalar(m, "agency")),
        num(m, "cruise_kn"), num(m, "max_kn"), num(m, "endurance_days"), num(m, "sensor_nm"),
        num(m, "tonnage"), caps));
  }

  private FleetEntry fleetEntry(String nation, YMap m) {
    VesselClass vc = classRef(scalar(m, "class"));
    homePortRef(scalar(m, "home_port"), nation, vc);
    return make(m, "fleet entry", () -> new FleetEntry(str(m, "class"), integer(m.get("count")),
        str(m, "home_port"), optDate(m, "from")));
  }

  private Policy policy(String nation, YMap m) {
    List<Policy.Presence> presence = new ArrayList<>();
    for (YNode n : list(m.get("presence"))) {
      add(presence, () -> {
        YMap p = (YMap) n;
        featureRef(scalar(p, "feature"), "presence");
        return make(p, "presence", () -> new Policy.Presence(str(p, "feature"), enumOf(Agency.class, scalar(p, "agency")),
            integer(p.get("ships")), integer(p.get("priority")), num(p, "station_days"), num(p, "gap_days")));
      });
    }
    List<Policy.Resupply> resupply = new ArrayList<>();
    for (YNode n : list(m.get("resupply"))) {
      add(resupply, () -> {
        YMap r = (YMap) n;
        featureRef(scalar(r, "outpost"), "resupply outpost");
        portRef(scalar(r, "from"), "resupply");
        classRef(scalar(r, "supply_class"));
        return make(r, "resupply", () -> new Policy.Resupply(str(r, "outpost"), str(r, "from"),
            num(r, "cadence_days"), str(r, "supply_class"), integer(r.get("boats")), integer(r.get("escorts")),
            enumOf(Agency.class, scalar(r, "escort_agency"))));
      });
    }
    Policy.Interdiction interdiction = Policy.Interdiction.NONE;
    if (m.has("interdiction")) {
      YMap i = map(m, "interdiction");
      interdiction = guardOr(() -> make(i, "interdiction", () -> new Policy.Interdiction(num(i, "intensity"),
          enumSet(Agency.class, i, "agencies"), num(i, "radius_nm"))), Policy.Interdiction.NONE);
    }
    Policy.Response response = Policy.Response.NONE;
    if (m.has("response")) {
      YMap r = map(m, "response");
      response = guardOr(() -> make(r, "response", () -> new Policy.Response(num(r, "radius_nm"),
          integer(r.get("max_vessels")), bool(r, "for_partners"))), Policy.Response.NONE);
    }
    Optional<Policy.Fonops> fonops = Optional.empty();
    if (m.has("fonops")) {
      YMap f = map(m, "fonops");
      fonops = Optional.ofNullable(guard(() -> {
        List<YScalar> feats = scalars(f, "features");
        feats.forEach(s -> featureRef(s, "fonops"));
        return make(f, "fonops", () -> new Policy.Fonops(num(f, "per_year"), strs(f, "features"),
            enumOf(Agency.class, scalar(f, "agency"))));
      }));
    }
    List<Policy.Swarm> swarms = new ArrayList<>();
    for (YNode n : list(m.get("swarms"))) {
      add(swarms, () -> {
        YMap s = (YMap) n;
        featureRef(scalar(s, "feature"), "swarm");
        return make(s, "swarm", () -> new Policy.Swarm(str(s, "feature"), integer(s.get("vessels")),
            num(s, "station_days")));
      });
    }
    List<Policy.Blockade> blockades = new ArrayList<>();
    for (YNode n : list(m.get("blockades"))) {
      add(blockades, () -> {
        YMap b = (YMap) n;
        featureRef(scalar(b, "feature"), "blockade");
        return make(b, "blockade", () -> new Policy.Blockade(str(b, "feature"), num(b, "band_nm"),
            num(b, "probability"), integer(b.get("vessels"))));
      });
    }
    Optional<Policy.Allocation> allocation = Optional.empty();
    if (m.has("allocation")) {
      YMap a = map(m, "allocation");
      allocation = Optional.ofNullable(guard(() -> make(a, "allocation", () -> new Policy.Allocation(
          enumOf(Agency.class, scalar(a, "agency")), integer(a.get("ships")), num(a, "rival_weight"),
          num(a, "memory_days"), num(a, "station_days")))));
    }
    YMap md = map(m, "militia");
    Policy.MilitiaDynamics militia = guardOr(() -> make(md, "militia", () -> new Policy.MilitiaDynamics(
        num(md, "surges_per_month"), num(md, "surge_share"), num(md, "surge_days"), bool(md, "response_surges"),
        num(md, "dispersals_per_year"), num(md, "dispersal_days"))), Policy.MilitiaDynamics.NONE);
    Policy.Interdiction fi = interdiction;
    Policy.Response fr = response;
    Optional<Policy.Fonops> ff = fonops;
    Optional<Policy.Allocation> fa = allocation;
    return make(m, "policy of " + nation, () -> new Policy(presence, resupply, fi, fr, ff, swarms, blockades,
        fa, militia));
  }

  private Agreement agreement(String id, YMap m) {
    checkId(m, id, "agreement id");
    List<YScalar> parties = scalars(m, "parties");
    parties.forEach(p -> nationRef(p, p.text(), "agreement '" + id + "' parties"));
    List<Effect> effects = new ArrayList<>();
    for (YNode n : list(m.get("effects"))) {
      add(effects, () -> effect((YMap) n, parties.stream().map(YScalar::text).toList()));
    }
    return make(m, "agreement '" + id + "'", () -> new Agreement(id, str(m, "name"), strs(m, "parties"),
        optDate(m, "signed"), date(m, "in_force"), optDate(m, "end"), bool(m, "enabled"), effects));
  }

  private Effect effect(YMap wrapper, List<String> parties) {
    var e = wrapper.entries().entrySet().iterator().next();
    String kind = e.getKey();
    YMap m = (YMap) e.getValue().value();
    switch (kind) {
      case "port_access": {
        YScalar host = scalar(m, "host");
        partyRef(host, parties, "port_access host");
        scalars(m, "guests").forEach(g -> partyRef(g, parties, "port_access guests"));
        scalars(m, "ports").forEach(p -> portRef(p, "port_access"));
        return make(m, kind, () -> new Effect.PortAccess(host.text(), strs(m, "guests"), strs(m, "ports")));
      }
      case "joint_patrols": {
        scalars(m, "area").forEach(a -> featureRef(a, "joint_patrols area"));
        scalars(m, "participants").forEach(p -> nationRef(p, p.text(), "joint_patrols participants"));
        return make(m, kind, () -> new Effect.JointPatrols(num(m, "per_month"), strs(m, "area"),
            strs(m, "participants"), integer(m.get("ships_per_party")), num(m, "duration_days"),
            enumOf(Agency.class, scalar(m, "agency"))));
      }
      case "info_sharing":
        return make(m, kind, () -> new Effect.InfoSharing(num(m, "detection_bonus_nm")));
      case "defense_commitment": {
        nationRef(scalar(m, "guarantor"), str(m, "guarantor"), "defense_commitment guarantor");
        nationRef(scalar(m, "protectee"), str(m, "protectee"), "defense_commitment protectee");
        return make(m, kind, () -> new Effect.DefenseCommitment(str(m, "guarantor"), str(m, "protectee"),
            num(m, "strength"), enumSet(Agency.class, m, "coverage"), integer(m.get("threshold"))));
      }
      case "capacity": {
        List<Effect.VesselDelivery> vessels = new ArrayList<>();
        for (YNode n : list(m.get("vessels"))) {
          add(vessels, () -> {
            YMap v = (YMap) n;
            nationRef(scalar(v, "nation"), str(v, "nation"), "capacity vessels");
            VesselClass vc = classRef(scalar(v, "class"));
            homePortRef(scalar(v, "home_port"), str(v, "nation"), vc);
            return make(v, "vessel delivery", () -> new Effect.VesselDelivery(date(v, "date"), str(v, "nation"),
                str(v, "class"), integer(v.get("count")), str(v, "home_port")));
          });
        }
        List<Effect.RadarDelivery> radars = new ArrayList<>();
        for (YNode n : list(m.get("radars"))) {
          add(radars, () -> {
            YMap r = (YMap) n;
            nationRef(scalar(r, "nation"), str(r, "nation"), "capacity radars");
            placeRef(scalar(r, "site"), "radar site");
            return make(r, "radar delivery", () -> new Effect.RadarDelivery(date(r, "date"), str(r, "nation"),
                str(r, "site"), num(r, "range_nm")));
          });
        }
        return make(m, kind, () -> new Effect.Capacity(vessels, radars));
      }
      case "deescalation": {
        scalars(m, "places").forEach(p -> featureRef(p, "deescalation places"));
        return make(m, kind, () -> new Effect.Deescalation(integer(m.get("max_level")),
            enumSet(MissionType.class, m, "missions"), strs(m, "places"), num(m, "radius_nm"),
            num(m, "compliance")));
      }
      default:
        throw new Abort();
    }
  }

  private ScenarioEvent event(YMap root, YMap m) {
    YMap set = map(m, "set");
    Map<String, Object> values = new LinkedHashMap<>();
    set.entries().forEach((path, e) -> {
      values.put(path, e.value() instanceof YScalar sv ? Trees.scalarValue(sv) : null);
      Shape.Scalar leaf;
      try {
        leaf = ParamPaths.leaf(root, Format.SCENARIO, path);
      } catch (ParamPaths.PathException ex) {
        problems.add(e.keyLoc(), ex.getMessage());
        return;
      }
      if (!ScenarioEvent.mayChange(path)) {
        problems.add(e.keyLoc(), "events may not change '" + path + "'; during a run only "
            + String.join(", ", LiveParameter.templates()) + " may change");
        return;
      }
      eventPaths.put(path, e.keyLoc());
      if (e.value() instanceof YScalar s) {
        String why = Checker.scalarProblem(s, leaf);
        if (why != null) {
          problems.add(s.loc(), why + " (for " + path + ")");
        } else {
          eventValues.add(Map.entry(path, s));
        }
      } else {
        problems.add(e.value().loc(), "expected " + leaf.expected() + " for " + path + ", got "
            + e.value().describe());
      }
    });
    return make(m, "event", () -> new ScenarioEvent(date(m, "date"), str(m, "description"), values));
  }

  /**
   * An event's value must be one the records accept, so that a run does not stop half-way on
   * the date of the event: the scenario with the value applied (and without its events) is
   * bound, as sweeps check their levels. Called only when the scenario itself is valid, so any
   * problem is the value's.
   */
  private void eventValue(YMap root, String path, YScalar value) {
    YMap copy = root.copy();
    copy.entries().remove("events");
    Problems found = new Problems();
    try {
      ParamPaths.set(copy, Format.SCENARIO, path, value);
      new Binder(found, land).scenario(copy);
    } catch (ParamPaths.PathException e) {
      return; // reported by event()
    } catch (Abort | ClassCastException | NullPointerException e) {
      // problems recorded
    }
    if (!found.isEmpty()) {
      Problem p = found.sorted().stream().filter(q -> q.line() == value.loc().line()
          && q.column() == value.loc().column() && q.file().equals(value.loc().file())).findFirst()
          .orElse(found.sorted().get(0));
      problems.add(value.loc(), "value " + value.text() + " of " + path + " is not valid: " + p.message());
    }
  }

  private EscalationSettings escalation(YMap m) {
    Map<Agency, Double> targetRisk = new LinkedHashMap<>();
    map(m, "target_risk").entries().forEach((k, e) -> {
      Agency a = enumKey(Agency.class, k, e.keyLoc(), "agency in target_risk");
      if (a != null) {
        targetRisk.put(a, number(e.value()));
      }
    });
    return make(m, "escalation", () -> new EscalationSettings(num(m, "rationality"), numbers(m, "effect"),
        numbers(m, "risk"), num(m, "base_risk"), num(m, "w_presence"), num(m, "w_commitment"),
        num(m, "w_visibility"), num(m, "visibility"), num(m, "reciprocity"), num(m, "standoff_gain"),
        targetRisk, num(m, "block_per_effect"), num(m, "collision_damage"),
        num(m, "repair_days"), num(m, "injury_probability"), num(m, "tension_per_severity"),
        num(m, "tension_half_life_days"), num(m, "tension_feedback"), bool(m, "stop_on_crisis")));
  }

  private MetricSettings metrics(YMap m, YNode outputsNode) {
    OutputSettings outputs = OutputSettings.bind(outputsNode, m.get("timeseries_interval_days"),
        "metrics.timeseries_interval_days", OutputSettings.RUN, problems);
    Map<String, Double> by = new LinkedHashMap<>();
    YMap byNode = map(m, "presence_radius_by_feature");
    byNode.entries().forEach((k, e) -> {
      featureRef(new YScalar(e.keyLoc(), k, true), "presence_radius_by_feature");
      by.put(k, number(e.value()));
    });
    Map<Agency, Double> ais = new LinkedHashMap<>();
    YMap aisNode = map(m, "ais_daily_probability");
    aisNode.entries().forEach((k, e) -> {
      Agency a = enumKey(Agency.class, k, e.keyLoc(), "agency in ais_daily_probability");
      if (a != null) {
        ais.put(a, number(e.value()));
      }
    });
    return make(m, "metrics", () -> new MetricSettings(num(m, "presence_radius_nm"), by, ais,
        numbers(m, "report_probability"), num(m, "witness_report_probability"), outputs),
        Map.of("presence_radius_nm", byNode, "ais_daily_probability", aisNode));
  }

  // ---------------------------------------------------------------- references

  private void checkId(YMap m, String id, String what) {
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new Abort(); // reported by the checker
    }
  }

  private void nationRef(YNode at, String code, String where) {
    if (!nationCodes.contains(code)) {
      problems.add(at.loc(), "unknown nation '" + code + "' in " + where + "; expected one of "
          + nationCodes + Suggest.hint(code, nationCodes));
    }
  }

  private void partyRef(YScalar at, List<String> parties, String where) {
    nationRef(at, at.text(), where);
    if (nationCodes.contains(at.text()) && !parties.contains(at.text())) {
      problems.add(at.loc(), "nation '" + at.text() + "' in " + where + " is not a party of the agreement;"
          + " expected one of " + parties);
    }
  }

  private VesselClass classRef(YScalar at) {
    VesselClass vc = classes.get(at.text());
    if (!classIds.contains(at.text())) {
      problems.add(at.loc(), "unknown vessel class '" + at.text() + "'; expected one of " + classIds
          + Suggest.hint(at.text(), classIds));
    }
    return vc;
  }

  private Place placeRef(YScalar at, String where) {
    Place p = places.get(at.text());
    if (p == null) {
      p = catalogue.find(at.text()).orElse(null);
    }
    if (p == null) {
      Set<String> all = new LinkedHashSet<>(catalogue.ids());
      all.addAll(places.keySet());
      problems.add(at.loc(), "unknown place '" + at.text() + "' in " + where
          + Suggest.hint(at.text(), all) + "; expected a place id from the catalogue or 'places'");
    }
    return p;
  }

  private void featureRef(YScalar at, String where) {
    Place p = placeRef(at, where);
    if (p != null && p.kind() != PlaceKind.FEATURE) {
      problems.add(at.loc(), "place '" + at.text() + "' in " + where + " is " + article(p.kind().key())
          + "; expected a feature (reef, shoal, bank or island)");
    }
  }

  private void portRef(YScalar at, String where) {
    Place p = placeRef(at, where);
    if (p != null && p.kind() != PlaceKind.PORT) {
      problems.add(at.loc(), "place '" + at.text() + "' in " + where + " is " + article(p.kind().key())
          + "; expected a port");
    }
  }

  /** A home port is a port; militia may also be based at a feature its own nation holds. */
  private void homePortRef(YScalar at, String nation, VesselClass vc) {
    Place p = placeRef(at, "home_port");
    if (p == null || p.kind() == PlaceKind.PORT) {
      return;
    }
    boolean militiaOutpost = vc != null && vc.agency() == Agency.MILITIA && p.kind() == PlaceKind.FEATURE
        && nation.equals(p.holder());
    if (!militiaOutpost) {
      problems.add(at.loc(), "home_port '" + at.text() + "' is " + article(p.kind().key()) + (p.holder().isEmpty()
          ? "" : " held by " + p.holder()) + "; expected a port (militia may also be based at a feature"
          + " their own nation holds)");
    }
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  // ---------------------------------------------------------------- guards

  private <T> T guard(Supplier<T> s) {
    try {
      return s.get();
    } catch (Abort | ClassCastException | NullPointerException e) {
      return null;
    }
  }

  private <T> T guardOr(Supplier<T> s, T dflt) {
    T t = guard(s);
    return t == null ? dflt : t;
  }

  private <T> void add(List<T> to, Supplier<T> s) {
    T t = guard(s);
    if (t != null) {
      to.add(t);
    }
  }

  private interface EntryAction {
    void accept(String key, YNode value);
  }

  private void eachEntry(YMap root, String key, EntryAction action) {
    YNode n = root.get(key);
    if (!(n instanceof YMap m)) {
      return;
    }
    m.entries().forEach((k, e) -> {
      try {
        action.accept(k, e.value());
      } catch (Abort | ClassCastException | NullPointerException ex) {
        // reported where it was found, or by the checker
      }
    });
  }

  private <T> T make(YMap m, String what, Supplier<T> build) {
    return make(m, what, build, Map.of());
  }

  /**
   * Runs a record constructor; its IllegalArgumentException becomes a problem located at the
   * key its message starts with ({@code cruise_kn must be ...}), else at the mapping.
   */
  private <T> T make(YMap m, String what, Supplier<T> build, Map<String, YMap> subMaps) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String msg = e.getMessage();
      YNode.Loc at = m.loc();
      for (String token : msg.split("[^A-Za-z0-9_]+")) {
        if (token.isEmpty()) {
          continue;
        }
        if (m.entries().containsKey(token)) {
          at = m.entries().get(token).value().loc();
          break;
        }
        YMap sub = subMaps.get(token);
        if (sub != null) {
          at = sub.loc();
          for (String t2 : msg.split("[^A-Za-z0-9_-]+")) {
            if (sub.entries().containsKey(t2)) {
              at = sub.entries().get(t2).value().loc();
              break;
            }
          }
          break;
        }
      }
      if (!problems.hasAt(at)) { // else the checker has said what is wrong with this value
        problems.add(at, what + ": " + msg);
      }
      throw new Abort();
    }
  }

  // ---------------------------------------------------------------- values

  static YMap map(YMap m, String key) {
    YNode n = m.get(key);
    if (n instanceof YMap r) {
      return r;
    }
    if (n == null || n instanceof YScalar s && s.isNull()) {
      return new YMap(m.loc());
    }
    throw new Abort();
  }

  static List<YNode> list(YNode n) {
    if (n instanceof YList l) {
      return l.items();
    }
    if (n == null || n instanceof YScalar s && s.isNull()) {
      return List.of();
    }
    throw new Abort();
  }

  private YNode keyNode(YMap root, String section, String key) {
    YMap s = (YMap) root.get(section);
    return new YScalar(s.entries().get(key).keyLoc(), key, true);
  }

  private static YNode.Loc keyLoc(YMap m, String key) {
    return m.loc();
  }

  static YScalar scalar(YMap m, String key) {
    YNode n = m.get(key);
    if (n instanceof YScalar s && !s.isNull()) {
      return s;
    }
    throw new Abort();
  }

  static String str(YMap m, String key) {
    return scalar(m, key).text();
  }

  static String id(YMap m, String key) {
    return str(m, key);
  }

  static double num(YMap m, String key) {
    return number(m.get(key));
  }

  static double number(YNode n) {
    if (n instanceof YScalar s && Trees.scalarValue(s) instanceof Number x) {
      return x.doubleValue();
    }
    throw new Abort();
  }

  static int integer(YNode n) {
    if (n instanceof YScalar s && Trees.scalarValue(s) instanceof Long x
        && x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
      return x.intValue();
    }
    throw new Abort();
  }

  static boolean bool(YMap m, String key) {
    if (Trees.scalarValue(scalar(m, key)) instanceof Boolean b) {
      return b;
    }
    throw new Abort();
  }

  static LocalDate date(YMap m, String key) {
    LocalDate d = Trees.date(scalar(m, key));
    if (d == null) {
      throw new Abort();
    }
    return d;
  }

  static Optional<LocalDate> optDate(YMap m, String key) {
    return m.has(key) ? Optional.of(date(m, key)) : Optional.empty();
  }

  static List<YScalar> scalars(YMap m, String key) {
    List<YScalar> out = new ArrayList<>();
    for (YNode n : list(m.get(key))) {
      if (!(n instanceof YScalar s) || s.isNull()) {
        throw new Abort();
      }
      out.add(s);
    }
    return out;
  }

  static List<String> strs(YMap m, String key) {
    return scalars(m, key).stream().map(YScalar::text).toList();
  }

  static double[] numbers(YMap m, String key) {
    List<YNode> l = list(m.get(key));
    double[] out = new double[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(l.get(i));
    }
    return out;
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, YScalar s) {
    try {
      return Enum.valueOf(type, s.text().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Abort(); // reported by the checker
    }
  }

  private <E extends Enum<E>> E enumKey(Class<E> type, String key, YNode.Loc at, String what) {
    List<String> names = java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    if (!names.contains(key)) {
      problems.add(at, "unknown " + what + " '" + key + "'; expected one of " + names + Suggest.hint(key, names));
      return null;
    }
    return Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
  }

  static <E extends Enum<E>> Set<E> enumSet(Class<E> type, YMap m, String key) {
    Set<E> out = new LinkedHashSet<>();
    for (YScalar s : scalars(m, key)) {
      out.add(enumOf(type, s));
    }
    return out;
  }
}
