package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;
  final Cli.Session session = new Cli.Session();
  final StringWriter out = session.out;
  final StringWriter err = session.err;

  int seastate(String... args) {
    return session.run(args);
  }

  @Test
  void quickBenchMeasuresEveryPartAndWritesCsv() throws Exception {
    // A launcher that starts seastate from the test class path (bin/seastate would build the jar).
    Path launcher = dir.resolve("seastate");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -cp '" + System.getProperty("java.class.path") + "' org.seastate.cli.SeaStateCommand \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path csv = dir.resolve("bench.csv");
    int rc = seastate("bench", "--quick", "--launcher", launcher.toString(), "--csv", csv.toString());
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString()).contains("run_seconds_median", "vessel_steps_per_second", "parallel_efficiency",
        "heap_live_mb_10_runs", "heap_live_mb_40_runs", "heap_live_growth", "cold_run_cached_seconds_median",
        "cold_run_uncached_cpu_seconds_median",
        "mason_agent_steps_per_cpu_second", "seastate_to_mason_ratio", "scaling_cpu_us_per_vessel_step_8x",
        "scaling_ratio_8x_to_1x");
    assertThat(out.toString()).containsPattern("load average (\\d+\\.\\d\\d|unknown) at the start, (\\d+\\.\\d\\d|unknown) at the end\\)");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("measure,value,unit,note");
    assertThat(lines).anyMatch(l -> l.startsWith("parallel_efficiency,"));
    assertThat(lines).hasSize(1 + 5 + 8 + 7 + 4 + 5 + 9);
    assertThat(lines).anyMatch(l -> l.startsWith("seastate_to_mason_ratio,"));
    assertThat(lines).anyMatch(l -> l.startsWith("scaling_ratio_8x_to_1x,"));
    for (String name : List.of("seastate_to_mason_ratio", "mason_agent_steps_per_cpu_second",
        "seastate_vessel_steps_per_cpu_second", "scaling_cpu_us_per_vessel_step_1x", "scaling_ratio_8x_to_1x")) {
      String row = lines.stream().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
      double v = Double.parseDouble(row.split(",")[1]);
      assertThat(v).as(row).isPositive().isFinite();
    }
  }

  @Test
  void coldRefusesAMissingLauncherBeforeMeasuring() {
    assertThat(seastate("bench", "--quick", "--only", "cold", "--launcher", dir.resolve("nope").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no launcher").contains("nope");
    assertThat(out.toString()).doesNotContain("cold_run");
  }

  @Test
  void onlySelectsPartsAndRejectsUnknownOnes() {
    assertThat(seastate("bench", "--quick", "--only", "single")).isZero();
    assertThat(out.toString()).contains("run_seconds_median").doesNotContain("parallel_efficiency", "cold_run");
    assertThat(seastate("bench", "--only", "single,nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown part 'nope'");
  }

  @Test
  void masonAndScalingPartsAloneWriteTheirRows() throws Exception {
    Path csv = dir.resolve("ref.csv");
    int rc = seastate("bench", "--quick", "--only", "mason,scaling", "--scaling-factors", "2,1", "--csv",
        csv.toString());
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString()).contains("seastate_to_mason_ratio", "scaling_ratio_2x_to_1x")
        .doesNotContain("run_seconds_median", "parallel_efficiency");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(1 + 5 + 5);
    assertThat(lines.get(lines.size() - 1)).startsWith("scaling_ratio_2x_to_1x,");
  }

  @Test
  void refusesScalingFactorsBeyondTheScenarioLimits() {
    assertThat(seastate("bench", "--quick", "--only", "scaling", "--scaling-factors", "1,100")).isEqualTo(2);
    assertThat(err.toString()).contains("--scaling-factors").contains("limit");
    assertThat(out.toString()).doesNotContain("scaling_cpu_seconds_1x");
  }

  @Test
  void refusesACsvNameThatIsNotCsvBeforeMeasuring() {
    assertThat(seastate("bench", "--quick", "--only", "single", "--csv", dir.resolve("bench.txt").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--csv").contains("must end in .csv");
    assertThat(out.toString()).doesNotContain("run_seconds_median");
    assertThat(dir.resolve("bench.txt")).doesNotExist();
  }
}
