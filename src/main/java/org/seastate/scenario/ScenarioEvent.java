package org.seastate.scenario;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

  private static final String AGENCY_KEYS =
      Arrays.stream(Agency.values()).map(Agency::key).collect(Collectors.joining("|"));

  /**
   * Whether a dated event may change the parameter at {@code path} while a run goes on: nations'
   * resolve, risk tolerance, publicity and rules-of-engagement caps
   * ({@code nations.X.posture.roe_cap.AGENCY}, any agency), interdiction intensity, agreements'
   * on/off switch and the escalation weights. The loader refuses other paths; the model applies
   * exactly these.
   */
  public static boolean mayChange(String path) {
    return path.matches("nations\\.[^.]+\\.posture\\.(resolve|risk_tolerance|publicity)")
        || path.matches("nations\\.[^.]+\\.posture\\.roe_cap\\.(" + AGENCY_KEYS + ")")
        || path.matches("policies\\.[^.]+\\.interdiction\\.intensity")
        || path.matches("agreements\\.[^.]+\\.enabled")
        || path.matches("escalation\\.(rationality|base_risk|w_presence|w_commitment|w_visibility"
            + "|visibility|reciprocity|standoff_gain|tension_feedback)");
  }

  public ScenarioEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    set = Checks.ordered(Checks.nonEmpty("set", set));
  }
}
