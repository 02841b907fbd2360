package org.seastate.model;

import java.util.Locale;
import org.seastate.scenario.Policy;

/**
 * One resupply run to an outpost: supply boats with escorts. Each boat gets through or is
 * turned back; the run is over when every boat has, or when it has been held up longer than
 * the policy allows. It is disrupted if a boat was turned back or any of its vessels was the
 * target of a coercive act (water cannon or worse), as the 2023 record counts disruptions.
 */
final class ResupplyRun {
  /** How a run ended. */
  enum Outcome {
    /** Every boat reached the outpost. */
    THROUGH,
    /** Some boats reached it, others were turned back. */
    PARTIAL,
    /** No boat reached it. */
    TURNED_BACK;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  final Policy.Resupply policy;
  final long startTick;
  int boatsOut;
  int boatsThrough;
  int boatsTurnedBack;
  /** Whether any vessel of the run was the target of an act at level 4 or more. */
  boolean coerced;
  /** Hours of sailing the boats lost to blocking (summed over boats). */
  double delayHours;
  boolean done;
  Outcome outcome;

  ResupplyRun(Policy.Resupply policy, long startTick) {
    this.policy = policy;
    this.startTick = startTick;
  }

  boolean disrupted() {
    return boatsTurnedBack > 0 || coerced;
  }

  /** Whether every boat has got through or been turned back. */
  boolean allBoatsDone() {
    return boatsThrough + boatsTurnedBack >= boatsOut;
  }

  Outcome settle() {
    return boatsThrough == 0 ? Outcome.TURNED_BACK
        : boatsThrough >= boatsOut ? Outcome.THROUGH : Outcome.PARTIAL;
  }
}
