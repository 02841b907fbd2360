package org.seastate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.scenario.ChartSpec;
import org.w3c.dom.Element;

class ChartsTest {
  @TempDir Path tmp;

  static void assertRendered(Path png, Path svg, int w, int h) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).isNotNull();
    assertThat(img.getWidth()).isEqualTo(w);
    assertThat(img.getHeight()).isEqualTo(h);
    assertThat(distinctColours(img)).as("PNG draws something").isGreaterThan(10);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Element root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(Double.parseDouble(root.getAttribute("width").replace("px", ""))).isEqualTo(w);
    assertThat(Double.parseDouble(root.getAttribute("height").replace("px", ""))).isEqualTo(h);
    assertThat(root.getElementsByTagName("*").getLength()).isGreaterThan(20);
  }

  static int distinctColours(BufferedImage img) {
    java.util.Set<Integer> c = new java.util.HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        c.add(img.getRGB(x, y));
      }
    }
    return c.size();
  }

  @Test
  void everyChartTypeRendersAtTheRequestedSize() throws Exception {
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(0.5, 1.5, 2.5), 5));
    ResultsData sob = ResultsData.load(Fixtures.sobol(tmp.resolve("s"), 64));
    List<ChartSpec> specs = List.of(
        spec("timeseries", "tension", Fixtures.RAA),
        spec("distribution", "incidents_total", Fixtures.RAA),
        spec("incidents_by_level", null, Fixtures.RESOLVE),
        spec("heatmap", "max_level", Fixtures.RESOLVE),
        spec("presence_vs_observed", "presence_calendar_days", Fixtures.RAA));
    Path out = tmp.resolve("charts");
    Files.createDirectories(out);
    int i = 0;
    for (ChartSpec s : specs) {
      Charts.Drawn d = Charts.draw(data, s, Optional.empty(), out, "c" + i++, 900, 560);
      assertRendered(d.png(), d.svg(), 900, 560);
    }
    Charts.Drawn d = Charts.draw(sob, spec("sobol", "incidents", null), Optional.empty(), out, "sobol", 640, 480);
    assertRendered(d.png(), d.svg(), 640, 480);
  }

  @Test
  void theSameChartGivesTheSameSvgBytes() throws Exception {
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(0.5, 1.5), 3));
    ChartSpec s = spec("presence_vs_observed", "presence_calendar_days", Fixtures.RAA);
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Charts.Drawn first = Charts.draw(data, s, Optional.empty(), a, "presence", 640, 480);
    Thread.sleep(2); // the library's default ids came from the clock
    Charts.Drawn second = Charts.draw(data, s, Optional.empty(), b, "presence", 640, 480);
    String svg = Files.readString(first.svg());
    assertThat(svg).as("the chart clips, so it has ids to keep stable").contains("clipPath id='_presence-");
    assertThat(Files.readString(second.svg())).isEqualTo(svg);
  }

  @Test
  void drawAllUsesTheSweepsChartsOrDefaults() throws Exception {
    Path f = Fixtures.factorial(tmp.resolve("f"), List.of(1.0, 2.0), 3);
    List<Charts.Drawn> drawn = Charts.drawAll(f);
    assertThat(drawn).allMatch(Charts.Drawn::ok);
    assertThat(drawn).extracting(x -> x.spec().type()).contains("timeseries", "incidents_by_level", "distribution",
        "heatmap", "presence_vs_observed");
    assertThat(Files.list(f.resolve("charts")).filter(p -> p.toString().endsWith(".svg")).count()).isEqualTo(drawn.size());

    List<Charts.Drawn> sob = Charts.drawAll(Fixtures.sobol(tmp.resolve("s"), 32));
    assertThat(sob).hasSize(1);
    assertThat(sob.get(0).ok()).isTrue();
    assertThat(sob.get(0).name()).isEqualTo("01-sobol-incidents");
  }

  @Test
  void oneRunOrOneReplicateDrawsWithANote() throws Exception {
    Path single = Fixtures.single(tmp.resolve("one"));
    List<Charts.Drawn> drawn = Charts.drawAll(single);
    assertThat(drawn).isNotEmpty().allMatch(Charts.Drawn::ok);
    assertThat(drawn.stream().filter(x -> x.spec().type().equals("timeseries")).findFirst().get().note())
        .contains("single run");
    Path oneRep = Fixtures.factorial(tmp.resolve("onerep"), List.of(1.0, 2.0), 1);
    for (Charts.Drawn d : Charts.drawAll(oneRep)) {
      assertThat(d.ok()).as(d.name() + ": " + d.skipped()).isTrue();
      assertRendered(d.png(), d.svg(), Charts.WIDTH, Charts.HEIGHT);
    }
  }

  @Test
  void aChartTheDataCannotGiveIsSkippedWithAReason() throws Exception {
    ResultsData data = ResultsData.load(Fixtures.factorial(tmp.resolve("f"), List.of(1.0), 2));
    List<Charts.Drawn> d = List.of(drawOrSkip(data, spec("sobol", "incidents", null)),
        drawOrSkip(data, spec("distribution", "no_such_metric", null)));
    assertThat(d.get(0).skipped()).contains("not a Sobol sweep");
    assertThat(d.get(1).skipped()).contains("unknown metric 'no_such_metric'");
  }

  private Charts.Drawn drawOrSkip(ResultsData data, ChartSpec s) throws Exception {
    try {
      return Charts.draw(data, s, Optional.empty(), tmp, "x", 400, 300);
    } catch (org.seastate.io.ResultsInputException e) {
      return new Charts.Drawn(s, "x", "x", null, null, null, e.getMessage());
    }
  }

  static ChartSpec spec(String type, String metric, String by) {
    return new ChartSpec(type, Optional.ofNullable(metric), Optional.ofNullable(by));
  }
}
