package org.seastate.analysis;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.seastate.io.AtomicFiles;
import org.seastate.io.ResultsInputException;
import org.seastate.io.ResultsReader;
import org.seastate.scenario.ChartSpec;

/**
 * Draws the charts of a results folder with JFreeChart, each as PNG and SVG in
 * {@code RESULTS/charts/}. The sweep's {@code charts:} section says which; without one,
 * {@link #defaults} chooses. A chart that cannot be drawn from the data (a Sobol chart of a
 * factorial sweep, a metric the folder lacks) is skipped with a reason; thin data (one
 * replicate, one point) draws without intervals and says so on the chart.
 *
 * <p>This class is the entry point and does the file work; each chart type is its own class
 * ({@link TimeseriesChart}, {@link DistributionChart}, {@link IncidentsChart},
 * {@link HeatmapChart}, {@link PresenceChart}, {@link SobolChart}).
 */
public final class Charts {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 750;

  private Charts() {}

  /** A chart drawn (png and svg set) or skipped (reason set). */
  public record Drawn(ChartSpec spec, String name, String title, Path png, Path svg, String note, String skipped) {
    public boolean ok() {
      return skipped == null;
    }
  }

  /** A built chart with the note it carries, if any. */
  record Built(JFreeChart chart, String note) {}

  /** Draws the configured (or default) charts of a results folder into RESULTS/charts. */
  public static List<Drawn> drawAll(Path results) throws IOException {
    return drawAll(ResultsData.load(results), Optional.empty(), WIDTH, HEIGHT);
  }

  public static List<Drawn> drawAll(ResultsData data, Optional<Path> observations, int width, int height)
      throws IOException {
    List<ChartSpec> specs = data.chartSpecs();
    if (specs.isEmpty()) {
      specs = defaults(data);
    }
    Path dir = data.dir().resolve("charts");
    Files.createDirectories(dir);
    List<Drawn> out = new ArrayList<>();
    int n = 1;
    for (ChartSpec s : specs) {
      String name = String.format(Locale.ROOT, "%02d-%s", n++, fileName(s));
      try {
        out.add(draw(data, s, observations, dir, name, width, height));
      } catch (ResultsInputException e) {
        out.add(new Drawn(s, name, name, null, null, null, e.getMessage()));
      }
    }
    return out;
  }

  static String fileName(ChartSpec s) {
    StringBuilder b = new StringBuilder(s.type().replace('_', '-'));
    s.metric().ifPresent(m -> b.append('-').append(m));
    s.by().ifPresent(f -> b.append("-by-").append(ResultsData.shortName(f)));
    return b.toString().replaceAll("[^A-Za-z0-9_-]+", "-").toLowerCase(Locale.ROOT);
  }

  /** The charts drawn when a sweep names none. */
  public static List<ChartSpec> defaults(ResultsData data) {
    List<ChartSpec> out = new ArrayList<>();
    Optional<String> by = data.factors().stream().filter(f -> !data.continuous(f)).findFirst();
    if (Sensitivity.applies(data)) {
      for (String m : List.of("incidents_total", "max_level", "resupply_success_rate")) {
        if (data.metrics().contains(m)) {
          out.add(new ChartSpec("sobol", Optional.of(m), Optional.empty()));
        }
      }
    }
    if (ResultsReader.has(data.dir().resolve("timeseries.csv"))) { // outputs may leave it out
      out.add(new ChartSpec("timeseries", Optional.of("tension"), by));
    }
    out.add(new ChartSpec("incidents_by_level", Optional.empty(), by));
    if (by.isPresent()) {
      out.add(new ChartSpec("distribution", Optional.of("incidents_total"), by));
      out.add(new ChartSpec("distribution", Optional.of("resupply_success_rate"), by));
      List<String> discrete = data.factors().stream().filter(f -> !data.continuous(f)).toList();
      if (discrete.size() >= 2) {
        out.add(new ChartSpec("heatmap", Optional.of("max_level"), Optional.of(discrete.get(1))));
      }
    }
    out.add(new ChartSpec("presence_vs_observed", Optional.of("presence_calendar_days"), by));
    return out;
  }

  /** Builds one chart and writes NAME.png and NAME.svg into {@code dir}. */
  public static Drawn draw(ResultsData data, ChartSpec spec, Optional<Path> observations, Path dir, String name,
      int width, int height) throws IOException {
    Built b = build(data, spec, observations);
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    writePng(b.chart(), png, width, height);
    writeSvg(b.chart(), svg, width, height);
    String title = b.chart().getTitle() == null ? name : b.chart().getTitle().getText();
    return new Drawn(spec, name, title, png, svg, b.note(), null);
  }

  public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
    BufferedImage img = chart.createBufferedImage(width, height);
    AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
  }

  public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    // ids of clip paths and gradients are named after the file, not the clock (the library's
    // default), so the same chart gives the same bytes
    String stem = file.getFileName().toString().replaceFirst("\\.svg$", "");
    g.setDefsKeyPrefix("_" + stem.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
    chart.draw(g, new Rectangle(0, 0, width, height));
    AtomicFiles.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n");
  }

  /** Builds the chart a spec asks for. */
  static Built build(ResultsData data, ChartSpec spec, Optional<Path> observations) {
    if (data.size() == 0) {
      throw new ResultsInputException("no successful runs in " + data.dir());
    }
    spec.by().ifPresent(data::requireFactor);
    return switch (spec.type()) {
      case "timeseries" -> TimeseriesChart.build(data, spec.metric().orElse("tension"), spec.by());
      case "distribution" -> DistributionChart.build(data, data.requireMetric(spec.metric().orElse("incidents_total")),
          spec.by());
      case "incidents_by_level" -> IncidentsChart.build(data, spec.by());
      case "heatmap" -> HeatmapChart.build(data, data.requireMetric(spec.metric().orElse("max_level")), spec.by());
      case "presence_vs_observed" -> PresenceChart.build(data, spec.metric().orElse("presence_calendar_days"),
          spec.by(), Observations.load(data.dir(), observations));
      case "sobol" -> SobolChart.build(data, data.requireMetric(spec.metric().orElse("incidents_total")));
      default -> throw new ResultsInputException("unknown chart type " + spec.type());
    };
  }
}
