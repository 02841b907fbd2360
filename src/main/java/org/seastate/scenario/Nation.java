package org.seastate.scenario;

import java.util.Objects;

/**
 * A state taking part in the scenario.
 *
 * @param code short code used everywhere else (CN, PH, VN, MY, JP, US, AU, ...)
 * @param name display name
 * @param posture resolve, risk tolerance and rules of engagement
 * @param claim the sea area this nation polices as its own
 */
public record Nation(String code, String name, Posture posture, Claim claim) {
  public Nation {
    Checks.id("nation code", code);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(posture, "posture");
    Objects.requireNonNull(claim, "claim");
  }
}
