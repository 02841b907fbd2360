package org.seastate.scenario;

import static org.seastate.scenario.YValues.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Binds the parts of a scenario that say what nations do and what they agreed, and how runs
 * are played and measured: policies, agreements with their effects, dated events, escalation
 * settings, metrics and outputs. Kept apart from {@link Binder} (the theater, places, nations,
 * vessel classes and fleets, references and checks), whose references and problem list it uses.
 */
final class PolicyBinder {
  private final Binder binder;

  PolicyBinder(Binder binder) {
    this.binder = binder;
  }

  /**
   * An event may only change a value the run has from its start: a path into an interdiction or
   * allocation the policy leaves out would resolve (optional keys may be named) but change nothing.
   */
  void eventTargets(Scenario scenario) {
    if (binder.eventPaths.isEmpty()) {
      return;
    }
    Set<String> live = new LinkedHashSet<>();
    LivePath.of(scenario).forEach(p -> live.add(p.path()));
    binder.eventPaths.forEach((path, at) -> {
      if (!live.contains(path)) {
        binder.problems.add(at, "events may not change '" + path + "': this scenario has no such value at the start"
            + " of a run (a policy without interdiction or allocation has nothing there to change)");
      }
    });
    if (!binder.problems.isEmpty()) {
      throw new Binder.Abort();
    }
  }

  Policy policy(String nation, YMap m) {
    List<Policy.Presence> presence = new ArrayList<>();
    for (YNode n : list(m.get("presence"))) {
      binder.add(presence, () -> {
        YMap p = asMap(n);
        binder.featureRef(scalar(p, "feature"), "presence");
        return binder.make(p, "presence", () -> new Policy.Presence(str(p, "feature"), enumOf(Agency.class, scalar(p, "agency")),
            integer(p.get("ships")), integer(p.get("priority")), num(p, "station_days"), num(p, "gap_days")));
      });
    }
    List<Policy.Resupply> resupply = new ArrayList<>();
    for (YNode n : list(m.get("resupply"))) {
      binder.add(resupply, () -> {
        YMap r = asMap(n);
        binder.featureRef(scalar(r, "outpost"), "resupply outpost");
        binder.portRef(scalar(r, "from"), "resupply");
        binder.classRef(scalar(r, "supply_class"));
        return binder.make(r, "resupply", () -> new Policy.Resupply(str(r, "outpost"), str(r, "from"),
            num(r, "cadence_days"), str(r, "supply_class"), integer(r.get("boats")), integer(r.get("escorts")),
            enumOf(Agency.class, scalar(r, "escort_agency"))));
      });
    }
    Policy.Interdiction interdiction = Policy.Interdiction.NONE;
    if (m.has("interdiction")) {
      YMap i = map(m, "interdiction");
      interdiction = binder.guardOr(() -> binder.make(i, "interdiction", () -> new Policy.Interdiction(num(i, "intensity"),
          enumSet(Agency.class, i, "agencies"), num(i, "radius_nm"))), Policy.Interdiction.NONE);
    }
    Policy.Response response = Policy.Response.NONE;
    if (m.has("response")) {
      YMap r = map(m, "response");
      response = binder.guardOr(() -> binder.make(r, "response", () -> new Policy.Response(num(r, "radius_nm"),
          integer(r.get("max_vessels")), bool(r, "for_partners"))), Policy.Response.NONE);
    }
    Optional<Policy.Fonops> fonops = Optional.empty();
    if (m.has("fonops")) {
      YMap f = map(m, "fonops");
      fonops = Optional.ofNullable(binder.guard(() -> {
        List<YScalar> feats = scalars(f, "features");
        feats.forEach(s -> binder.featureRef(s, "fonops"));
        return binder.make(f, "fonops", () -> new Policy.Fonops(num(f, "per_year"), strs(f, "features"),
            enumOf(Agency.class, scalar(f, "agency"))));
      }));
    }
    List<Policy.Swarm> swarms = new ArrayList<>();
    for (YNode n : list(m.get("swarms"))) {
      binder.add(swarms, () -> {
        YMap s = asMap(n);
        binder.featureRef(scalar(s, "feature"), "swarm");
        return binder.make(s, "swarm", () -> new Policy.Swarm(str(s, "feature"), integer(s.get("vessels")),
            num(s, "station_days")));
      });
    }
    List<Policy.Blockade> blockades = new ArrayList<>();
    for (YNode n : list(m.get("blockades"))) {
      binder.add(blockades, () -> {
        YMap b = asMap(n);
        binder.featureRef(scalar(b, "feature"), "blockade");
        return binder.make(b, "blockade", () -> new Policy.Blockade(str(b, "feature"), num(b, "band_nm"),
            num(b, "probability"), integer(b.get("vessels"))));
      });
    }
    Optional<Policy.Allocation> allocation = Optional.empty();
    if (m.has("allocation")) {
      YMap a = map(m, "allocation");
      allocation = Optional.ofNullable(binder.guard(() -> binder.make(a, "allocation", () -> new Policy.Allocation(
          enumOf(Agency.class, scalar(a, "agency")), integer(a.get("ships")), num(a, "rival_weight"),
          num(a, "memory_days"), num(a, "station_days")))));
    }
    YMap md = map(m, "militia");
    Policy.MilitiaDynamics militia = binder.guardOr(() -> binder.make(md, "militia", () -> new Policy.MilitiaDynamics(
        num(md, "surges_per_month"), num(md, "surge_share"), num(md, "surge_days"), bool(md, "response_surges"),
        num(md, "dispersals_per_year"), num(md, "dispersal_days"))), Policy.MilitiaDynamics.NONE);
    Policy.Interdiction fi = interdiction;
    Policy.Response fr = response;
    Optional<Policy.Fonops> ff = fonops;
    Optional<Policy.Allocation> fa = allocation;
    return binder.make(m, "policy of " + nation, () -> new Policy(presence, resupply, fi, fr, ff, swarms, blockades,
        fa, militia));
  }

  Agreement agreement(String id, YMap m) {
    binder.checkId(m, id, "agreement id");
    List<YScalar> parties = scalars(m, "parties");
    parties.forEach(p -> binder.nationRef(p, p.text(), "agreement '" + id + "' parties"));
    List<Effect> effects = new ArrayList<>();
    for (YNode n : list(m.get("effects"))) {
      binder.add(effects, () -> effect(asMap(n), parties.stream().map(YScalar::text).toList()));
    }
    return binder.make(m, "agreement '" + id + "'", () -> new Agreement(id, str(m, "name"), strs(m, "parties"),
        optDate(m, "signed"), date(m, "in_force"), optDate(m, "end"), bool(m, "enabled"), effects));
  }

  Effect effect(YMap wrapper, List<String> parties) {
    if (wrapper.entries().size() != 1) {
      throw new Binder.Abort(); // reported by the checker: an effect is one key
    }
    var e = wrapper.entries().entrySet().iterator().next();
    String kind = e.getKey();
    YMap m = asMap(e.getValue().value());
    switch (kind) {
      case "port_access": {
        YScalar host = scalar(m, "host");
        binder.partyRef(host, parties, "port_access host");
        scalars(m, "guests").forEach(g -> binder.partyRef(g, parties, "port_access guests"));
        scalars(m, "ports").forEach(p -> binder.portRef(p, "port_access"));
        return binder.make(m, kind, () -> new Effect.PortAccess(host.text(), strs(m, "guests"), strs(m, "ports")));
      }
      case "joint_patrols": {
        scalars(m, "area").forEach(a -> binder.featureRef(a, "joint_patrols area"));
        scalars(m, "participants").forEach(p -> binder.nationRef(p, p.text(), "joint_patrols participants"));
        return binder.make(m, kind, () -> new Effect.JointPatrols(num(m, "per_month"), strs(m, "area"),
            strs(m, "participants"), integer(m.get("ships_per_party")), num(m, "duration_days"),
            enumOf(Agency.class, scalar(m, "agency"))));
      }
      case "info_sharing":
        return binder.make(m, kind, () -> new Effect.InfoSharing(num(m, "detection_bonus_nm")));
      case "defense_commitment": {
        binder.nationRef(scalar(m, "guarantor"), str(m, "guarantor"), "defense_commitment guarantor");
        binder.nationRef(scalar(m, "protectee"), str(m, "protectee"), "defense_commitment protectee");
        return binder.make(m, kind, () -> new Effect.DefenseCommitment(str(m, "guarantor"), str(m, "protectee"),
            num(m, "strength"), enumSet(Agency.class, m, "coverage"), integer(m.get("threshold"))));
      }
      case "capacity": {
        List<Effect.VesselDelivery> vessels = new ArrayList<>();
        for (YNode n : list(m.get("vessels"))) {
          binder.add(vessels, () -> {
            YMap v = asMap(n);
            binder.nationRef(scalar(v, "nation"), str(v, "nation"), "capacity vessels");
            VesselClass vc = binder.classRef(scalar(v, "class"));
            binder.homePortRef(scalar(v, "home_port"), str(v, "nation"), vc);
            return binder.make(v, "vessel delivery", () -> new Effect.VesselDelivery(date(v, "date"), str(v, "nation"),
                str(v, "class"), integer(v.get("count")), str(v, "home_port")));
          });
        }
        List<Effect.RadarDelivery> radars = new ArrayList<>();
        for (YNode n : list(m.get("radars"))) {
          binder.add(radars, () -> {
            YMap r = asMap(n);
            binder.nationRef(scalar(r, "nation"), str(r, "nation"), "capacity radars");
            binder.placeRef(scalar(r, "site"), "radar site");
            return binder.make(r, "radar delivery", () -> new Effect.RadarDelivery(date(r, "date"), str(r, "nation"),
                str(r, "site"), num(r, "range_nm")));
          });
        }
        return binder.make(m, kind, () -> new Effect.Capacity(vessels, radars));
      }
      case "deescalation": {
        scalars(m, "places").forEach(p -> binder.featureRef(p, "deescalation places"));
        return binder.make(m, kind, () -> new Effect.Deescalation(integer(m.get("max_level")),
            enumSet(MissionType.class, m, "missions"), strs(m, "places"), num(m, "radius_nm"),
            num(m, "compliance")));
      }
      default:
        throw new Binder.Abort();
    }
  }

  ScenarioEvent event(YMap root, YMap m) {
    YMap set = map(m, "set");
    Map<String, Object> values = new LinkedHashMap<>();
    set.entries().forEach((path, e) -> {
      values.put(path, e.value() instanceof YScalar sv ? Trees.scalarValue(sv) : null);
      Shape.Scalar leaf;
      try {
        leaf = ParamPaths.leaf(root, Format.SCENARIO, path);
      } catch (ParamPaths.PathException ex) {
        binder.problems.add(e.keyLoc(), ex.getMessage());
        return;
      }
      if (!ScenarioEvent.mayChange(path)) {
        binder.problems.add(e.keyLoc(), "events may not change '" + path + "'; during a run only "
            + String.join(", ", LiveParameter.templates()) + " may change");
        return;
      }
      binder.eventPaths.put(path, e.keyLoc());
      if (e.value() instanceof YScalar s) {
        String why = Checker.scalarProblem(s, leaf);
        if (why != null) {
          binder.problems.add(s.loc(), why + " (for " + path + ")");
        } else {
          binder.eventValues.add(Map.entry(path, s));
        }
      } else {
        binder.problems.add(e.value().loc(), "expected " + leaf.expected() + " for " + path + ", got "
            + e.value().describe());
      }
    });
    return binder.make(m, "event", () -> new ScenarioEvent(date(m, "date"), str(m, "description"), values));
  }

  /**
   * An event's value must be one the records accept, so that a run does not stop half-way on
   * the date of the event: the scenario with the value applied (and without its events) is
   * bound, as sweeps check their levels. Called only when the scenario itself is valid, so any
   * problem is the value's.
   */
  void eventValue(YMap root, String path, YScalar value) {
    YMap copy = root.copy();
    copy.entries().remove("events");
    Problems found = new Problems();
    try {
      ParamPaths.set(copy, Format.SCENARIO, path, value);
      new Binder(found, binder.land, binder.catalogue).scenario(copy);
    } catch (ParamPaths.PathException e) {
      return; // reported by event()
    } catch (Binder.Abort e) {
      // problems recorded
    }
    if (!found.isEmpty()) {
      Problem p = found.sorted().stream().filter(q -> q.line() == value.loc().line()
          && q.column() == value.loc().column() && q.file().equals(value.loc().file())).findFirst()
          .orElse(found.sorted().get(0));
      binder.problems.add(value.loc(), "value " + value.text() + " of " + path + " is not valid: " + p.message());
    }
  }

  EscalationSettings escalation(YMap m) {
    Map<Agency, Double> targetRisk = new LinkedHashMap<>();
    map(m, "target_risk").entries().forEach((k, e) -> {
      Agency a = binder.enumKey(Agency.class, k, e.keyLoc(), "agency in target_risk");
      if (a != null) {
        targetRisk.put(a, number(e.value()));
      }
    });
    return binder.make(m, "escalation", () -> new EscalationSettings(num(m, "rationality"),
        PerLevel.nonNegative("effect", numbers(m, "effect")), PerLevel.nonNegative("risk", numbers(m, "risk")), num(m, "base_risk"), num(m, "w_presence"), num(m, "w_commitment"),
        num(m, "w_visibility"), num(m, "visibility"), num(m, "reciprocity"), num(m, "standoff_gain"),
        targetRisk, num(m, "block_per_effect"), num(m, "collision_damage"),
        num(m, "repair_days"), num(m, "injury_probability"), num(m, "tension_per_severity"),
        num(m, "tension_half_life_days"), num(m, "tension_feedback"), bool(m, "stop_on_crisis")));
  }

  MetricSettings metrics(YMap m, YNode outputsNode) {
    OutputSettings outputs = OutputSettings.bind(outputsNode, m.get("timeseries_interval_days"),
        "metrics.timeseries_interval_days", OutputSettings.RUN, binder.problems);
    Map<String, Double> by = new LinkedHashMap<>();
    YMap byNode = map(m, "presence_radius_by_feature");
    byNode.entries().forEach((k, e) -> {
      binder.featureRef(new YScalar(e.keyLoc(), k, true), "presence_radius_by_feature");
      by.put(k, number(e.value()));
    });
    Map<Agency, Double> ais = new LinkedHashMap<>();
    YMap aisNode = map(m, "ais_daily_probability");
    aisNode.entries().forEach((k, e) -> {
      Agency a = binder.enumKey(Agency.class, k, e.keyLoc(), "agency in ais_daily_probability");
      if (a != null) {
        ais.put(a, number(e.value()));
      }
    });
    return binder.make(m, "metrics", () -> new MetricSettings(num(m, "presence_radius_nm"), by, ais,
        PerLevel.probabilities("report_probability", numbers(m, "report_probability")),
        num(m, "witness_report_probability"), outputs));
  }
}
