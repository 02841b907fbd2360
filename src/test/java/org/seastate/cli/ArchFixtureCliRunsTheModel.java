package org.seastate.cli;

/** Builds a simulation outside the run path on purpose: ArchitectureRulesBiteTest only. */
final class ArchFixtureCliRunsTheModel {
  Object run(org.seastate.scenario.Scenario s, org.seastate.geo.Theater t) {
    return new org.seastate.model.SeaStateSim(s, t, 1L, 1);
  }
}
