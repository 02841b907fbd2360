package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.analysis.TestResults;

class DiscoverCommandTest {
  static final String RESOLVE = "nations.CN.posture.resolve";
  static final String RAA = "agreements.jp-ph-raa.enabled";

  @TempDir Path tmp;

  @Test
  void findsThePlantedBoxAndWritesItsFiles() throws Exception {
    Path sweep = TestResults.planted(tmp.resolve("sweep"));
    Cli.Result r = Cli.run("discover", sweep.toString(), "--metric", "max_level", "--above", "4.5");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(RESOLVE + " in [1.8").contains(RAA + " in {false}")
        .contains("density 100.0%").doesNotContain("escalation.visibility in");
    for (String f : List.of("discovery.csv", "discovery.md", "charts/discovery-trajectory.png",
        "charts/discovery-trajectory.svg", "charts/discovery-box.png", "charts/discovery-box.svg")) {
      assertThat(sweep.resolve(f)).exists();
    }
    List<String> csv = Files.readAllLines(sweep.resolve("discovery.csv"));
    assertThat(csv.get(0)).startsWith("step,coverage,density,mass,n_in_box,n_of_interest,chosen,restricted")
        .contains(RESOLVE + ".lower", RESOLVE + ".upper", RAA + ".levels");
    assertThat(csv.get(1)).startsWith("0,1,");
    assertThat(csv.stream().filter(l -> l.contains(",true,")).count()).isEqualTo(1);
    String md = Files.readString(sweep.resolve("discovery.md"));
    assertThat(md).contains("## Chosen box").contains("| `" + RESOLVE + "` | [1.8").contains("## Peeling trajectory");

    // a sum of metrics, --below and --box
    r = Cli.run("discover", sweep.toString(), "--metric", "incidents_level_5+incidents_level_6", "--below", "5",
        "--box", "1", "--max-p", "1");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("incidents_level_5+incidents_level_6 < 5").contains("Box (step 1 of");
  }

  @Test
  void badInputIsExitCodeTwoWithOneLine() throws Exception {
    Path sweep = TestResults.planted(tmp.resolve("sweep"));
    String s = sweep.toString();
    List<List<String>> bad = List.of(
        List.of("--metric", "bogus", "--above", "1"),
        List.of("--metric", "max_level"),
        List.of("--metric", "max_level", "--above", "1", "--below", "3"),
        List.of("--metric", "max_level", "--above", "10"),
        List.of("--metric", "max_level", "--above", "0"),
        List.of("--metric", "max_level", "--above", "4.5", "--factors", "nations.CN.resolve"),
        List.of("--metric", "max_level", "--above", "4.5", "--box", "999"),
        List.of("--metric", "max_level", "--above", "4.5", "--alpha", "0.7"),
        List.of("--metric", "max_level+", "--above", "4.5"));
    List<String> expected = List.of("unknown metric 'bogus'", "exactly one of --above X or --below X",
        "exactly one of --above X or --below X", "no run has max_level > 10", "every run has max_level > 0",
        "unknown factor 'nations.CN.resolve'", "--box 999 is past the trajectory", "--alpha must be between",
        "bad metric 'max_level+'");
    for (int k = 0; k < bad.size(); k++) {
      List<String> args = new java.util.ArrayList<>(List.of("discover", s));
      args.addAll(bad.get(k));
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).contains(expected.get(k)).doesNotContain("Exception");
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }
    // a single run has no factors
    Path single = TestResults.single(tmp.resolve("single"));
    Cli.Result r = Cli.run("discover", single.toString(), "--metric", "max_level", "--above", "4");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("has no factor columns");
    r = Cli.run("discover", tmp.resolve("nope").toString(), "--metric", "max_level", "--above", "4");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no results folder at");
  }
}
