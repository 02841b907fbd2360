package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The AMTI figures bundled for charts (a default that works from any folder) must be the same
 * as those of scenarios/observations, which calibration uses: one set of numbers, two places.
 */
class BundledObservationsTest {

  private static Set<String> keyed(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      out.add(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3]);
    }
    return out;
  }

  @Test
  void bundledAmtiFiguresMatchTheScenarioObservations() throws IOException {
    List<String> bundled;
    try (InputStream in = Observations.class.getResourceAsStream(Observations.BUNDLED)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Set<String> shared = keyed(Files.readAllLines(Path.of("scenarios/observations/amti-2018-2023.csv")));
    assertThat(bundled).hasSizeGreaterThan(5);
    assertThat(shared).containsAll(keyed(bundled));
  }
}
