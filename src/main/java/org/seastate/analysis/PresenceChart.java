package org.seastate.analysis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.seastate.look.NationColors;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;

/**
 * Presence at features (metrics.csv) scaled to a year, model against observation, so the
 * model's presence can be held against the public record.
 */
final class PresenceChart {
  private PresenceChart() {}

  static Charts.Built build(ResultsData data, String metric, Optional<String> by, List<Observations.Observation> obs) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = RunGroups.groups(data, by, notes);
    List<Observations.Observation> matching = obs.stream().filter(o -> o.metric().equals(metric)).toList();
    String nation = matching.isEmpty() ? Observations.DEFAULT_NATION : matching.get(0).nation();
    String agency = matching.isEmpty() ? Observations.DEFAULT_AGENCY : matching.get(0).agency();
    int year = preferredYear(data, matching);
    Map<String, Observations.Observation> observed = new LinkedHashMap<>();
    matching.stream().filter(o -> o.year() == year).forEach(o -> observed.putIfAbsent(o.feature(), o));
    // model values per run and feature, scaled to a year
    Map<Long, Integer> runIndex = data.runIndex();
    Map<String, double[]> perFeature = new LinkedHashMap<>();
    for (String f : observed.keySet()) {
      perFeature.put(f, new double[data.size()]);
    }
    ResultsReader.scan(data.dir().resolve("metrics.csv"), header -> {
      CsvTable columns = new CsvTable("metrics.csv", header, List.of());
      int run = columns.column("run_id");
      int[] tags = {columns.column("metric"), columns.column("nation"), columns.column("agency")};
      int feature = columns.column("feature");
      int value = columns.column("value");
      return cells -> {
        if (!cells.get(tags[0]).equals(metric) || !cells.get(tags[1]).equals(nation)
            || !cells.get(tags[2]).equals(agency)) {
          return;
        }
        Integer i = runIndex.get(Long.parseLong(cells.get(run)));
        String f = cells.get(feature);
        if (i == null || (!observed.isEmpty() && !observed.containsKey(f))) {
          return;
        }
        perFeature.computeIfAbsent(f, k -> new double[data.size()])[i] += CsvTable.parse(cells.get(value));
      };
    });
    if (perFeature.isEmpty()) {
      throw new ResultsInputException("metrics.csv has no " + metric + " for " + nation + " " + agency);
    }
    double days = Double.NaN;
    for (int i = 0; i < data.size(); i++) {
      days = Double.isNaN(days) ? data.daysSimulated(i) : Math.max(days, data.daysSimulated(i));
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    ChartStyle.ErrorBarRenderer r = new ChartStyle.ErrorBarRenderer();
    int row = 0;
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      String key = (groups.size() == 1 ? "model" : "model, " + g.getKey()) + " (n=" + g.getValue().size() + ")";
      for (Map.Entry<String, double[]> f : perFeature.entrySet()) {
        double[] x = g.getValue().stream().mapToDouble(i -> f.getValue()[i] * 365.0 / data.daysSimulated(i)).toArray();
        double[] iv = ChartAxes.meanInterval(x, MetricBounds.of(metric));
        ds.addValue(iv[0], key, f.getKey());
        if (x.length >= 2) {
          r.interval(key, f.getKey(), iv[1], iv[2]);
        }
      }
      Color base = NationColors.of(nation);
      r.setSeriesPaint(row, groups.size() == 1 ? base
          : NationColors.blend(base, Color.WHITE, 0.55 * row / Math.max(1, groups.size() - 1)));
      row++;
    }
    if (!observed.isEmpty()) {
      String key = "observed " + year;
      for (String f : perFeature.keySet()) {
        Observations.Observation o = observed.get(f);
        ds.addValue(o == null ? null : o.value(), key, f);
      }
      r.setSeriesPaint(row, new Color(0x666666));
    } else {
      notes.add("no observations of " + metric + " to compare with");
    }
    ChartStyle.flatBars(r);
    r.setItemMargin(0.04);
    CategoryAxis x = new CategoryAxis("feature");
    NumberAxis y = new NumberAxis(metric.replace('_', ' ') + " per year");
    double top = Math.max(ds.getRowCount() == 0 ? 0 : maxValue(ds), Double.isNaN(r.maxHigh()) ? 0 : r.maxHigh());
    if (metric.equals("presence_calendar_days")) {
      top = Math.max(top, 365);
    }
    y.setRange(0, top * 1.06);
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    if (metric.equals("presence_calendar_days")) {
      org.jfree.chart.plot.ValueMarker mk = new org.jfree.chart.plot.ValueMarker(365, new Color(0x999999),
          new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
              new float[] {4f, 4f}, 0f));
      mk.setLabel("every day");
      mk.setLabelFont(ChartStyle.TICK);
      mk.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      mk.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      mk.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(mk);
    }
    JFreeChart c = new JFreeChart("Presence at features: " + nation + " " + agency.replace('_', ' ')
        + ", model and observation", ChartStyle.TITLE, plot, true);
    ChartStyle.legendBottom(c);
    String source = observed.values().stream().map(Observations.Observation::source).findFirst().orElse("");
    String sub = String.format(Locale.ROOT, "Model scaled to a year from %s simulated days; mean with 95%% t interval%s",
        Numbers(days), source.isEmpty() ? "" : ". Observed: " + source);
    return new Charts.Built(ChartStyle.apply(c, sub, RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }

  private static String Numbers(double v) {
    return org.seastate.io.Numbers.format(v);
  }

  private static double maxValue(DefaultCategoryDataset ds) {
    double m = 0;
    for (int i = 0; i < ds.getRowCount(); i++) {
      for (int j = 0; j < ds.getColumnCount(); j++) {
        Number v = ds.getValue(i, j);
        if (v != null && !Double.isNaN(v.doubleValue())) {
          m = Math.max(m, v.doubleValue());
        }
      }
    }
    return m;
  }

  /** The scenario's start year when observed, else the latest observed year. */
  static int preferredYear(ResultsData data, List<Observations.Observation> obs) {
    TreeSet<Integer> years = new TreeSet<>();
    obs.forEach(o -> years.add(o.year()));
    if (years.isEmpty()) {
      return 0;
    }
    Optional<Integer> start = data.scenarioYaml().flatMap(y -> {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+start:\\s*\"?(\\d{4})-").matcher(y);
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    });
    return start.filter(years::contains).orElse(years.last());
  }
}
