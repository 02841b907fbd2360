package org.seastate.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Synthetic results folders for tests outside this package. */
public final class TestResults {
  private TestResults() {}

  public static Path factorial(Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    return Fixtures.factorial(dir, List.of(1.0, 2.0), 3);
  }

  /** A single run: no factor columns. */
  public static Path single(Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    return Fixtures.single(dir);
  }

  /**
   * A Latin-hypercube-like sweep of 200 runs over resolve (0.5..2.5), visibility (0..1) and the
   * RAA (true/false) with a planted box: max_level is 6 iff resolve &gt; 1.8 and the RAA is off,
   * else 4.
   */
  public static Path planted(Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    java.util.Random rng = new java.util.Random(17);
    List<java.util.Map<String, Object>> points = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
      p.put(Fixtures.RESOLVE, 0.5 + 2 * (i + rng.nextDouble()) / 200);
      p.put("escalation.visibility", rng.nextDouble());
      p.put(Fixtures.RAA, rng.nextBoolean());
      points.add(p);
    }
    String sweep = "name: test-sweep\ndescription: Where do collisions happen?\nbase: ../raa-2025.yaml\n"
        + "factors:\n- {path: " + Fixtures.RESOLVE + ", range: [0.5, 2.5]}\n- {path: escalation.visibility, range: [0, 1]}\n"
        + "- {path: " + Fixtures.RAA + ", levels: [true, false]}\n"
        + "design:\n  latin_hypercube: {samples: 200}\nreplicates: 1\nbase_seed: 3\ntimeseries_interval_days: 30\n"
        + "charts: []\n";
    return Fixtures.write(dir, points, 1, sweep,
        (p, r) -> (Double) p.get(Fixtures.RESOLVE) > 1.8 && !(Boolean) p.get(Fixtures.RAA) ? 80 : 10);
  }
}
