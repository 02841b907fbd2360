package org.seastate.model;

import org.seastate.scenario.Policy;

/**
 * One resupply run to an outpost: supply boats with escorts. It succeeds when a supply boat
 * reaches the outpost, and is blocked when every boat has been turned back or the run has
 * been held up longer than the policy allows.
 */
final class ResupplyRun {
  final Policy.Resupply policy;
  final long startTick;
  int boatsOut;
  int boatsTurnedBack;
  long engagedHours;
  boolean done;
  String outcome = "";

  ResupplyRun(Policy.Resupply policy, long startTick) {
    this.policy = policy;
    this.startTick = startTick;
  }
}
