package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  private static final String HEADER = "feature,year,metric,value,unit,source\n";

  private static Cli.Result calibrate(Path obs, Path out, String... more) {
    String[] base = {"calibrate", "scenarios/baseline-2023.yaml", "--observations", obs.toString(), "--replicates", "1",
        "--out", out.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return ScenarioCommandsTest.run(all);
  }

  @Test
  void anUnknownFeatureIsExitTwoNamingFileAndLine(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,x\n"
        + "atlantis-reef,2023,presence_calendar_days,10,days,x\n");
    Cli.Result r = calibrate(obs, tmp.resolve("o"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("obs.csv").contains("line 3").contains("unknown feature 'atlantis-reef'")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void malformedCsvIsExitTwoWithTheLine(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,x\n"
        + "thitu-island,2023,presence_calendar_days,206,days\n");
    Cli.Result r = calibrate(obs, tmp.resolve("o"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("obs.csv:3:").contains("expected 6 fields").doesNotContain("\tat ");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,lots,days,x\n");
    r = calibrate(obs, tmp.resolve("o"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("obs.csv:2:").contains("value must be a number").doesNotContain("\tat ");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,\"unclosed\n");
    r = calibrate(obs, tmp.resolve("o"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("obs.csv:").contains("malformed CSV").doesNotContain("\tat ");
  }

  @Test
  void anUnknownFitPathIsExitTwo(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,x\n");
    Cli.Result r = calibrate(obs, tmp.resolve("o"), "--fit", "fleets.CN.1.cuont=4:28");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--fit fleets.CN.1.cuont").contains("count").doesNotContain("\tat ");
    r = calibrate(obs, tmp.resolve("o"), "--fit", "fleets.CN.1.count");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("PATH=LOW:HIGH");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void writesTheTableAndChartForAShortRun(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,x\n"
        + ",2023,militia_daily_mean,195,vessels,x\n");
    Path out = tmp.resolve("o");
    Cli.Result r = calibrate(obs, out, "--set", "horizon.end=2023-01-20", "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("calibration.csv")).exists();
    assertThat(Files.readString(out.resolve("calibration.md"))).contains("| scarborough-shoal: presence_calendar_days | 85.2%");
    assertThat(out.resolve("charts/presence_vs_observed.png")).exists();
  }

  @Test
  void profilesTheFittedParameters(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + "scarborough-shoal,2023,presence_calendar_days,311,days,x\n"
        + ",2023,militia_daily_mean,195,vessels,x\n");
    Path out = tmp.resolve("o");
    Cli.Result r = calibrate(obs, out, "--set", "horizon.end=2023-01-20", "--threads", "1", "--fit",
        "metrics.ais_daily_probability.coast_guard=0.5:1.0", "fleets.CN.3.count=100:250", "--max-evals", "3",
        "--profile-points", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("profiles.csv"));
    assertThat(csv.get(0)).isEqualTo("parameter,value,loss,sq_error:scarborough-shoal:presence_calendar_days,"
        + "sq_error:militia_daily_mean");
    assertThat(csv).hasSize(1 + 3 + 3);
    assertThat(csv.get(4)).startsWith("fleets.CN.3.count,100,");
    assertThat(out.resolve("charts/profile-ais_daily_probability-coast_guard.png")).exists();
    assertThat(out.resolve("charts/profile-CN-3-count.svg")).exists();
    String md = Files.readString(out.resolve("calibration.md"));
    assertThat(md).contains("## Profiles").contains("| `fleets.CN.3.count` | 100–250 |");
    // The fitted values as --set options, when the three-candidate search moved them at all.
    if (md.split("\\(unchanged\\)", -1).length - 1 < 2) {
      assertThat(md).contains("--set ");
    }
    assertThat(r.out()).contains("## Profiles");
  }

  @Test
  void profilesTheCurrentValuesWithoutAFit(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + ",2023,militia_daily_mean,195,vessels,x\n");
    Path out = tmp.resolve("o");
    Cli.Result r = calibrate(obs, out, "--set", "horizon.end=2023-01-20", "--threads", "1", "--profile",
        "fleets.CN.1.count=4:28", "--profile-points", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("profiles.csv"))).hasSize(4);
    // one 20-day replicate cannot identify the Yulin cutters from the militia count: the profile is
    // flat or keeps falling to a bound, depending on the seed (flat with the seeds before 49-bit seeds)
    assertThat(r.out()).contains("| `fleets.CN.1.count` | 4–28 | 17 |").contains("**not identifiable**: ");
    assertThat(out.resolve("fit-trace.txt")).doesNotExist();
    assertThat(out.resolve("charts/profile-CN-1-count.png")).exists();
  }

  @Test
  void badProfileOptionsAreExitTwo(@TempDir Path tmp) throws IOException {
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(obs, HEADER + ",2023,militia_daily_mean,195,vessels,x\n");
    Cli.Result r = calibrate(obs, tmp.resolve("o"), "--fit", "fleets.CN.1.count=4:28", "--profile",
        "fleets.CN.3.count=100:250");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile and --fit exclude each other").doesNotContain("\tat ");
    r = calibrate(obs, tmp.resolve("o"), "--profile", "fleets.CN.1.count=4:28", "--profile-points", "2");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile-points must be 0 (no profiles) or at least 3");
    r = calibrate(obs, tmp.resolve("o"), "--profile", "fleets.CN.1.count=28:4");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile fleets.CN.1.count: lower bound 28 must be below the upper bound 4");
    r = calibrate(obs, tmp.resolve("o"), "--profile", "fleets.CN.1.cuont=4:28");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile fleets.CN.1.cuont");
    assertThat(tmp.resolve("o")).doesNotExist();
  }
}
