package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.DistanceFieldStore;
import org.seastate.geo.Places;
import org.seastate.geo.Theater;
import org.seastate.io.DistanceFieldFiles;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunRecord;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * A run writes the same bytes whether its navigation fields are built in memory, built and saved
 * to an empty cache folder, or read back from that folder by a new theater.
 */
class FieldCacheSameResultsTest {
  private static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv");

  private static Path run(DistanceFieldStore store, Path out) throws IOException {
    Theater theater;
    try (InputStream in = Theater.class.getResourceAsStream("theater.bin")) {
      theater = Theater.load(in, Places.standard());
    }
    theater.navigation().useStore(store);
    ScenarioLoader loader = new ScenarioLoader(theater);
    Scenario s = loader.loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    RunRecord record = new ModelRunner(loader, s, theater, 60, 1)
        .run(new RunSpec(0, DesignPoint.of(0, Map.of()), 0, 11));
    Files.createDirectories(out);
    ResultsWriter.writeAll(out, List.of(), List.of(record));
    assertThat(theater.navigation().cachedFields()).as("the run routes vessels").isPositive();
    return out;
  }

  @Test
  void resultsAreByteIdenticalWithAndWithoutTheCache(@TempDir Path tmp) throws IOException {
    Path cache = tmp.resolve("cache");
    Path none = run(DistanceFieldStore.NONE, tmp.resolve("none"));
    Path cold = run(new DistanceFieldFiles(cache), tmp.resolve("cold"));
    try (var saved = Files.walk(cache)) {
      assertThat(saved.filter(p -> p.toString().endsWith(".field")).count()).as("fields saved").isPositive();
    }
    Path warm = run(new DistanceFieldFiles(cache), tmp.resolve("warm"));
    for (String f : FILES) {
      byte[] want = Files.readAllBytes(none.resolve(f));
      assertThat(want).as(f).isNotEmpty();
      assertThat(Files.readAllBytes(cold.resolve(f))).as("%s, cache cold", f).isEqualTo(want);
      assertThat(Files.readAllBytes(warm.resolve(f))).as("%s, cache warm", f).isEqualTo(want);
    }
  }
}
