package org.seastate.model;

import static org.seastate.scenario.LiveParameter.BASE_RISK;
import static org.seastate.scenario.LiveParameter.RATIONALITY;
import static org.seastate.scenario.LiveParameter.RECIPROCITY;
import static org.seastate.scenario.LiveParameter.STANDOFF_GAIN;
import static org.seastate.scenario.LiveParameter.TENSION_FEEDBACK;
import static org.seastate.scenario.LiveParameter.VISIBILITY;
import static org.seastate.scenario.LiveParameter.W_COMMITMENT;
import static org.seastate.scenario.LiveParameter.W_PRESENCE;
import static org.seastate.scenario.LiveParameter.W_VISIBILITY;

import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.LiveParameter;

/** The escalation settings' live weights, read and replaced by their registry entry. */
final class LiveEscalation {
  private LiveEscalation() {}

  static double get(EscalationSettings e, LiveParameter p) {
    return switch (p) {
      case RATIONALITY -> e.rationality();
      case BASE_RISK -> e.baseRisk();
      case W_PRESENCE -> e.wPresence();
      case W_COMMITMENT -> e.wCommitment();
      case W_VISIBILITY -> e.wVisibility();
      case VISIBILITY -> e.visibility();
      case RECIPROCITY -> e.reciprocity();
      case STANDOFF_GAIN -> e.standoffGain();
      case TENSION_FEEDBACK -> e.tensionFeedback();
      default -> throw new IllegalArgumentException(p.template() + " is not an escalation setting");
    };
  }

  /** The settings with one live weight replaced (the record checks the value). */
  static EscalationSettings with(EscalationSettings e, LiveParameter p, double v) {
    get(e, p);
    return new EscalationSettings(
        p == RATIONALITY ? v : e.rationality(),
        e.effect(), e.risk(),
        p == BASE_RISK ? v : e.baseRisk(),
        p == W_PRESENCE ? v : e.wPresence(),
        p == W_COMMITMENT ? v : e.wCommitment(),
        p == W_VISIBILITY ? v : e.wVisibility(),
        p == VISIBILITY ? v : e.visibility(),
        p == RECIPROCITY ? v : e.reciprocity(),
        p == STANDOFF_GAIN ? v : e.standoffGain(),
        e.targetRisk(),
        e.blockPerEffect(), e.collisionDamage(), e.repairDays(), e.injuryProbability(),
        e.tensionPerSeverity(), e.tensionHalfLifeDays(),
        p == TENSION_FEEDBACK ? v : e.tensionFeedback(),
        e.stopOnCrisis());
  }
}
