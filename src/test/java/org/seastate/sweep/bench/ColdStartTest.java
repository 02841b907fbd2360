package org.seastate.sweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold part of the benchmark with a fake starter, the launcher's location and /proc parsing. */
class ColdStartTest {

  private static Map<String, Double> byName(List<Benchmark.Measure> m) {
    return m.stream().collect(Collectors.toMap(Benchmark.Measure::name, Benchmark.Measure::value));
  }

  @Test
  void alternatesCachedAndUncachedStartsAfterOneUnmeasuredEach(@TempDir Path tmp) throws Exception {
    List<List<String>> commands = new ArrayList<>();
    List<Map<String, String>> envs = new ArrayList<>();
    // cached starts take 1, 2, 9 s (CPU 0.5, 1, 4.5); uncached 10, 30, 20 s (CPU 5, 15, 10); the first of each 100 s
    double[] wall = {100, 100, 1, 10, 2, 30, 9, 20};
    ColdStart.Starter fake = (cmd, env) -> {
      int i = commands.size();
      commands.add(cmd);
      envs.add(Map.copyOf(env));
      Path out = Path.of(cmd.get(cmd.indexOf("--out") + 1));
      Files.createDirectories(out);
      Files.writeString(out.resolve("runs.csv"), "x");
      return new ColdStart.Timing(wall[i], wall[i] / 2);
    };
    Path launcher = Path.of("/repo/bin/seastate");
    Map<String, Double> m = byName(new ColdStart().measure(launcher, Path.of("scenarios/b.yaml"), null, 3, tmp, fake));
    assertThat(commands).hasSize(8);
    for (int i = 0; i < 8; i++) {
      List<String> c = commands.get(i);
      assertThat(c.subList(0, 5)).containsExactly("/repo/bin/seastate", "run",
          Path.of("scenarios/b.yaml").toAbsolutePath().toString(), "--seed", "1");
      assertThat(c).doesNotContain("--days");
      assertThat(envs.get(i)).as("start %d", i).containsEntry("SEASTATE_CDS", i % 2 == 0 ? "on" : "off")
          .containsEntry("SEASTATE_CACHE", i % 2 == 0 ? tmp.resolve("cache").toString() : "off");
    }
    assertThat(commands.stream().map(c -> c.get(c.size() - 1)).distinct()).as("a fresh folder each start").hasSize(8);
    assertThat(m).containsEntry("cold_run_cached_seconds_median", 2.0)
        .containsEntry("cold_run_cached_cpu_seconds_median", 1.0)
        .containsEntry("cold_run_uncached_seconds_median", 20.0)
        .containsEntry("cold_run_uncached_cpu_seconds_median", 10.0);
    try (var left = Files.list(tmp)) {
      assertThat(left).as("results and cache removed").isEmpty();
    }
  }

  @Test
  void quickStartsSimulateFewDays(@TempDir Path tmp) throws Exception {
    List<List<String>> commands = new ArrayList<>();
    new ColdStart().measure(Path.of("l"), Path.of("s.yaml"), 2, 1, tmp, (cmd, env) -> {
      commands.add(cmd);
      return new ColdStart.Timing(1, 1);
    });
    assertThat(commands).hasSize(4).allSatisfy(c -> assertThat(c).endsWith("--days", "2"));
    assertThatThrownBy(() -> new ColdStart().measure(Path.of("l"), Path.of("s.yaml"), 2, 0, tmp, (c, e) -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timesAProcessWithTheGivenClockAndChildCpu(@TempDir Path tmp) throws Exception {
    long[] now = {0};
    double[] cpu = {7.0};
    ColdStart cold = new ColdStart(() -> now[0] += 1_500_000_000L, () -> cpu[0] += 0.25);
    ColdStart.Timing t = cold.runTimed(List.of("sh", "-c", "test \"$X\" = yes"), Map.of("X", "yes"));
    assertThat(t.wallSeconds()).isEqualTo(1.5);
    assertThat(t.cpuSeconds()).isEqualTo(0.25);
    assertThatThrownBy(() -> cold.runTimed(List.of("sh", "-c", "exit 3"), Map.of()))
        .isInstanceOf(IOException.class).hasMessageContaining("exited with 3");
  }

  @Test
  void childCpuComesFromTheStatLine() {
    String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 200 0 0 11 12 345 67 20 0 30 0 1000 0 0";
    assertThat(ColdStart.parseChildTicks(stat)).isEqualTo(345 + 67);
    double before = ColdStart.childCpuSeconds();
    if (Files.isReadable(Path.of("/proc/self/stat"))) {
      assertThat(before).isNotNaN().isGreaterThanOrEqualTo(0);
    } else {
      assertThat(before).isNaN();
    }
  }

  @Test
  void findsTheLauncherOnlyInACheckout(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("checkout");
    Path jar = root.resolve("target").resolve("seastate.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "");
    Path classes = Files.createDirectories(root.resolve("target").resolve("classes"));
    assertThat(ColdStart.findLauncher(jar)).as("no bin/seastate yet").isEmpty();
    Path launcher = root.resolve("bin").resolve("seastate");
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, "#!/bin/sh\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(ColdStart.findLauncher(jar)).as("no pom.xml yet").isEmpty();
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    assertThat(ColdStart.findLauncher(jar)).contains(launcher);
    assertThat(ColdStart.findLauncher(classes)).contains(launcher);
    Path elsewhere = Files.createDirectories(tmp.resolve("lib")).resolve("seastate.jar");
    assertThat(ColdStart.findLauncher(elsewhere)).as("a jar outside target/").isEmpty();
    assertThat(ColdStart.findLauncher(Path.of("/seastate.jar"))).isEmpty();
  }
}
