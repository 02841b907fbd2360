package org.seastate.scenario;

import static org.seastate.scenario.YValues.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.seastate.geo.LandMask;
import org.seastate.geo.LatLon;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.Places;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Binds a checked scenario tree (defaults filled in) to the records, by hand: every record is
 * built inside a guard that turns its constructor's refusal into a problem at the line of the
 * value it names ({@link InvalidValueException#key()}), and every reference (nation, vessel
 * class, place, agreement party) is resolved with a location. A value of the wrong shape, which
 * the checker has reported, aborts only its part ({@link Abort}, by explicit type checks in
 * {@link YValues}), so that all problems are found in one pass.
 */
final class Binder {
  final Problems problems;
  final LandMask land;
  /** The built-in places, as the loader was given them. */
  final Places catalogue;

  Map<String, Place> places = new LinkedHashMap<>();
  Map<String, Nation> nations = new LinkedHashMap<>();
  Map<String, VesselClass> classes = new LinkedHashMap<>();

  /** Ids written in the file, so that one broken definition does not break every reference. */
  Set<String> nationCodes = Set.of();
  Set<String> classIds = Set.of();

  /** Event values of the right type, still to be checked against the records' ranges. */
  final List<Map.Entry<String, YScalar>> eventValues = new ArrayList<>();
  /** Live paths events set, where they are written: each must name a value the run has. */
  final Map<String, YNode.Loc> eventPaths = new LinkedHashMap<>();

  static Set<String> keys(YMap root, String section) {
    return root.get(section) instanceof YMap m ? new LinkedHashSet<>(m.entries().keySet()) : Set.of();
  }

  /** Binds policies, agreements and events, with this binder's references and checks. */
  private final PolicyBinder policyBinder = new PolicyBinder(this);

  Binder(Problems problems, LandMask land, Places catalogue) {
    this.problems = problems;
    this.land = land;
    this.catalogue = catalogue;
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
        FleetEntry fe = guard(() -> fleetEntry(code, asMap(e)));
        if (fe != null) {
          entries.add(fe);
        }
      }
      fleets.put(code, entries);
    });
    Map<String, Policy> policies = new LinkedHashMap<>();
    eachEntry(root, "policies", (code, node) -> {
      nationRef(keyNode(root, "policies", code), code, "policies");
      policies.put(code, policyBinder.policy(code, asMap(node)));
    });
    Map<String, Agreement> agreements = new LinkedHashMap<>();
    eachEntry(root, "agreements", (id, node) -> agreements.put(id, policyBinder.agreement(id, asMap(node))));
    List<ScenarioEvent> events = new ArrayList<>();
    for (YNode e : list(root.get("events"))) {
      ScenarioEvent ev = guard(() -> policyBinder.event(root, asMap(e)));
      if (ev != null) {
        events.add(ev);
      }
    }
    EscalationSettings escalation = guard(() -> policyBinder.escalation(map(root, "escalation")));
    MetricSettings metrics = guard(() -> policyBinder.metrics(map(root, "metrics"), root.get("outputs")));
    if (problems.isEmpty()) {
      eventValues.forEach(e -> policyBinder.eventValue(root, e.getKey(), e.getValue()));
    }
    if (name == null || description == null || theater == null || horizon == null || escalation == null
        || metrics == null || !problems.isEmpty()) {
      throw new Abort();
    }
    Scenario scenario = make(root, "scenario", () -> new Scenario(name, description, theater, horizon, places,
        nations, classes, fleets, policies, agreements, events, escalation, metrics));
    policyBinder.eventTargets(scenario);
    return scenario;
  }


  TheaterSpec theater(YMap t) {
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

  Place place(String id, YNode node) {
    YMap m = asMap(node);
    if (catalogue.find(id).isPresent()) {
      problems.add(keyLoc(m, id), "place id '" + id + "' is already in the built-in catalogue;"
          + " expected a new id (refer to catalogue places by id without redefining them)");
      throw new Abort();
    }
    checkId(m, id, "place id");
    PlaceKind kind = placeKind(scalar(m, "kind"));
    Place p = make(m, "place '" + id + "'", () -> new Place(id, str(m, "name"), kind, str(m, "holder"),
        new LinkedHashSet<>(strs(m, "groups")), latLon(m), str(m, "confidence"), str(m, "source")));
    if (kind == PlaceKind.FEATURE && land.isLand(p.position())) {
      problems.add(m.get("lat").loc(), "place '" + id + "' at " + p.position()
          + " is on land; a feature must be at sea");
    }
    return p;
  }

  /** The place kind a scalar names; an unknown kind aborts the place (the checker reports it). */
  static PlaceKind placeKind(YScalar s) {
    for (PlaceKind k : PlaceKind.values()) {
      if (k.key().equals(s.text())) {
        return k;
      }
    }
    throw new Abort();
  }

  LatLon latLon(YMap m) {
    return make(m, "position", () -> new LatLon(num(m, "lat"), num(m, "lon")));
  }

  Nation nation(String code, YNode node) {
    YMap m = asMap(node);
    checkId(m, code, "nation code");
    Posture posture = posture(map(m, "posture"));
    Claim claim = enumOf(Claim.class, scalar(m, "claim"));
    return make(m, "nation '" + code + "'", () -> new Nation(code, str(m, "name"), posture, claim));
  }

  Posture posture(YMap m) {
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
        num(m, "default_stake"), num(m, "publicity")));
  }

  VesselClass vesselClass(String id, YNode node) {
    YMap m = asMap(node);
    checkId(m, id, "vessel class id");
    Set<Capability> caps = enumSet(Capability.class, m, "capabilities");
    return make(m, "vessel class '" + id + "'", () -> new VesselClass(id, enumOf(Agency.class, scalar(m, "agency")),
        num(m, "cruise_kn"), num(m, "max_kn"), num(m, "endurance_days"), num(m, "sensor_nm"),
        num(m, "tonnage"), caps));
  }

  FleetEntry fleetEntry(String nation, YMap m) {
    VesselClass vc = classRef(scalar(m, "class"));
    homePortRef(scalar(m, "home_port"), nation, vc);
    return make(m, "fleet entry", () -> new FleetEntry(str(m, "class"), integer(m.get("count")),
        str(m, "home_port"), optDate(m, "from")));
  }

  // ---------------------------------------------------------------- references

  void checkId(YMap m, String id, String what) {
    if (!ScalarForms.isId(id)) {
      throw new Abort(); // reported by the checker
    }
  }

  void nationRef(YNode at, String code, String where) {
    if (!nationCodes.contains(code)) {
      problems.add(at.loc(), "unknown nation '" + code + "' in " + where + "; expected one of "
          + nationCodes + Suggest.hint(code, nationCodes));
    }
  }

  void partyRef(YScalar at, List<String> parties, String where) {
    nationRef(at, at.text(), where);
    if (nationCodes.contains(at.text()) && !parties.contains(at.text())) {
      problems.add(at.loc(), "nation '" + at.text() + "' in " + where + " is not a party of the agreement;"
          + " expected one of " + parties);
    }
  }

  VesselClass classRef(YScalar at) {
    VesselClass vc = classes.get(at.text());
    if (!classIds.contains(at.text())) {
      problems.add(at.loc(), "unknown vessel class '" + at.text() + "'; expected one of " + classIds
          + Suggest.hint(at.text(), classIds));
    }
    return vc;
  }

  Place placeRef(YScalar at, String where) {
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

  void featureRef(YScalar at, String where) {
    Place p = placeRef(at, where);
    if (p != null && p.kind() != PlaceKind.FEATURE) {
      problems.add(at.loc(), "place '" + at.text() + "' in " + where + " is " + article(p.kind().key())
          + "; expected a feature (reef, shoal, bank or island)");
    }
  }

  void portRef(YScalar at, String where) {
    Place p = placeRef(at, where);
    if (p != null && p.kind() != PlaceKind.PORT) {
      problems.add(at.loc(), "place '" + at.text() + "' in " + where + " is " + article(p.kind().key())
          + "; expected a port");
    }
  }

  /** A home port is a port; militia may also be based at a feature its own nation holds. */
  void homePortRef(YScalar at, String nation, VesselClass vc) {
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

  static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  // ---------------------------------------------------------------- guards

  <T> T guard(Supplier<T> s) {
    try {
      return s.get();
    } catch (Abort e) {
      return null;
    }
  }

  <T> T guardOr(Supplier<T> s, T dflt) {
    T t = guard(s);
    return t == null ? dflt : t;
  }

  <T> void add(List<T> to, Supplier<T> s) {
    T t = guard(s);
    if (t != null) {
      to.add(t);
    }
  }

  interface EntryAction {
    void accept(String key, YNode value);
  }

  void eachEntry(YMap root, String key, EntryAction action) {
    YNode n = root.get(key);
    if (!(n instanceof YMap m)) {
      return;
    }
    m.entries().forEach((k, e) -> {
      try {
        action.accept(k, e.value());
      } catch (Abort ex) {
        // reported where it was found, or by the checker
      }
    });
  }

  /**
   * Runs a record constructor; a refusal becomes a problem at the value its
   * {@link InvalidValueException} names ({@code cruise_kn}; the mapping {@code roe_cap} for
   * {@code roe_cap.navy}), else at the mapping.
   */
  <T> T make(YMap m, String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      return refused(locate(m, e), what, e);
    } catch (IllegalArgumentException e) {
      return refused(m.loc(), what, e);
    }
  }

  private <T> T refused(YNode.Loc at, String what, IllegalArgumentException e) {
    if (!problems.hasAt(at)) { // else the checker has said what is wrong with this value
      problems.add(at, what + ": " + e.getMessage());
    }
    throw new Abort();
  }

  /** Where the value a refusal names is written: its key's value in {@code m}, else {@code m}. */
  static YNode.Loc locate(YMap m, InvalidValueException e) {
    YNode own = m.get(e.head());
    return own == null ? m.loc() : own.loc();
  }

  // ---------------------------------------------------------------- values

  YNode keyNode(YMap root, String section, String key) {
    YMap s = asMap(root.get(section));
    return new YScalar(s.entries().get(key).keyLoc(), key, true);
  }

  static YNode.Loc keyLoc(YMap m, String key) {
    return m.loc();
  }

  <E extends Enum<E>> E enumKey(Class<E> type, String key, YNode.Loc at, String what) {
    List<String> names = java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    if (!names.contains(key)) {
      problems.add(at, "unknown " + what + " '" + key + "'; expected one of " + names + Suggest.hint(key, names));
      return null;
    }
    return Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
  }
}
