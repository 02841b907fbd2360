package org.seastate.scenario;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A class of vessel: what one hull of it can do.
 *
 * @param id identifier used by fleets ({@code ccg-cutter-large})
 * @param agency the organisation operating it
 * @param cruiseKn transit speed, knots
 * @param maxKn top speed when responding, knots (at least the cruise speed)
 * @param enduranceDays days it can stay at sea before it must return to a port
 * @param sensorNm radius within which it detects other vessels, nautical miles
 * @param tonnage full-load displacement, tonnes (weighs in blocking and collisions)
 * @param capabilities equipment that makes escalation levels feasible
 */
public record VesselClass(
    String id,
    Agency agency,
    double cruiseKn,
    double maxKn,
    double enduranceDays,
    double sensorNm,
    double tonnage,
    Set<Capability> capabilities) {

  public VesselClass {
    Checks.id("vessel class id", id);
    Objects.requireNonNull(agency, "agency");
    Checks.positive("cruise_kn", cruiseKn);
    Checks.positive("max_kn", maxKn);
    if (maxKn < cruiseKn) {
      throw new InvalidValueException("max_kn",
          "max_kn must be at least cruise_kn (" + cruiseKn + "), was " + maxKn);
    }
    Checks.positive("endurance_days", enduranceDays);
    Checks.nonNegative("sensor_nm", sensorNm);
    Checks.positive("tonnage", tonnage);
    capabilities = Checks.ordered(
        capabilities.isEmpty() ? Set.of() : EnumSet.copyOf(capabilities));
  }

  public boolean has(Capability c) {
    return capabilities.contains(c);
  }
}
