package org.seastate.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * How far a nation is prepared to go: the inputs to the escalation choice that belong to the
 * nation rather than to a vessel.
 *
 * @param resolve multiplies the gain of escalating (0 = indifferent, 1 = reference; range in
 *     {@link LiveParameter#RESOLVE})
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
    // the ranges of values that may change during a run come from the registry
    LiveParameter.RESOLVE.check("resolve", resolve);
    LiveParameter.RISK_TOLERANCE.check("risk_tolerance", riskTolerance);
    roeCap = Checks.ordered(roeCap.isEmpty() ? roeCap : new EnumMap<>(roeCap));
    roeCap.forEach((a, lvl) -> LiveParameter.ROE_CAP.check("roe_cap." + a.key(), lvl));
    Checks.level("default_roe_cap", defaultRoeCap);
    stakes = Checks.ordered(stakes);
    stakes.forEach((f, v) -> LiveParameter.STAKE.check("stakes." + f, v));
    LiveParameter.DEFAULT_STAKE.check("default_stake", defaultStake);
    LiveParameter.PUBLICITY.check("publicity", publicity);
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
