package org.seastate.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A dated change to the scenario's parameters, e.g. a new coast-guard regulation raising CN
 * resolve. {@code set} maps parameter paths (as in sweeps: {@code nations.CN.posture.resolve},
 * {@code agreements.jp-ph-raa.enabled}) to new values; only the paths {@link #mayChange}
 * accepts may change during a run.
 *
 * @param date the day the change takes effect (at 00:00)
 * @param description what happened, for the event log
 * @param set parameter path to new scalar value
 */
public record ScenarioEvent(LocalDate date, String description, Map<String, Object> set) {

  /**
   * Whether a dated event may change the parameter at {@code path} while a run goes on: nations'
   * resolve and risk tolerance, interdiction intensity, agreements' on/off switch and the
   * escalation weights. The loader refuses other paths; the model applies exactly these.
   */
  public static boolean mayChange(String path) {
    return path.matches("nations\\.[^.]+\\.posture\\.(resolve|risk_tolerance)")
        || path.matches("policies\\.[^.]+\\.interdiction\\.intensity")
        || path.matches("agreements\\.[^.]+\\.enabled")
        || path.matches("escalation\\.(rationality|base_risk|w_presence|w_commitment|w_visibility"
            + "|visibility|tension_feedback)");
  }

  public ScenarioEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    set = Checks.ordered(Checks.nonEmpty("set", set));
  }
}
