package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

class HeatmapChartTest {
  static PaintScale scaleOf(JFreeChart c) {
    return ((XYBlockRenderer) c.getXYPlot().getRenderer()).getPaintScale();
  }

  static HeatmapChart.Grid grid(String metric, double[][] cells) {
    List<String> xs = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      xs.add("x" + i);
    }
    List<String> ys = new ArrayList<>();
    for (int j = 0; j < cells[0].length; j++) {
      ys.add("y" + j);
    }
    return new HeatmapChart.Grid("t", metric, "x", xs, "y", ys, cells, 10);
  }

  @Test
  void nonNegativeValuesStartAtZeroNotAtTheSmallestCell() {
    double[][] cells = {{4.2, 4.0}, {4.8, 4.7}};
    JFreeChart c = HeatmapChart.draw(grid("max_level", cells), false, "", new ArrayList<>()).chart();
    PaintScale s = scaleOf(c);
    assertThat(s.getLowerBound()).isEqualTo(0);
    assertThat(s.getUpperBound()).isEqualTo(4.8);
    PaintScaleLegend legend = (PaintScaleLegend) c.getSubtitles().stream().filter(PaintScaleLegend.class::isInstance)
        .findFirst().orElseThrow();
    assertThat(legend.getAxis().getRange().getLowerBound()).isEqualTo(0);

    // a metric of unknown range: still from 0
    assertThat(HeatmapChart.scale(12, 30, "tension.CN-PH", false).getLowerBound()).isEqualTo(0);
  }

  @Test
  void differencesGetAScaleCentredOnZero() {
    double[][] cells = {{-2, 0.5}, {3, 1}};
    JFreeChart c = HeatmapChart.draw(grid("incidents_total", cells), false, "", new ArrayList<>()).chart();
    PaintScale s = scaleOf(c);
    assertThat(s.getLowerBound()).isEqualTo(-3);
    assertThat(s.getUpperBound()).isEqualTo(3);
    assertThat(s).isInstanceOf(ChartStyle.Diverging.class);
    // zero is the neutral middle colour
    assertThat(((ChartStyle.Ramp) s).color(0)).isEqualTo(new java.awt.Color(0xF7F7F7));

    // a difference of one sign only is still centred on zero
    ChartStyle.Ramp d = HeatmapChart.scale(0.2, 1.5, "incidents_total", true);
    assertThat(d.getLowerBound()).isEqualTo(-1.5);
    assertThat(d.getUpperBound()).isEqualTo(1.5);
  }

  @Test
  void allCellsEqualStillGetsASpan() {
    PaintScale s = HeatmapChart.scale(0, 0, "incidents_total", false);
    assertThat(s.getUpperBound()).isGreaterThan(s.getLowerBound());
    PaintScale d = HeatmapChart.scale(0, 0, "incidents_total", true);
    assertThat(d.getUpperBound()).isGreaterThan(0);
    assertThat(d.getLowerBound()).isEqualTo(-d.getUpperBound());
  }
}
