package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.seastate.model.DayReport;

/** timeseries.csv rows written without the printer's character scan are the printer's bytes. */
class TimeseriesRowsTest {
  private static final String[] NAMES = {
    "tension.CN-PH", "on_station.CN.coast_guard", "incidents_cumulative.level_4", "reported_incidents_cumulative",
    "plain", "with,comma", "with \"quotes\"", " leading space", "trailing space ", "#hash", "-dash", "new\nline",
    "tab\tinside", "", "ünïcode", "semi;colon", "already[CN,navy]", "a.b.c.d"
  };

  private static String printed(long runId, DayReport d) throws IOException {
    StringBuilder b = new StringBuilder();
    CSVPrinter p = new CSVPrinter(b, ResultsWriter.FORMAT);
    for (Map.Entry<String, Double> e : d.series().entrySet()) {
      p.printRecord(runId, d.day(), d.date(), SeriesNames.csvName(e.getKey()), Numbers.format(e.getValue()));
    }
    return b.toString();
  }

  @Test
  void rowsEqualThePrintersForAwkwardNamesAndValues() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    double[] special = {0, -0.0, 1, -1, 0.5, -2.25, 1e-12, -3.3e-7, 123456789.123, 1e15, 4.5e15, 1e300, -1e-300,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
    TimeseriesRows rows = new TimeseriesRows();
    for (int day = 0; day < 200; day++) {
      Map<String, Double> series = new LinkedHashMap<>();
      for (String name : NAMES) {
        double v = random.nextInt(4) == 0 ? special[random.nextInt(special.length)]
            : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 12));
        series.put(name, v);
      }
      long runId = random.nextLong(0, 1L << 40);
      DayReport d = new DayReport(day, LocalDate.of(2023, 1, 1).plusDays(day * 37L), series);
      StringBuilder fast = new StringBuilder();
      rows.print(fast, runId, d);
      assertThat(fast.toString()).as("day %d", day).isEqualTo(printed(runId, d));
    }
  }

  @Test
  void namesNeedingQuotesAreQuotedAsThePrinterQuotesThem() {
    assertThat(TimeseriesRows.quoted("on_station[CN,coast_guard]")).isEqualTo("\"on_station[CN,coast_guard]\"");
    assertThat(TimeseriesRows.quoted("tension[CN-PH]")).isEqualTo("tension[CN-PH]");
    assertThat(TimeseriesRows.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }
}
