package org.seastate.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of the escalation ladder and of tension: the mechanism every encounter runs.
 *
 * <p>Each tick of an encounter, each side picks a level {@code l} on the ladder with
 * probability proportional to {@code exp(rationality × U(l))}. {@code U(l)} weighs the gain of
 * the level ({@code resolve × stake × effect[l]}, scaled by {@code standoff_gain} in a
 * standoff (1 in an interception), and raised towards the opponent's last act by
 * {@code reciprocity}) against its expected cost, of which the side ignores the share
 * {@code risk_tolerance}: {@code risk[l] × target_risk[target's agency] × (base_risk +
 * w_presence × partner vessels near the target + w_visibility × visibility)}, plus
 * {@code w_commitment × strength} for each defence commitment covering the target whose
 * threshold is at or below {@code l} (so coercion concentrates just below the threshold).
 * Levels above the agency's rules-of-engagement cap or beyond the vessel's capabilities are
 * not feasible.
 *
 * @param rationality logit precision λ (0 = uniform choice, large = best response)
 * @param effect gain of each level 0..7 for the side that uses it (what it achieves)
 * @param risk risk of each level 0..7 (how costly it may turn out)
 * @param baseRisk cost weight present in every encounter
 * @param wPresence cost weight per partner vessel of the target within observation range
 * @param wCommitment cost added to a level at or above a defence commitment's threshold, per
 *     unit of commitment strength
 * @param wVisibility cost weight of visibility (cameras, journalists, transparency)
 * @param visibility how visible encounters are (0..1)
 * @param reciprocity weight of the opponent's last act in the gain of each level (answering in kind)
 * @param standoffGain share of the gain of coercion in a standoff (1 in an interception, where a
 *     mission is denied), 0..1
 * @param targetRisk multiplies the risk of coercing a vessel of this agency; absent agencies 1
 * @param blockPerEffect probability per hour that the boat acted against (water cannon or worse) in
 *     an interception is turned back, per unit of the act's effect, scaled by the interceptors'
 *     share of strength on scene
 * @param collisionDamage probability that a collision (level 5) damages the smaller vessel
 * @param repairDays days a damaged vessel spends in repair
 * @param injuryProbability probability of injuries per action at level 4 or above
 * @param tensionPerSeverity tension added by an incident of level l is this × l²
 * @param tensionHalfLifeDays half-life of tension decay
 * @param tensionFeedback resolve is multiplied by (1 + this × tension)
 * @param stopOnCrisis whether a run ends at the first armed clash (level 7)
 */
public record EscalationSettings(
    double rationality,
    PerLevel effect,
    PerLevel risk,
    double baseRisk,
    double wPresence,
    double wCommitment,
    double wVisibility,
    double visibility,
    double reciprocity,
    double standoffGain,
    Map<Agency, Double> targetRisk,
    double blockPerEffect,
    double collisionDamage,
    double repairDays,
    double injuryProbability,
    double tensionPerSeverity,
    double tensionHalfLifeDays,
    double tensionFeedback,
    boolean stopOnCrisis) {

  /** The top of the ladder: 7, armed clash. */
  public static final int MAX_LEVEL = 7;

  /** Names of the levels, index = level. */
  public static final String[] LEVEL_NAMES = {
    "monitor", "radio_challenge", "shadow", "block", "water_cannon",
    "collision", "boarding", "armed_clash"
  };

  public EscalationSettings {
    LiveParameter.RATIONALITY.check("rationality", rationality);
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(risk, "risk");
    LiveParameter.BASE_RISK.check("base_risk", baseRisk);
    LiveParameter.W_PRESENCE.check("w_presence", wPresence);
    LiveParameter.W_COMMITMENT.check("w_commitment", wCommitment);
    LiveParameter.W_VISIBILITY.check("w_visibility", wVisibility);
    LiveParameter.VISIBILITY.check("visibility", visibility);
    LiveParameter.RECIPROCITY.check("reciprocity", reciprocity);
    LiveParameter.STANDOFF_GAIN.check("standoff_gain", standoffGain);
    targetRisk = Checks.ordered(targetRisk.isEmpty() ? targetRisk : new EnumMap<>(targetRisk));
    targetRisk.forEach((a, w) -> Checks.nonNegative("target_risk." + a.key(), w));
    Checks.probability("block_per_effect", blockPerEffect);
    Checks.probability("collision_damage", collisionDamage);
    Checks.nonNegative("repair_days", repairDays);
    Checks.probability("injury_probability", injuryProbability);
    Checks.nonNegative("tension_per_severity", tensionPerSeverity);
    Checks.positive("tension_half_life_days", tensionHalfLifeDays);
    LiveParameter.TENSION_FEEDBACK.check("tension_feedback", tensionFeedback);
  }

  public double effect(int level) {
    return effect.at(level);
  }

  public double risk(int level) {
    return risk.at(level);
  }

  /** The factor on the risk of coercing a vessel of {@code agency}: 1 unless listed. */
  public double targetRiskOf(Agency agency) {
    return targetRisk.getOrDefault(agency, 1.0);
  }
}
