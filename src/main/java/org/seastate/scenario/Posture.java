package org.seastate.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * How far a nation is prepared to go: the inputs to the escalation choice that belong to the
 * nation rather than to a vessel.
 *
 * @param resolve multiplies the gain of escalating (0 = indifferent, 1 = reference, up to 3)
 * @param riskTolerance share of the expected cost of escalating that is ignored (0..1)
 * @param roeCap highest escalation level each agency may use under its rules of engagement;
 *     agencies not listed may not escalate beyond {@code defaultRoeCap}
 * @param defaultRoeCap cap for agencies absent from {@code roeCap}
 * @param stakes value of each feature to this nation (feature id to 0..1); others are worth
 *     {@code defaultStake}
 * @param defaultStake value of any feature not listed in {@code stakes}
 * @param publicity how readily the nation publicises incidents against its vessels (0..1; the
 *     reporting model)
 */
public record Posture(
    double resolve,
    double riskTolerance,
    Map<Agency, Integer> roeCap,
    int defaultRoeCap,
    Map<String, Double> stakes,
    double defaultStake,
    double publicity) {

  public Posture {
    Checks.between("resolve", resolve, 0, 3);
    Checks.probability("risk_tolerance", riskTolerance);
    roeCap = Checks.ordered(roeCap.isEmpty() ? roeCap : new EnumMap<>(roeCap));
    roeCap.forEach((a, lvl) -> Checks.level("roe_cap." + a.key(), lvl));
    Checks.level("default_roe_cap", defaultRoeCap);
    stakes = Checks.ordered(stakes);
    stakes.forEach((f, v) -> Checks.probability("stakes." + f, v));
    Checks.probability("default_stake", defaultStake);
    Checks.probability("publicity", publicity);
  }

  /** The rules-of-engagement cap of an agency. */
  public int roeCapOf(Agency agency) {
    return roeCap.getOrDefault(agency, defaultRoeCap);
  }

  /** The value of a feature (or of a mission near it) to this nation. */
  public double stakeOf(String featureId) {
    Double v = featureId == null ? null : stakes.get(featureId);
    return v == null ? defaultStake : v;
  }
}
