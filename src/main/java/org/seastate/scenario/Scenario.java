package org.seastate.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.seastate.geo.Place;
import org.seastate.geo.Places;

/**
 * What the world is, for one run: immutable and validated. Maps keep the order of the file, so
 * everything derived from a scenario iterates in a reproducible order.
 *
 * @param name short name (used for results folders)
 * @param description one paragraph for reports
 * @param theater the map box
 * @param horizon first and last calendar day
 * @param places places the scenario adds to the built-in catalogue ({@link Places#standard()}),
 *     e.g. a hypothetical port; ids must not clash with the catalogue
 * @param nations by code
 * @param vesselClasses by id
 * @param fleets per nation code, its vessels by home port
 * @param policies per nation code; nations without one keep their vessels in port
 * @param agreements by id
 * @param events dated parameter changes
 * @param escalation the escalation ladder and tension mechanism
 * @param metrics how the run is observed
 */
public record Scenario(
    String name,
    String description,
    TheaterSpec theater,
    Horizon horizon,
    Map<String, Place> places,
    Map<String, Nation> nations,
    Map<String, VesselClass> vesselClasses,
    Map<String, List<FleetEntry>> fleets,
    Map<String, Policy> policies,
    Map<String, Agreement> agreements,
    List<ScenarioEvent> events,
    EscalationSettings escalation,
    MetricSettings metrics) {

  public Scenario {
    Checks.id("name", name);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(theater, "theater");
    Objects.requireNonNull(horizon, "horizon");
    places = Checks.ordered(places);
    nations = Checks.ordered(Checks.nonEmpty("nations", nations));
    vesselClasses = Checks.ordered(vesselClasses);
    var fleetCopy = new java.util.LinkedHashMap<String, List<FleetEntry>>();
    fleets.forEach((code, entries) -> fleetCopy.put(code, List.copyOf(entries)));
    fleets = Checks.ordered(fleetCopy);
    long hulls = fleets.values().stream().flatMap(List::stream).mapToLong(FleetEntry::count).sum();
    if (hulls > Limits.MAX_FLEET_VESSELS) {
      throw new InvalidValueException("fleets", String.format(java.util.Locale.ROOT, "fleets hold %,d vessels in all; the"
          + " limit is %,d (see 'Limits' in docs/SCENARIOS.md)", hulls, Limits.MAX_FLEET_VESSELS));
    }
    policies = Checks.ordered(policies);
    agreements = Checks.ordered(agreements);
    events = List.copyOf(events);
    Objects.requireNonNull(escalation, "escalation");
    Objects.requireNonNull(metrics, "metrics");
  }

  /** A place by id: the scenario's own places first, then the built-in catalogue. */
  public Optional<Place> findPlace(String id) {
    Place own = places.get(id);
    return own != null ? Optional.of(own) : Places.standard().find(id);
  }

  public Place place(String id) {
    return findPlace(id).orElseThrow(() -> new IllegalArgumentException("unknown place '" + id + "'"));
  }

  public Nation nation(String code) {
    return Lookup.known(nations, code, "nation");
  }

  public VesselClass vesselClass(String id) {
    return Lookup.known(vesselClasses, id, "vessel class");
  }

  public Policy policy(String code) {
    return policies.getOrDefault(code, Policy.NONE);
  }

  public List<FleetEntry> fleet(String code) {
    return fleets.getOrDefault(code, List.of());
  }
}
