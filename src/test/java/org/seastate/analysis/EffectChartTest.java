package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectChartTest {
  @TempDir Path tmp;

  static Effect effect(String metric, String stratum, double diff, double low, double high, boolean sig) {
    return new Effect(metric, "false", "true", stratum, 10, diff, low, high, 0.5, sig ? 0.001 : 0.4, sig, true);
  }

  /** Four metrics; the overall effect of the first is given first, to check it is still drawn last. */
  static List<Effect> effects() {
    List<Effect> e = new ArrayList<>();
    e.add(effect("incidents_total", Effect.ALL, 4, 1, 7, true));
    for (int s = 0; s < 5; s++) {
      String st = "nations.CN.posture.resolve=" + (0.5 + 0.5 * s);
      e.add(effect("incidents_total", st, 2 + s, 5 + s, 12 + s, s > 2)); // all above zero: range must still hold 0
      e.add(effect("resupply_success_rate", st, -0.1 * s, -0.1 * s - 0.3, -0.1 * s + 0.05, false));
      e.add(effect("max_level", st, 0, -0.5, 0.5, false));
    }
    e.add(effect("resupply_success_rate", Effect.ALL, -0.2, -0.3, -0.1, true));
    e.add(effect("max_level", Effect.ALL, 0, -0.2, 0.2, false));
    e.add(effect("crisis", Effect.ALL, 0.01, -0.02, 0.04, false));
    return e;
  }

  static List<JFreeChart> panels(JFreeChart c) {
    return ((EffectChart.PanelGrid) c.getPlot()).panels();
  }

  @Test
  void onePanelPerMetricInOrderWithTheOverallEffectLast() {
    JFreeChart c = EffectChart.build("RAA effect", "difference with 95% interval", effects(),
        Map.of("incidents_total", "calibrated", "max_level", "not calibrated"));
    List<JFreeChart> p = panels(c);
    assertThat(p).extracting(x -> x.getTitle().getText()).containsExactly("incidents_total (calibrated)",
        "resupply_success_rate", "max_level (not calibrated)", "crisis");
    EffectChart.PanelGrid grid = (EffectChart.PanelGrid) c.getPlot();
    assertThat(grid.columnCount()).isEqualTo(3);
    assertThat(grid.rowCount()).isEqualTo(2);
    CategoryDataset first = p.get(0).getCategoryPlot().getDataset();
    assertThat(first.getColumnKeys().toArray()).containsExactly("0.5", "1.0", "1.5", "2.0", "2.5", EffectChart.OVERALL);
    assertThat(first.getValue(0, 5)).isEqualTo(4.0);
    assertThat(p.get(0).getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("posture.resolve");
    assertThat(p.get(3).getCategoryPlot().getDataset().getColumnKeys().toArray()).containsExactly(EffectChart.OVERALL);
  }

  @Test
  void eachPanelsRangeHoldsZeroAndEveryInterval() {
    JFreeChart c = EffectChart.build("t", null, effects(), Map.of());
    for (JFreeChart p : panels(c)) {
      CategoryPlot plot = p.getCategoryPlot();
      Range r = plot.getRangeAxis().getRange();
      assertThat(r.contains(0)).as(p.getTitle().getText()).isTrue();
      EffectChart.IntervalRenderer ren = (EffectChart.IntervalRenderer) plot.getRenderer();
      for (Object k : plot.getDataset().getColumnKeys()) {
        EffectChart.Item it = ren.items.get(k);
        assertThat(r.contains(it.low()) && r.contains(it.high())).as(p.getTitle().getText() + " " + k).isTrue();
      }
    }
    // a rate's difference cannot exceed 1 either way: intervals are clipped there
    List<Effect> wide = List.of(effect("resupply_success_rate", Effect.ALL, 0.5, -0.4, 1.7, false));
    EffectChart.IntervalRenderer ren = (EffectChart.IntervalRenderer) panels(EffectChart.build("t", null, wide, Map.of()))
        .get(0).getCategoryPlot().getRenderer();
    assertThat(ren.items.get(EffectChart.OVERALL).high()).isEqualTo(1.0);
    assertThat(ren.items.get(EffectChart.OVERALL).low()).isEqualTo(-0.4);
  }

  @Test
  void writesPngAndSvgWithThePanelTitles() throws Exception {
    JFreeChart c = EffectChart.build("RAA effect", "difference with 95% interval", effects(),
        Map.of("incidents_total", "calibrated"));
    Path png = tmp.resolve("e.png");
    Path svg = tmp.resolve("e.svg");
    EffectChart.write(c, png, svg, 1200, 750);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(ChartsTest.distinctColours(img)).isGreaterThan(10);
    String s = Files.readString(svg);
    assertThat(s).contains("incidents_total (calibrated)", "resupply_success_rate", "max_level", "crisis",
        "all (stratified)", "RAA effect");
    ChartsTest.assertRendered(png, svg, 1200, 750);
  }

  @Test
  void noEffectsStillDraws() throws Exception {
    JFreeChart c = EffectChart.build("nothing", null, List.of(), Map.of());
    assertThat(panels(c)).isEmpty();
    EffectChart.write(c, tmp.resolve("n.png"), tmp.resolve("n.svg"), 600, 400);
    assertThat(Files.size(tmp.resolve("n.png"))).isPositive();
  }
}
