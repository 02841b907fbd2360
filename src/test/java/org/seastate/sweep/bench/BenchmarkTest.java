package org.seastate.sweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;
import org.seastate.scenario.Horizon;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

class BenchmarkTest {

  @Test
  void reportsMedianAndVesselStepsFromTheClock() {
    Scenario full = new ScenarioLoader(Theater.standard()).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    Scenario shortRun = new Scenario(full.name(), full.description(), full.theater(),
        new Horizon(full.horizon().start(), full.horizon().start().plusDays(9)), full.places(), full.nations(),
        full.vesselClasses(), full.fleets(), full.policies(), full.agreements(), full.events(),
        full.escalation(), full.metrics());
    // A fake clock: each reading advances by 0.5 s, so every measured run takes exactly 0.5 s.
    AtomicLong now = new AtomicLong();
    Benchmark b = new Benchmark(Theater.standard(), () -> now.addAndGet(500_000_000L));
    List<Benchmark.Measure> m = b.singleRun(shortRun, 0, 3);
    assertThat(m.get(0).name()).isEqualTo("run_seconds_median");
    assertThat(m.get(0).value()).isCloseTo(0.5, within(1e-9));
    double vessels = Double.parseDouble(m.get(0).note().replaceAll(".*days, (\\d+) vessels.*", "$1"));
    assertThat(m.get(3).value()).isCloseTo(vessels * shortRun.horizon().ticks() / 0.5, within(1e-6));
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertThat(Benchmark.median(new double[] {1, 2, 9})).isEqualTo(2);
    assertThat(Benchmark.median(new double[] {1, 2, 4, 9})).isEqualTo(3);
  }

  @Test
  void warmsUpForAboutThreeHundredRunsExceptInQuickMode() {
    assertThat(Benchmark.warmupSweeps(40)).isEqualTo(8);
    assertThat(Benchmark.warmupSweeps(200)).isEqualTo(3);
    assertThat(Benchmark.warmupSweeps(4)).isEqualTo(1);
  }
}
