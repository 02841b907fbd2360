package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsReader;

/**
 * Sobol indices from a results folder. The fixture's incidents are 40·resolve + 10·visibility
 * (resolve on [0.5, 2.5], visibility on [0, 1]), rounded: variances 80²/12 and 10²/12, so
 * S1 = ST ≈ 0.985 for resolve and 0.015 for visibility.
 */
class SensitivityTest {
  @TempDir Path tmp;

  @Test
  void indicesFromTheSweepPointOrderAndFromDesignCsvAgree() throws Exception {
    Path dir = Fixtures.sobol(tmp.resolve("s"), 256);
    ResultsData data = ResultsData.load(dir);
    List<Sensitivity.Index> idx = Sensitivity.compute(data, List.of("incidents"), 300, 1);
    assertThat(idx).hasSize(2);
    assertThat(idx.get(0).factor()).isEqualTo(Fixtures.RESOLVE);
    assertThat(idx.get(0).s1()).isCloseTo(0.985, within(0.05));
    assertThat(idx.get(0).st()).isCloseTo(0.985, within(0.05));
    assertThat(idx.get(1).s1()).isCloseTo(0.015, within(0.05));
    assertThat(idx.get(1).st()).isCloseTo(0.015, within(0.05));
    Sensitivity.write(dir, idx);
    CsvTable t = ResultsReader.read(dir.resolve("sensitivity.csv"));
    assertThat(t.columns()).isEqualTo(Sensitivity.COLUMNS);
    assertThat(t.size()).isEqualTo(2);

    // the same layout given explicitly, with blocks named by factor path
    StringBuilder d = new StringBuilder("point,design,block,base_index\n");
    for (int p = 0; p < 256 * 4; p++) {
      String b = SaltelliDesign.block(p, 2);
      if (b.equals("AB_2")) {
        b = "AB:escalation.visibility";
      }
      d.append(p).append(",sobol,").append(b).append(',').append(SaltelliDesign.sample(p, 2)).append('\n');
    }
    Files.writeString(dir.resolve("points.csv"), d);
    List<Sensitivity.Index> again = Sensitivity.compute(ResultsData.load(dir), List.of("incidents"), 300, 1);
    assertThat(again).isEqualTo(idx);
  }

  @Test
  void aFactorialSweepIsNotASobolDesign() throws Exception {
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(1.0), 2));
    assertThat(Sensitivity.applies(data)).isFalse();
  }
}
