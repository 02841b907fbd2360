package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seastate report} on a large results folder in a small heap: 1,000 runs with 390 rows
 * each in metrics.csv and 126 in timeseries.csv (24 MB of CSV) are analysed in a 48 MB heap, because the analysis reads those files row by row and keeps one number per run
 * and metric (docs/PERFORMANCE.md, "Analysis in bounded memory"). Reading metrics.csv whole, as
 * the analysis once did, needs several times the heap.
 *
 * <p>The folder is written by the test (the model is not run): the tables in the format of
 * results/README.md, with the summary and tagged metric names the model writes and values
 * drawn from a fixed seed. With {@code -Dseastate.compareJar=OTHER.jar} the test also runs
 * that jar in the same heap and expects it to fail, to show that the heap is small enough to
 * tell the two apart.
 */
class BoundedMemoryReportIT {
  static final List<String> JVM = List.of("-Xmx48m", "-Djava.awt.headless=true");
  static final int REPLICATES = 100;
  static final List<String> RAA = List.of("true", "false");
  static final List<String> RESOLVE = List.of("0.5", "1", "1.5", "2", "2.5");
  static final int POINTS = RAA.size() * RESOLVE.size();
  static final List<String> NATIONS = List.of("CN", "PH", "VN", "MY", "JP", "US", "AU");
  static final List<String> AGENCIES = List.of("coast_guard", "navy", "militia");
  static final List<String> FEATURES = List.of("scarborough-shoal", "second-thomas-shoal", "sabina-shoal",
      "whitsun-reef", "thitu", "iroquois-reef", "luconia-shoals", "vanguard-bank");
  static final List<String> METRICS = List.of("episodes_total", "standoff_hours_median", "acts_total",
      "incidents_total", "incidents_level_3", "incidents_level_4", "incidents_level_5", "incidents_level_6",
      "incidents_level_7", "reported_incidents_total", "reported_incidents_level_3", "reported_incidents_level_4",
      "reported_incidents_level_5", "reported_incidents_level_6", "reported_incidents_level_7", "max_level",
      "crisis", "resupply_attempts", "resupply_disrupted_share", "resupply_success_rate", "interceptions",
      "vessels_damaged", "joint_patrols", "fonops", "militia_daily_mean", "tension_mean_total");
  static final int DAYS = 30;
  static final LocalDate START = LocalDate.of(2025, 9, 11);

  @TempDir Path dir;

  @Test
  void reportOfAThousandRunsFitsInASmallHeap() throws Exception {
    Path results = dir.resolve("many");
    write(results);
    long csv = 0;
    for (String f : List.of("runs.csv", "metrics.csv", "timeseries.csv")) {
      csv += Files.size(results.resolve(f));
    }
    assertThat(csv).as("the tables are far larger than the heap").isGreaterThan(20_000_000L);

    Path log = dir.resolve("report.log");
    assertThat(Jar.runIn(JVM, log, "report", Jar.path(results))).as(Jar.text(log)).isZero();
    assertThat(Jar.text(log)).doesNotContain("OutOfMemoryError").contains("report in ");
    String html = Files.readString(results.resolve("report.html"));
    assertThat(html).contains((REPLICATES * POINTS) + " successful runs");
    assertThat(Files.readString(results.resolve("comparison.csv")))
        .as("tagged metrics of metrics.csv are compared").contains("at_sea_days[CN]");
    assertThat(results.resolve("charts/01-timeseries-tension-by-jp-ph-raa-enabled.svg"))
        .as("the time series of timeseries.csv is drawn").isNotEmptyFile();
    assertThat(results.resolve("charts/06-presence-vs-observed-presence_calendar_days-by-jp-ph-raa-enabled.svg"))
        .as("the presence of metrics.csv is drawn").isNotEmptyFile();
  }

  /** With {@code -Dseastate.compareJar=OTHER.jar}: that build fails in the same heap (skipped without). */
  @Test
  void anotherBuildRunsOutOfMemoryInTheSameHeap() throws Exception {
    String other = System.getProperty("seastate.compareJar", "");
    Assumptions.assumeFalse(other.isEmpty(), "no -Dseastate.compareJar to hold against");
    Path results = dir.resolve("other");
    write(results);
    Path log = dir.resolve("other.log");
    assertThat(Jar.runJar(Path.of(other), JVM, log, "report", Jar.path(results))).as(Jar.text(log)).isNotZero();
    assertThat(Jar.text(log)).contains("OutOfMemoryError");
  }

  /** A sweep's folder: RAA × resolve, REPLICATES replicates, common random numbers. */
  static void write(Path results) throws IOException {
    Files.createDirectories(results);
    SplittableRandom random = new SplittableRandom(16);
    try (BufferedWriter runs = Files.newBufferedWriter(results.resolve("runs.csv"), StandardCharsets.UTF_8);
         BufferedWriter metrics = Files.newBufferedWriter(results.resolve("metrics.csv"), StandardCharsets.UTF_8);
         BufferedWriter series = Files.newBufferedWriter(results.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
      runs.write("run_id,point,replicate,seed,status,error,agreements.jp-ph-raa.enabled,nations.CN.posture.resolve,"
          + "days_simulated,crisis_day," + String.join(",", METRICS) + "\n");
      metrics.write("run_id,metric,nation,agency,feature,value\n");
      series.write("run_id,day,date,series,value\n");
      for (int replicate = 0; replicate < REPLICATES; replicate++) {
        long seed = 1_000_003L * replicate + 17;
        for (int point = 0; point < POINTS; point++) {
          long run = (long) replicate * POINTS + point;
          double resolve = Double.parseDouble(RESOLVE.get(point % RESOLVE.size()));
          List<String> row = new ArrayList<>(List.of(String.valueOf(run), String.valueOf(point),
              String.valueOf(replicate), String.valueOf(seed), "ok", "", RAA.get(point / RESOLVE.size()),
              RESOLVE.get(point % RESOLVE.size()), String.valueOf(DAYS), ""));
          for (String m : METRICS) {
            row.add(m.endsWith("_share") || m.endsWith("_rate") ? number(random.nextDouble())
                : String.valueOf(random.nextInt((int) (2 + 4 * resolve))));
          }
          runs.write(String.join(",", row) + "\n");
          for (String m : METRICS) {
            metrics.write(run + "," + m + ",,,," + row.get(10 + METRICS.indexOf(m)) + "\n");
          }
          for (String n : NATIONS) {
            metrics.write(run + ",at_sea_days," + n + ",,," + random.nextInt(DAYS + 1) + "\n");
            for (String a : AGENCIES) {
              for (String f : FEATURES) {
                int days = random.nextInt(DAYS + 1);
                metrics.write(run + ",presence_calendar_days," + n + "," + a + "," + f + "," + days + "\n");
                metrics.write(run + ",presence_ship_days," + n + "," + a + "," + f + ","
                    + (days + random.nextInt(3 * DAYS)) + "\n");
              }
            }
          }
          for (int a = 0; a < NATIONS.size(); a++) {
            for (int b = a + 1; b < NATIONS.size(); b++) {
              String dyad = NATIONS.get(a) + "-" + NATIONS.get(b);
              metrics.write(run + ",tension_mean," + dyad + ",,," + number(random.nextDouble()) + "\n");
              for (int day = 0; ; day = Math.min(day + 7, DAYS)) {
                series.write(run + "," + day + "," + START.plusDays(day) + ",tension[" + dyad + "],"
                    + number(resolve * random.nextDouble()) + "\n");
                if (day == DAYS) {
                  break;
                }
              }
            }
          }
        }
      }
    }
    Files.writeString(results.resolve("manifest.json"), """
        {"format": "seastate-results/1", "kind": "sweep", "name": "many",
         "sweep": {"file": "many.yaml", "resolved_yaml": "name: many\\ndescription: Many runs in a small heap.\\n\
        factors:\\n- path: agreements.jp-ph-raa.enabled\\n  levels: [true, false]\\n  reference: false\\n\
        - path: nations.CN.posture.resolve\\n  levels: [0.5, 1.0, 1.5, 2.0, 2.5]\\n\
        design: full_factorial\\nreplicates: 100\\n"}}
        """);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
