package org.seastate.analysis;

/** Breaks the layers on purpose (analysis reaching into the GUI): ArchitectureRulesBiteTest only. */
final class ArchFixtureAnalysisUsesGui {
  Object gui() {
    return org.seastate.gui.SeaStateGui.class.getName();
  }

  org.seastate.gui.SeaStateGui field;
}
