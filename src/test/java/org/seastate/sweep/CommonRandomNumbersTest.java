package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.analysis.Comparison;
import org.seastate.analysis.ResultsData;
import org.seastate.geo.Theater;
import org.seastate.scenario.Design;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioLoader.LoadedSweep;
import org.seastate.scenario.Sweep;

/**
 * Common random numbers on the real model: RAA on against RAA off over 90 days, once with
 * every point sharing each replicate's seed and once with independent seeds. The paired
 * interval of the RAA's effect must be narrower than the independent one.
 */
class CommonRandomNumbersTest {
  static final Path TINY = Path.of("src/test/resources/sweeps/tiny.yaml");
  static final int DAYS = 90;
  static final int REPLICATES = 8;

  @TempDir Path tmp;

  private static Path run(ScenarioLoader loader, LoadedSweep base, boolean crn, Path out) throws Exception {
    Sweep s = base.sweep();
    Sweep raaOnly = new Sweep(s.name(), s.description(), s.base(), List.of(s.factors().get(0)), new Design.FullFactorial(),
        REPLICATES, s.baseSeed(), s.timeseriesIntervalDays(), List.of(), crn);
    LoadedSweep loaded = new LoadedSweep(raaOnly, base.base());
    Runner runner = new ModelRunner(loader, loaded.base(), Theater.standard(), DAYS, raaOnly.timeseriesIntervalDays());
    SweepSettings settings = new SweepSettings(out, false, false, ShardSpec.ALL, 2, false, DAYS, List.of("test"),
        "test", "test");
    SweepJob.run(TINY, loaded, runner, settings, ProgressListener.NONE);
    return out;
  }

  private static Comparison.Row effect(Path dir, String metric) {
    Comparison c = Comparison.compute(ResultsData.load(dir), "agreements.jp-ph-raa.enabled", List.of(metric), 1000, 1,
        Optional.of("false"), false);
    return c.overall().get(0);
  }

  @Test
  void pairedIntervalsAreNarrowerThanIndependentOnes() throws Exception {
    ScenarioLoader loader = new ScenarioLoader(Theater.standard());
    LoadedSweep base = loader.loadSweep(TINY);
    Path paired = run(loader, base, true, tmp.resolve("crn"));
    Path independent = run(loader, base, false, tmp.resolve("ind"));
    ResultsData p = ResultsData.load(paired);
    assertThat(p.seed(0)).isEqualTo(p.seed(1)); // runs 0 and 1: replicate 0 of both points
    for (String metric : List.of("episodes_total", "incidents_total")) {
      Comparison.Row withCrn = effect(paired, metric);
      Comparison.Row without = effect(independent, metric);
      assertThat(withCrn.paired()).isTrue();
      assertThat(without.paired()).isFalse();
      assertThat(withCrn.ciHigh() - withCrn.ciLow()).as(metric)
          .isLessThan(0.8 * (without.ciHigh() - without.ciLow()));
    }
  }
}
