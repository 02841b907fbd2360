package org.seastate.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A dated change to the scenario's parameters, e.g. a new coast-guard regulation raising CN
 * resolve. {@code set} maps parameter paths (as in sweeps: {@code nations.CN.posture.resolve},
 * {@code agreements.jp-ph-raa.enabled}) to new values; only the paths of the
 * {@link LiveParameter} registry may change during a run.
 *
 * @param date the day the change takes effect (at 00:00)
 * @param description what happened, for the event log
 * @param set parameter path to new scalar value
 */
public record ScenarioEvent(LocalDate date, String description, Map<String, Object> set) {

  /**
   * Whether a dated event may change the parameter at {@code path} while a run goes on: exactly
   * the paths of the {@link LiveParameter} registry. The loader refuses other paths; the model
   * applies exactly these.
   */
  public static boolean mayChange(String path) {
    return LivePath.parse(path).isPresent();
  }

  public ScenarioEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    set = Checks.ordered(Checks.nonEmpty("set", set));
  }
}
