package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;

class ResultsDataTest {

  @Test
  void taggedMetricsReadFromMetricsCsvByName(@TempDir Path tmp) throws IOException {
    Path dir = Fixtures.factorial(tmp.resolve("f"), List.of(1.0, 2.0), 2);
    ResultsData data = ResultsData.load(dir);
    String key = "presence_calendar_days[CN,coast_guard," + Fixtures.FEATURES.get(0) + "]";
    assertThat(data.taggedMetrics()).contains(key);
    assertThat(data.resolveMetric(key)).contains(key);
    CsvTable metrics = ResultsReader.read(dir.resolve("metrics.csv"));
    for (int i = 0; i < data.size(); i++) {
      double expected = Double.NaN;
      for (int r = 0; r < metrics.size(); r++) {
        if (Long.parseLong(metrics.get(r, "run_id")) == data.runId(i)
            && metrics.get(r, "metric").equals("presence_calendar_days") && metrics.get(r, "nation").equals("CN")
            && metrics.get(r, "feature").equals(Fixtures.FEATURES.get(0))) {
          expected = metrics.number(r, "value");
        }
      }
      assertThat(data.value(i, key)).isEqualTo(expected);
    }
    assertThat(data.presenceMetrics()).contains(key)
        .noneMatch(k -> k.startsWith("presence_ship_days"));
    assertThatThrownBy(() -> data.value(0, "presence_calendar_days[XX]")).isInstanceOf(ResultsInputException.class);
  }
}
