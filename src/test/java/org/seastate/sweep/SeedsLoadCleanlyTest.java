package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.ResultsWriter;
import org.seastate.io.RunRecord;

/**
 * The seed column survives the ways analysts load it: two runs.csv files concatenated the way
 * pandas does (one column, parsed as int64 and, once a missing value turns it into float64, as
 * a double), R's numeric and a spreadsheet's 15 significant digits.
 */
class SeedsLoadCleanlyTest {
  @TempDir Path tmp;

  @Test
  void seedsOfTwoConcatenatedRunsCsvFilesAreExactAsLongsAndDoubles() throws IOException {
    List<String> seeds = new ArrayList<>();
    seeds.addAll(seedColumn(runsCsv("a", new RunPlan(points(40), 250, 20250911L, false)))); // 10,000 runs
    seeds.addAll(seedColumn(runsCsv("b", new RunPlan(points(6), 50, -3L, true)))); // common random numbers
    assertThat(seeds).hasSize(10_300);
    for (String text : seeds) {
      long asLong = Long.parseLong(text); // pandas int64, never uint64
      double asDouble = Double.parseDouble(text); // pandas float64 after concat with NaN, R numeric
      assertThat(asLong).isBetween(0L, Seeds.LIMIT - 1);
      assertThat(asDouble).isLessThanOrEqualTo(0x1p53);
      assertThat((long) asDouble).as(text).isEqualTo(asLong);
      assertThat(new BigDecimal(asDouble).toPlainString()).isEqualTo(text);
      assertThat(text.length()).as("15 significant digits in a spreadsheet").isLessThanOrEqualTo(15);
    }
  }

  @Test
  void theSeedRangeIsUsedAndSeedsRarelyCollide() {
    long max = 0;
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (long id = 0; id < 200_000; id++) {
      long s = Seeds.forRun(1, id);
      max = Math.max(max, s);
      seen.add(s);
    }
    assertThat(max).isGreaterThan(Seeds.LIMIT / 2);
    // birthday bound: 200,000 runs in 2^49 seeds collide with probability about 4e-5
    assertThat(seen).hasSize(200_000);
  }

  private static List<DesignPoint> points(int n) {
    List<DesignPoint> p = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      p.add(DesignPoint.of(i, Map.of()));
    }
    return p;
  }

  /** runs.csv as a sweep writes it; the runs are not simulated (seeds need no model). */
  private Path runsCsv(String name, RunPlan plan) throws IOException {
    List<RunRecord> records = new ArrayList<>();
    for (long id = 0; id < plan.totalRuns(); id++) {
      RunSpec s = plan.spec(id);
      records.add(new RunRecord(id, s.point().index(), s.replicate(), s.seed(), Map.of(), Optional.empty(),
          Optional.of("not run"), List.of(), List.of()));
    }
    Path dir = Files.createDirectories(tmp.resolve(name));
    ResultsWriter.writeAll(dir, List.of(), records);
    return dir.resolve("runs.csv");
  }

  private static List<String> seedColumn(Path runsCsv) throws IOException {
    List<String> lines = Files.readAllLines(runsCsv);
    int col = List.of(lines.get(0).split(",", -1)).indexOf("seed");
    return lines.stream().skip(1).map(l -> l.split(",", -1)[col]).toList();
  }
}
