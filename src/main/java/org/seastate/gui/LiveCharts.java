package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.seastate.model.DayReport;
import org.seastate.model.RunListener;

/**
 * Three live JFreeChart charts fed by the daily reports of the run: tension per dyad,
 * cumulative incidents by escalation level, and vessels on station by nation. Series appear
 * when they first have something to show. Reports arrive on the simulation thread and are
 * handed to Swing with {@code invokeLater}.
 */
public final class LiveCharts implements RunListener {
  private final XYSeriesCollection tension = new XYSeriesCollection();
  private final XYSeriesCollection incidents = new XYSeriesCollection();
  private final XYSeriesCollection onStation = new XYSeriesCollection();
  private final Map<String, XYSeries> series = new LinkedHashMap<>();
  private final List<JFrame> frames = new ArrayList<>();
  private final List<JFreeChart> charts = new ArrayList<>();

  /** Builds the chart frames (not yet visible). Needs a display. */
  public LiveCharts() {
    frames.add(frame("Tension by dyad", chart("Tension by dyad", "tension index", tension)));
    frames.add(frame("Incidents by level", chart("Incidents by level (cumulative)", "incidents", incidents)));
    frames.add(frame("Vessels on station", chart("Vessels on station by nation", "vessels", onStation)));
  }

  private JFreeChart chart(String title, String yLabel, XYSeriesCollection data) {
    JFreeChart c = ChartFactory.createXYLineChart(title, "day of run", yLabel, data,
        PlotOrientation.VERTICAL, true, true, false);
    XYPlot plot = c.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    plot.setRenderer(r);
    charts.add(c);
    return c;
  }

  private static JFrame frame(String title, JFreeChart chart) {
    JFrame f = new JFrame(title);
    ChartPanel p = new ChartPanel(chart);
    p.setPreferredSize(new Dimension(520, 320));
    f.getContentPane().add(p);
    f.pack();
    f.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    return f;
  }

  /** The chart windows, for the controller to register. */
  public List<JFrame> frames() {
    return frames;
  }

  /** The charts: tension, incidents, on station. */
  public List<JFreeChart> charts() {
    return charts;
  }

  /** Items in all series of chart {@code i} (read on the Swing thread). */
  public int itemCount(int i) {
    XYSeriesCollection c = List.of(tension, incidents, onStation).get(i);
    int n = 0;
    for (int s = 0; s < c.getSeriesCount(); s++) {
      n += c.getSeries(s).getItemCount();
    }
    return n;
  }

  /** Empties every chart (a new run). */
  public void clear() {
    SwingUtilities.invokeLater(() -> {
      tension.removeAllSeries();
      incidents.removeAllSeries();
      onStation.removeAllSeries();
      series.clear();
    });
  }

  @Override
  public void day(DayReport report) {
    // Gather on the simulation thread; hand over a copy.
    Map<String, Double> tensionRows = new LinkedHashMap<>();
    Map<String, Double> incidentRows = new LinkedHashMap<>();
    Map<String, Double> stationRows = new LinkedHashMap<>();
    report.series().forEach((k, v) -> {
      if (k.startsWith("tension.")) {
        tensionRows.put(k.substring("tension.".length()), v);
      } else if (k.startsWith("incidents_cumulative.level_")) {
        incidentRows.put("level " + k.substring("incidents_cumulative.level_".length()), v);
      } else if (k.startsWith("on_station.")) {
        String nation = k.split("\\.")[1];
        stationRows.merge(nation, v, Double::sum);
      }
    });
    int day = report.day();
    SwingUtilities.invokeLater(() -> {
      add(tension, "t:", tensionRows, day);
      add(incidents, "i:", incidentRows, day);
      add(onStation, "s:", stationRows, day);
    });
  }

  private void add(XYSeriesCollection c, String prefix, Map<String, Double> rows, int day) {
    rows.forEach((name, v) -> {
      XYSeries s = series.get(prefix + name);
      if (s == null) {
        if (v == 0) {
          return; // appear once there is something to show
        }
        s = new XYSeries(name, true, false);
        series.put(prefix + name, s);
        c.addSeries(s);
        XYPlot plot = charts.get(c == tension ? 0 : c == incidents ? 1 : 2).getXYPlot();
        int idx = c.getSeriesCount() - 1;
        if (c == onStation && NationColors.has(name)) {
          plot.getRenderer().setSeriesPaint(idx, NationColors.of(name));
        } else if (c == incidents) {
          plot.getRenderer().setSeriesPaint(idx, Glyphs.levelColor(Integer.parseInt(name.substring(6))));
        }
        plot.getRenderer().setSeriesStroke(idx, new BasicStroke(1.8f));
      }
      s.addOrUpdate((double) day, v.doubleValue());
    });
  }
}
