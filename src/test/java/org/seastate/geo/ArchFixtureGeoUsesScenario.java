package org.seastate.geo;

/** Makes a package cycle on purpose (geo back to scenario): ArchitectureRulesBiteTest only. */
final class ArchFixtureGeoUsesScenario {
  org.seastate.scenario.Scenario scenario;
}
