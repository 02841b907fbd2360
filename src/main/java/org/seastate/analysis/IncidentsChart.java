package org.seastate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.seastate.io.ResultsInputException;
import org.seastate.scenario.EscalationSettings;

/**
 * Mean incidents per run by escalation level as stacked bars, one bar per group, so both the
 * number of incidents and how severe they were read off one chart.
 */
final class IncidentsChart {
  private IncidentsChart() {}

  /** Incidents start at level 3 (a block or dangerous manoeuvre); lower levels are routine. */
  static final int FIRST_INCIDENT_LEVEL = 3;

  static Charts.Built build(ResultsData data, Optional<String> by) {
    List<String> notes = new ArrayList<>();
    Map<String, List<Integer>> groups = RunGroups.groups(data, by, notes);
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    // Reported incidents (what the public record can be held against) when the run has them.
    String prefix = data.metrics().contains("reported_incidents_level_4") ? "reported_incidents_level_" : "incidents_level_";
    for (int l = FIRST_INCIDENT_LEVEL; l <= 7; l++) {
      String col = prefix + l;
      if (!data.metrics().contains(col)) {
        throw new ResultsInputException("runs.csv has no column " + col);
      }
      String key = l + " " + EscalationSettings.LEVEL_NAMES[l].replace('_', ' ');
      for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
        double[] x = Stats.finite(g.getValue().stream().mapToDouble(i -> data.value(i, col)).toArray());
        ds.addValue(Stats.mean(x), key, g.getKey() + " (n=" + g.getValue().size() + ")");
      }
    }
    CategoryAxis x = new CategoryAxis(by.map(ResultsData::shortName).orElse("scenario point"));
    NumberAxis y = new NumberAxis((prefix.startsWith("reported") ? "reported incidents" : "incidents")
        + " per run (mean over replicates)");
    StackedBarRenderer r = new StackedBarRenderer();
    ChartStyle.flatBars(r);
    r.setMaximumBarWidth(0.18);
    for (int l = FIRST_INCIDENT_LEVEL; l <= 7; l++) {
      r.setSeriesPaint(l - FIRST_INCIDENT_LEVEL, ChartStyle.LEVELS[l - 1]);
    }
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    if (groups.size() > 4) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart c = new JFreeChart((prefix.startsWith("reported") ? "Reported incidents" : "Incidents")
        + " by escalation level", ChartStyle.TITLE, plot, true);
    c.getLegend().setPosition(RectangleEdge.RIGHT);
    return new Charts.Built(ChartStyle.apply(c, "Highest act in each incident (an episode's acts against one side on one day); "
        + RunGroups.byText(by),
        RunGroups.joinNotes(notes)), RunGroups.joinNotes(notes));
  }
}
