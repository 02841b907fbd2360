package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {
  @TempDir Path tmp;

  static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  @Test
  void badInputIsExitCodeTwoWithOneClearLine() throws Exception {
    Path missing = tmp.resolve("nope");
    for (String cmd : List.of("chart", "report")) {
      Cli.Result r = run(cmd, missing.toString());
      assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).contains("no results folder at").doesNotContain("Exception");
    }
    Cli.Result r = run("compare", missing.toString(), "--by", "x");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    r = run("chart", empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("has no runs.csv");

    Path sweep = org.seastate.analysis.TestResults.factorial(tmp.resolve("sweep"));
    r = run("compare", sweep.toString(), "--by", "nations.CN.resolve");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown factor 'nations.CN.resolve'")
        .contains("agreements.jp-ph-raa.enabled").doesNotContain("at org.");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);

    r = run("compare", sweep.toString(), "--by", "agreements.jp-ph-raa.enabled", "--metrics", "bogus");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown metric 'bogus'");

    r = run("compare", sweep.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);

    r = run("compare", sweep.toString(), "--by", "agreements.jp-ph-raa.enabled", "--reference", "maybe");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("reference level 'maybe'").contains("[true, false]").doesNotContain("at org.");
  }

  @Test
  void compareChartAndReportWriteTheirFiles() throws Exception {
    Path sweep = org.seastate.analysis.TestResults.factorial(tmp.resolve("sweep"));
    Cli.Result r = run("compare", sweep.toString(), "--by", "agreements.jp-ph-raa.enabled",
        "--metrics", "incidents_total,max_level");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(sweep.resolve("comparison.csv")).exists();
    assertThat(sweep.resolve("comparison.md")).exists();

    r = run("chart", sweep.toString(), "--width", "800", "--height", "500");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.list(sweep.resolve("charts")).filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(5);

    r = run("report", sweep.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    String html = Files.readString(sweep.resolve("report.html"));
    assertThat(html).contains("<svg").contains("Does the RAA change incidents?").contains("Scenario as resolved")
        .contains("Every metric compared").doesNotContain("src=\"http").doesNotContain("href=\"http")
        .doesNotContain("<link").doesNotContain("<script src");
    String md = Files.readString(sweep.resolve("report.md"));
    assertThat(md).contains("## Effect of agreements.jp-ph-raa.enabled").contains("## Every metric compared").contains("charts/").contains("| seastate | 0.1.0 (commit abc1234) |");
  }
}
