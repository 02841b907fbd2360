package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * Pins the CSV headers and the output of a short seeded run of baseline-2023. A change to the
 * model that changes results fails here on purpose: look at the diff, then regenerate with
 * {@code mvn test -Dtest=GoldenRunTest -Dseastate.updateGolden=true} and commit the new files
 * with a message saying why results changed.
 */
class GoldenRunTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-2023-seed7-30d");
  private static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv");

  @Test
  void aShortSeededRunMatchesTheGoldenFiles(@TempDir Path tmp) throws IOException {
    ScenarioLoader loader = new ScenarioLoader(Theater.standard());
    Scenario s = loader.loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    // the run path of seastate run and of every sweep run
    RunRecord record = new org.seastate.sweep.ModelRunner(loader, s, Theater.standard(), 30, 5)
        .run(new org.seastate.sweep.RunSpec(0, org.seastate.sweep.DesignPoint.of(0, Map.of()), 0, 7));
    ResultsWriter.writeAll(tmp, List.of(), List.of(record));
    if (Boolean.getBoolean("seastate.updateGolden")) {
      Files.createDirectories(GOLDEN);
      for (String f : FILES) {
        Files.copy(tmp.resolve(f), GOLDEN.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String f : FILES) {
      assertThat(Files.readString(tmp.resolve(f))).as(f).isEqualTo(Files.readString(GOLDEN.resolve(f)));
    }
  }

  @Test
  void headersAreTheDocumentedOnes() throws IOException {
    assertThat(Files.readAllLines(GOLDEN.resolve("metrics.csv")).get(0))
        .isEqualTo("run_id,metric,nation,agency,feature,value");
    assertThat(Files.readAllLines(GOLDEN.resolve("timeseries.csv")).get(0))
        .isEqualTo("run_id,day,date,series,value");
    assertThat(Files.readAllLines(GOLDEN.resolve("events.csv")).get(0)).isEqualTo(
        "run_id,row,episode_id,kind,tick,date,hours,feature,lat,lon,distance_nm,challenger,target,"
            + "challenger_agencies,target_agencies,target_mission,vessels,level,level_name,"
            + "challenger_max_level,target_max_level,end,damaged,injuries,incidents,reported");
    assertThat(Files.readAllLines(GOLDEN.resolve("runs.csv")).get(0)).startsWith(
        "run_id,point,replicate,seed,status,error,days_simulated,crisis_day,episodes_total,standoff_hours_median,");
  }
}
