package org.seastate.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.io.AtomicFiles;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsWriter;

/**
 * What each design point produced: for every summary metric of runs.csv, the mean over
 * replicates with its 95% t interval (clipped to what the metric can take: counts never below
 * 0, rates within [0, 1]), the standard deviation and the range. Written as {@code summary.csv}
 * and shown in the report with the levels of the primary factor side by side.
 *
 * <p>summary.csv has one column per factor, named and printed as in runs.csv, so it can be
 * filtered and joined on factor values; {@code label} is only the short text the report shows.
 */
public final class Summary {

  /** One metric at one point. */
  public record Row(long point, String label, String metric, int n, double mean, double ciLow, double ciHigh,
      double sd, double min, double max) {}

  private final List<Row> rows;
  private final List<String> labels;
  private final List<String> factors;
  /** Point to its factor values as runs.csv prints them, in factor order. */
  private final Map<Long, List<String>> factorValues;

  private Summary(List<Row> rows, List<String> labels, List<String> factors, Map<Long, List<String>> factorValues) {
    this.rows = List.copyOf(rows);
    this.labels = List.copyOf(labels);
    this.factors = List.copyOf(factors);
    this.factorValues = Map.copyOf(factorValues);
  }

  public static Summary compute(ResultsData data) {
    List<Row> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Map<Long, List<String>> factorValues = new java.util.HashMap<>();
    for (Map.Entry<String, List<Integer>> g : data.groupByPoint().entrySet()) {
      labels.add(g.getKey());
      int first = g.getValue().get(0);
      long point = data.point(first);
      factorValues.put(point, data.factors().stream().map(f -> data.factorValue(first, f)).toList());
      for (String metric : data.metrics()) {
        double[] x = Stats.finite(g.getValue().stream().mapToDouble(i -> data.value(i, metric)).toArray());
        double mean = x.length == 0 ? Double.NaN : Stats.mean(x);
        double h = Stats.tHalfWidth(x);
        MetricBounds bounds = MetricBounds.of(metric);
        double min = x.length == 0 ? Double.NaN : java.util.Arrays.stream(x).min().getAsDouble();
        double max = x.length == 0 ? Double.NaN : java.util.Arrays.stream(x).max().getAsDouble();
        rows.add(new Row(point, g.getKey(), metric, x.length, mean, bounds.clip(mean - h), bounds.clip(mean + h),
            Stats.sd(x), min, max));
      }
    }
    return new Summary(rows, labels, data.factors(), factorValues);
  }

  public List<Row> rows() {
    return rows;
  }

  public void write(Path dir) throws IOException {
    AtomicFiles.write(dir.resolve("summary.csv"), out -> {
      CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ResultsWriter.FORMAT);
      List<Object> header = new ArrayList<>(List.of("point"));
      header.addAll(factors);
      header.addAll(List.of("label", "metric", "n", "mean", "ci95_low", "ci95_high", "sd", "min", "max"));
      p.printRecord(header);
      for (Row r : rows) {
        List<Object> row = new ArrayList<>(List.of(r.point()));
        row.addAll(factorValues.get(r.point()));
        row.addAll(List.of(r.label(), r.metric(), r.n(), Numbers.format(r.mean()), Numbers.format(r.ciLow()),
            Numbers.format(r.ciHigh()), Numbers.format(r.sd()), Numbers.format(r.min()), Numbers.format(r.max())));
        p.printRecord(row);
      }
      p.flush();
    });
  }

  /**
   * A Markdown table: one row per metric, one column per point (at most {@code maxPoints}; a
   * larger sweep is summarised in summary.csv only), each cell "mean [low, high]".
   */
  public String table(int maxPoints) {
    int shown = Math.min(maxPoints, labels.size());
    StringBuilder s = new StringBuilder("| metric |");
    for (int i = 0; i < shown; i++) {
      s.append(' ').append(labels.get(i)).append(" |");
    }
    s.append("\n|---|").append("--:|".repeat(shown)).append('\n');
    List<String> metrics = rows.stream().map(Row::metric).distinct().toList();
    for (String m : metrics) {
      s.append("| ").append(m).append(" |");
      for (int i = 0; i < shown; i++) {
        String label = labels.get(i);
        Row r = rows.stream().filter(x -> x.label().equals(label) && x.metric().equals(m)).findFirst().orElseThrow();
        s.append(' ').append(Comparison.g(r.mean()));
        if (r.n() >= 2) {
          s.append(" [").append(Comparison.g(r.ciLow())).append(", ").append(Comparison.g(r.ciHigh())).append(']');
        }
        s.append(" |");
      }
      s.append('\n');
    }
    if (labels.size() > shown) {
      s.append("\n(").append(labels.size() - shown).append(" more points in summary.csv)\n");
    }
    return s.toString();
  }

  /**
   * A Markdown table with the levels of {@code factor} side by side: one row per metric and
   * combination of the other factors (every point appears), one column per level, each cell
   * "mean [low, high]".
   */
  public String sideBySide(ResultsData data, String factor, List<String> metrics) {
    List<String> levels = data.levels(factor);
    Map<String, Map<String, String>> labelByStratumLevel = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> g : data.groupByPoint().entrySet()) {
      int i = g.getValue().get(0);
      StringBuilder stratum = new StringBuilder();
      for (String f : data.factors()) {
        if (!f.equals(factor)) {
          stratum.append(stratum.length() == 0 ? "" : ", ").append(ResultsData.shortName(f)).append('=')
              .append(data.factorValue(i, f));
        }
      }
      labelByStratumLevel.computeIfAbsent(stratum.length() == 0 ? "all" : stratum.toString(),
          k -> new java.util.HashMap<>()).put(data.factorValue(i, factor), g.getKey());
    }
    StringBuilder s = new StringBuilder("| metric | point |");
    for (String l : levels) {
      s.append(' ').append(ResultsData.shortName(factor)).append('=').append(l).append(" |");
    }
    s.append("\n|---|---|").append("--:|".repeat(levels.size())).append('\n');
    for (String m : metrics) {
      for (Map.Entry<String, Map<String, String>> st : labelByStratumLevel.entrySet()) {
        s.append("| ").append(m).append(" | ").append(st.getKey()).append(" |");
        for (String l : levels) {
          String label = st.getValue().get(l);
          Row r = label == null ? null
              : rows.stream().filter(x -> x.label().equals(label) && x.metric().equals(m)).findFirst().orElse(null);
          s.append(' ').append(r == null ? "–" : cell(r)).append(" |");
        }
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static String cell(Row r) {
    String c = Comparison.g(r.mean());
    return r.n() >= 2 ? c + " [" + Comparison.g(r.ciLow()) + ", " + Comparison.g(r.ciHigh()) + "]" : c;
  }
}
