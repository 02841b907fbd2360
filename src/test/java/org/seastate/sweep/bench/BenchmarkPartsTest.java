package org.seastate.sweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;

/** The sweep, heap and cold-start parts of the benchmark, with fake clocks and processes. */
class BenchmarkPartsTest {
  static final Path BASELINE = Path.of("scenarios/baseline-2023.yaml");

  @TempDir Path tmp;

  static Map<String, Double> byName(List<Benchmark.Measure> m) {
    return m.stream().collect(Collectors.toMap(Benchmark.Measure::name, Benchmark.Measure::value));
  }

  @Test
  void efficiencyIsThroughputOnAllCoresOverCoresTimesThroughputOnOne() {
    assertThat(MachineControl.efficiency(10, 18, 2)).isCloseTo(0.9, within(1e-12));
    assertThat(MachineControl.efficiency(10, 40, 4)).isCloseTo(1.0, within(1e-12));
    Map<String, Double> m = byName(Benchmark.sweepMeasures(40, 60, 2, 3, 4.0, 2.5));
    assertThat(m.get("sweep_runs_per_second_1_thread")).isCloseTo(10, within(1e-12));
    assertThat(m.get("sweep_runs_per_second_2_threads")).isCloseTo(16, within(1e-12));
    assertThat(m.get("parallel_efficiency")).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void sweepRunsTheRealExecutorAndCleansUp() throws Exception {
    // Each clock reading advances 1 s: every timed sweep takes exactly 1 s.
    AtomicLong now = new AtomicLong();
    Benchmark b = new Benchmark(Theater.standard(), () -> now.addAndGet(1_000_000_000L));
    Path work = tmp.resolve("work");
    Map<String, Double> m = byName(b.sweep(BASELINE, 3, 1, 2, 2, work));
    assertThat(m.get("sweep_seconds_1_thread")).isEqualTo(1.0);
    assertThat(m.get("sweep_runs_per_second_2_threads")).isEqualTo(3.0);
    assertThat(m.get("parallel_efficiency")).isEqualTo(0.5);
    assertThat(Files.exists(work)).isFalse();
  }

  @Test
  void heapStartsAChildPerSizeAndComparesTheLiveHeaps() throws Exception {
    List<List<String>> started = new ArrayList<>();
    Function<Long, String> child = runs -> "some output\n" + HeapProbe.line(runs, 20, runs == 100 ? 30L << 20 : 33L << 20,
        120L << 20, new long[] {30L << 20, 0, 31L << 20, 33L << 20}, 128L << 20, 2.5) + "\n";
    Benchmark b = new Benchmark(Theater.standard());
    Map<String, Double> m = byName(b.heap(BASELINE, new int[] {100, 1000}, List.of("-Xmx128m"), tmp, cmd -> {
      started.add(cmd);
      return child.apply(Long.parseLong(cmd.get(cmd.size() - 3)));
    }));
    assertThat(started).hasSize(2);
    assertThat(started.get(0)).contains("-Xmx128m", HeapProbe.class.getName(), "100", "1");
    assertThat(m.get("heap_live_mb_100_runs")).isEqualTo(30.0);
    assertThat(m.get("heap_live_mb_1000_runs")).isEqualTo(33.0);
    assertThat(m.get("heap_peak_mb_1000_runs")).isEqualTo(120.0);
    assertThat(m.get("heap_live_growth")).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void heapProbeLineRoundTrips() {
    String line = HeapProbe.line(10_000, 8562, 33_554_432, 64_000_000, new long[] {1, 2, 3, 4}, 67_108_864, 73.25);
    HeapProbe.Result r = HeapProbe.Result.parse("noise\n" + line + "\n");
    assertThat(r.runs()).isEqualTo(10_000);
    assertThat(r.collections()).isEqualTo(8562);
    assertThat(r.afterGcMax()).isEqualTo(33_554_432);
    assertThat(r.beforeGcMax()).isEqualTo(64_000_000);
    assertThat(r.afterGcByQuarter()).containsExactly(1, 2, 3, 4);
    assertThat(r.maxHeap()).isEqualTo(67_108_864);
    assertThat(r.seconds()).isEqualTo(73.25);
    assertThatThrownBy(() -> HeapProbe.Result.parse("Exception in thread main")).hasMessageContaining("no result line");
  }

  @Test
  void sweepFileNamesTheScenarioAndTheReplicates() {
    String yaml = BenchSweep.yaml(Path.of("/a/it's/base.yaml"), 40);
    assertThat(yaml).contains("base: '/a/it''s/base.yaml'", "replicates: 40", "factors: []");
  }

  @Test
  void masonPartRunsTheReferenceAndSeastateAndGivesTheirRatio() throws Exception {
    var scenario = new org.seastate.scenario.ScenarioLoader(Theater.standard()).loadScenario(BASELINE);
    List<Benchmark.Measure> measures = new Benchmark(Theater.standard()).mason(scenario, 1, 5, 0, 1);
    assertThat(measures).extracting(Benchmark.Measure::name).containsExactly("mason_cpu_seconds_median",
        "mason_agent_steps_per_cpu_second", "seastate_cpu_seconds_median", "seastate_vessel_steps_per_cpu_second",
        "seastate_to_mason_ratio");
    assertThat(measures).allSatisfy(x -> assertThat(x.value()).isPositive().isFinite());
    Map<String, Double> m = byName(measures);
    assertThat(m.get("seastate_to_mason_ratio")).isCloseTo(
        m.get("seastate_vessel_steps_per_cpu_second") / m.get("mason_agent_steps_per_cpu_second"), within(1e-9));
    assertThat(measures.get(1).note()).contains("Flockers", "x 5 steps");
  }

  @Test
  void masonMeasuresDivideTheRates() {
    // Reference: 100 agents x 10 steps in 0.5 s = 2,000/s; seastate: 12,000 vessel-steps in 2 s = 6,000/s.
    Map<String, Double> m = byName(Benchmark.masonMeasures(100, 10, 0.5, "x", 12_000, 2.0, 3));
    assertThat(m.get("mason_agent_steps_per_cpu_second")).isCloseTo(2_000, within(1e-9));
    assertThat(m.get("seastate_vessel_steps_per_cpu_second")).isCloseTo(6_000, within(1e-9));
    assertThat(m.get("seastate_to_mason_ratio")).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void scaledFleetsMultiplyEveryEntryAndKeepTheRest() throws Exception {
    var scenario = new org.seastate.scenario.ScenarioLoader(Theater.standard()).loadScenario(BASELINE);
    var doubled = Benchmark.scaledFleets(scenario, 2);
    assertThat(doubled.fleets().keySet()).containsExactlyElementsOf(scenario.fleets().keySet());
    scenario.fleets().forEach((code, entries) -> {
      for (int i = 0; i < entries.size(); i++) {
        var e = entries.get(i);
        assertThat(doubled.fleet(code).get(i)).isEqualTo(
            new org.seastate.scenario.FleetEntry(e.vesselClass(), 2 * e.count(), e.homePort(), e.from()));
      }
    });
    assertThat(doubled.policies()).isEqualTo(scenario.policies());
    assertThat(Benchmark.scaledFleets(scenario, 1)).isEqualTo(scenario);
    assertThatThrownBy(() -> Benchmark.scaledFleets(scenario, 100)).hasMessageContaining("limit");
  }

  @Test
  void scalingPartMeasuresEachSizeAndTheRatio() throws Exception {
    var scenario = new org.seastate.scenario.ScenarioLoader(Theater.standard()).loadScenario(BASELINE);
    List<Benchmark.Measure> measures = new Benchmark(Theater.standard()).scaling(scenario, 1, new int[] {1, 2}, 0, 1);
    assertThat(measures).extracting(Benchmark.Measure::name).containsExactly("scaling_cpu_seconds_1x",
        "scaling_cpu_us_per_vessel_step_1x", "scaling_cpu_seconds_2x", "scaling_cpu_us_per_vessel_step_2x",
        "scaling_ratio_2x_to_1x");
    assertThat(measures).allSatisfy(x -> assertThat(x.value()).isPositive().isFinite());
    assertThat(measures.get(3).note()).contains("fleets x 2", "810 vessels");
  }

  @Test
  void scalingRatioIsCpuPerVesselStepOfTheLargestOverTheSmallest() {
    // 1x: 1 s for 1e6 vessel-steps = 1 us; 8x: 12 s for 8e6 = 1.5 us.
    Map<String, Double> m = byName(Benchmark.scalingMeasures("s", 10, new int[] {1, 8}, new int[] {100, 800},
        new long[] {1_000_000, 8_000_000}, new double[] {1.0, 12.0}, 3));
    assertThat(m.get("scaling_cpu_us_per_vessel_step_1x")).isCloseTo(1.0, within(1e-9));
    assertThat(m.get("scaling_cpu_us_per_vessel_step_8x")).isCloseTo(1.5, within(1e-9));
    assertThat(m.get("scaling_ratio_8x_to_1x")).isCloseTo(1.5, within(1e-9));
  }
}
