package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;
import org.junit.jupiter.api.Test;

class DistributionChartTest {
  /** The tick labels the range axis draws at the given size. */
  static List<String> tickLabels(JFreeChart chart, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle(0, 0, w, h), info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    List<String> out = new ArrayList<>();
    for (Object t : y.refreshTicks(g, new AxisState(), area, RectangleEdge.LEFT)) {
      out.add(((Tick) t).getText());
    }
    g.dispose();
    return out;
  }

  /** 60 runs at 1.0 and 19 below, as resupply_success_rate in a sweep where most resupplies pass. */
  static Map<String, double[]> mostlyOne() {
    double[] a = new double[79];
    Arrays.fill(a, 1.0);
    for (int i = 0; i < 19; i++) {
      a[i] = 0.75 + 0.0125 * (i % 16);
    }
    double[] b = new double[60];
    Arrays.fill(b, 1.0);
    Map<String, double[]> g = new LinkedHashMap<>();
    g.put("raa = true (n=79)", a);
    g.put("raa = false (n=60)", b);
    return g;
  }

  @Test
  void aMetricOfMostlyOneGetsDistinctReadableTicksAndShowsTheRunsBelow() {
    JFreeChart c = DistributionChart.build("resupply_success_rate", mostlyOne(), "raa", "by raa", new ArrayList<>())
        .chart();
    for (int[] size : new int[][] {{1200, 750}, {640, 400}}) {
      List<String> labels = tickLabels(c, size[0], size[1]);
      assertThat(labels).as("ticks at %dx%d", size[0], size[1]).hasSizeGreaterThanOrEqualTo(3)
          .doesNotHaveDuplicates().noneMatch(s -> s.contains("E"));
    }
    NumberAxis y = (NumberAxis) c.getCategoryPlot().getRangeAxis();
    assertThat(y.getRange().getLowerBound()).isLessThan(0.75);
    assertThat(y.getRange().getUpperBound()).isGreaterThan(1.0);
    // every run beyond the whiskers (here: every run below 1.0) is in the dot layer
    MultiValueCategoryDataset dots = (MultiValueCategoryDataset) c.getCategoryPlot().getDataset(1);
    Object[] first = dots.getValues(0, 0).toArray();
    assertThat(first).hasSize(19).allMatch(v -> ((Number) v).doubleValue() < 1.0);
    assertThat(dots.getValues(0, 1).toArray()).isEmpty();
  }

  @Test
  void aConstantMetricGetsASensibleSpan() {
    Map<String, double[]> g = new LinkedHashMap<>();
    double[] ones = new double[50];
    Arrays.fill(ones, 1.0);
    g.put("all runs (n=50)", ones);
    JFreeChart rate = DistributionChart.build("resupply_success_rate", g, "x", "", new ArrayList<>()).chart();
    NumberAxis y = (NumberAxis) rate.getCategoryPlot().getRangeAxis();
    assertThat(y.getRange().getLowerBound()).isLessThanOrEqualTo(0.0);
    assertThat(y.getRange().getUpperBound()).isGreaterThan(1.0);
    assertThat(tickLabels(rate, 900, 560)).contains("0.0", "1.0").doesNotHaveDuplicates();

    double[] zeros = new double[5];
    g.put("all runs (n=50)", zeros);
    JFreeChart count = DistributionChart.build("incidents_total", g, "x", "", new ArrayList<>()).chart();
    NumberAxis yc = (NumberAxis) count.getCategoryPlot().getRangeAxis();
    assertThat(yc.getRange().getLength()).isGreaterThan(0.5);
    assertThat(yc.getRange().getLowerBound()).isGreaterThan(-0.5).isLessThan(0);
    assertThat(tickLabels(count, 900, 560)).doesNotHaveDuplicates().anyMatch(s -> Double.parseDouble(s) == 0);
    CategoryDataset box = count.getCategoryPlot().getDataset(0);
    assertThat(box.getColumnCount()).isEqualTo(1);
  }

  @Test
  void smallGroupsShowEveryRun() {
    Map<String, double[]> g = new LinkedHashMap<>();
    g.put("a", new double[] {3, 4, 5, 40});
    g.put("b", new double[] {1, 2});
    JFreeChart c = DistributionChart.build("incidents_total", g, "x", "", new ArrayList<>()).chart();
    MultiValueCategoryDataset dots = (MultiValueCategoryDataset) c.getCategoryPlot().getDataset(1);
    assertThat(dots.getValues(0, 0).toArray()).hasSize(4);
    assertThat(dots.getValues(0, 1).toArray()).hasSize(2);
    assertThat(c.getCategoryPlot().getRangeAxis().getRange().contains(40)).isTrue();
  }
}
