package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

  @Test
  void meansAndIntervalsPerPointMatchAHandComputation(@TempDir Path tmp) throws IOException {
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(1.0, 2.0), 4));
    Summary s = Summary.compute(data);
    for (var g : data.groupByPoint().entrySet()) {
      double[] x = g.getValue().stream().mapToDouble(i -> data.value(i, "incidents_total")).toArray();
      double mean = java.util.Arrays.stream(x).average().orElseThrow();
      double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
      double half = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (x.length - 1)) / Math.sqrt(x.length);
      Summary.Row r = s.rows().stream().filter(row -> row.label().equals(g.getKey()) && row.metric().equals("incidents_total"))
          .findFirst().orElseThrow();
      assertThat(r.n()).isEqualTo(4);
      assertThat(r.mean()).isCloseTo(mean, within(1e-9));
      assertThat(r.ciLow()).isCloseTo(mean - half, within(1e-9));
      assertThat(r.ciHigh()).isCloseTo(mean + half, within(1e-9));
    }
    s.write(tmp);
    List<String> csv = Files.readAllLines(tmp.resolve("summary.csv"));
    assertThat(csv.get(0)).isEqualTo("point," + String.join(",", data.factors())
        + ",label,metric,n,mean,ci95_low,ci95_high,sd,min,max");
    // every row carries its point's factor values as runs.csv prints them
    List<String> runs = Files.readAllLines(data.dir().resolve("runs.csv"));
    List<String> runsHeader = List.of(runs.get(0).split(","));
    int factorColumns = data.factors().size();
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",");
      String runRow = runs.stream().skip(1).filter(l -> l.split(",")[1].equals(f[0])).findFirst().orElseThrow();
      for (int c = 0; c < factorColumns; c++) {
        assertThat(f[1 + c]).isEqualTo(runRow.split(",")[runsHeader.indexOf(data.factors().get(c))]);
      }
    }
    assertThat(s.table(6)).contains("| incidents_total |");
  }

  @Test
  void aSingleRunHasNoInterval(@TempDir Path tmp) throws IOException {
    Summary s = Summary.compute(ResultsData.load(Fixtures.single(tmp.resolve("one"))));
    Summary.Row r = s.rows().stream().filter(row -> row.metric().equals("incidents_total")).findFirst().orElseThrow();
    assertThat(r.n()).isEqualTo(1);
    assertThat(r.ciLow()).isNaN();
    assertThat(s.table(6)).doesNotContain("[");
  }
}
