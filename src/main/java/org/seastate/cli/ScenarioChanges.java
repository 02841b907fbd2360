package org.seastate.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --set PATH=VALUE}: changes to a scenario's parameters on the command line, one option
 * wherever a scenario is run (through {@link ScenarioInput}, and in {@code snapshot}, whose
 * scenario is optional), typed as scenario files type their values.
 */
final class ScenarioChanges {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "change a scenario parameter, e.g. nations.CN.posture.resolve=2.0 (repeatable)")
  Map<String, String> overrides = new LinkedHashMap<>();
}
