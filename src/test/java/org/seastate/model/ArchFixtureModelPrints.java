package org.seastate.model;

/** Breaks the model's purity on purpose (printing, writing a file): ArchitectureRulesBiteTest only. */
final class ArchFixtureModelPrints {
  void report(double tension) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of("tension.txt"), Double.toString(tension));
  }
}
