package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's first screen answers the sweep's question. */
class ReportTest {
  @TempDir Path tmp;

  /** RAA × resolve with CRN seeds; the RAA adds incidents, more so at higher resolve. */
  private Path sweep() throws Exception {
    String yaml = "name: test-sweep\ndescription: Does the RAA change incidents?\nbase: ../raa-2025.yaml\n"
        + "factors:\n- path: " + Fixtures.RAA + "\n  levels: [true, false]\n  reference: false\n"
        + "- path: " + Fixtures.RESOLVE + "\n  levels: [1, 2, 3]\ndesign: full_factorial\nreplicates: 6\n"
        + "base_seed: 5\ncommon_random_numbers: true\ntimeseries_interval_days: 7\ncharts: []\n";
    List<Map<String, Object>> points = new ArrayList<>();
    for (boolean raa : List.of(true, false)) {
      for (double r : List.of(1.0, 2.0, 3.0)) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(Fixtures.RAA, raa);
        p.put(Fixtures.RESOLVE, r);
        points.add(p);
      }
    }
    return Fixtures.write(tmp, points, 6, yaml, (p, rep, rng) -> {
      double resolve = (Double) p.get(Fixtures.RESOLVE);
      return 20 * resolve + 10 * Math.sin(rep) + ((Boolean) p.get(Fixtures.RAA) ? 3 * resolve : 0) + rng.nextGaussian();
    }, true);
  }

  @Test
  void theHeadlineComesFirstWithTheEffectPerStratumAndOverall() throws Exception {
    Report.Written w = Report.write(sweep());
    String html = Files.readString(w.html());
    String body = html.substring(html.indexOf("<body>"));
    // first the title and the question, then the headline block before anything else
    int headline = body.indexOf("<section id=\"headline\">");
    assertThat(headline).isPositive();
    String before = body.substring(0, headline);
    assertThat(before).contains("<h1>").contains("Does the RAA change incidents?")
        .doesNotContain("<h2>").doesNotContain("<table>");
    String block = body.substring(headline, body.indexOf("</section>"));
    // treatment − reference, with the reference the sweep names
    assertThat(block).contains("Effect of " + Fixtures.RAA + " (true − false)");
    // the small multiples, inline, with every stratum and the overall effect
    assertThat(block).contains("<svg").contains("all (stratified)").contains("incidents_total");
    // the table: one column per stratum, the overall effect with its interval
    assertThat(block).contains("<th>posture.resolve = 1</th>").contains("<th>posture.resolve = 2</th>")
        .contains("<th>posture.resolve = 3</th>").contains("<th>all strata (95% CI)</th>");
    assertThat(block).contains("not calibrated");
    Matcher row = Pattern.compile("<tr><td>incidents_total(?: ★)?</td><td>not calibrated</td><td>\\+([0-9.]+) \\(\\+([0-9.]+), \\+([0-9.]+)\\)</td>")
        .matcher(block);
    assertThat(row.find()).as("incidents_total row with its interval in %s", block).isTrue();
    double diff = Double.parseDouble(row.group(1));
    assertThat(diff).isBetween(5.0, 7.0); // 3 × mean resolve 2
    assertThat(Double.parseDouble(row.group(2))).isLessThan(diff);
    assertThat(Double.parseDouble(row.group(3))).isGreaterThan(diff);
    // sorted by standardized effect: the rows' std. effects never increase in magnitude
    List<Double> std = new ArrayList<>();
    for (Comparison.Row r : Headline.of(w.comparison().orElseThrow()).rows()) {
      if (r.status() == Comparison.Status.TESTED) {
        std.add(Math.abs(r.standardized()));
      }
    }
    assertThat(std).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(tmp.resolve("charts").resolve(Headline.CHART + ".png")).exists();
    // the summary puts the RAA's two levels side by side for every point
    assertThat(html).contains("<th>jp-ph-raa.enabled=true</th><th>jp-ph-raa.enabled=false</th>");
  }
}
