package org.seastate.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss profile of one calibrated parameter: loss against the parameter's value, the fitted
 * value marked. Drawn here, in the house style, so that every caller (calibrate, a notebook
 * port, a report) shows profiles the same way; it takes plain numbers and knows nothing of the
 * model or of how the loss was computed.
 */
public final class ProfileChart {
  private ProfileChart() {}

  /**
   * A profile to draw.
   *
   * @param parameter the parameter's path (axis label)
   * @param values the profiled values, ascending
   * @param losses the loss at each value
   * @param fitted the fitted (or current) value, marked with a vertical line
   * @param fittedLoss the loss there, drawn as a point (NaN: none)
   * @param subtitle how the profile was made
   * @param note a verdict or caveat shown at the bottom, or null
   */
  public record Profile(String parameter, double[] values, double[] losses, double fitted, double fittedLoss,
      String subtitle,
      String note) {
    public Profile {
      if (values.length != losses.length || values.length == 0) {
        throw new IllegalArgumentException("a profile needs as many losses as values, and at least one");
      }
    }
  }

  /** Writes {@code NAME.png} and {@code NAME.svg} into {@code dir}. */
  public static void write(Profile p, Path dir, String name, int width, int height) throws IOException {
    JFreeChart c = build(p);
    Charts.writePng(c, dir.resolve(name + ".png"), width, height);
    Charts.writeSvg(c, dir.resolve(name + ".svg"), width, height);
  }

  static JFreeChart build(Profile p) {
    XYSeries s = new XYSeries("loss", false, true);
    double lo = p.fitted();
    double hi = p.fitted();
    for (int i = 0; i < p.values().length; i++) {
      s.add(p.values()[i], p.losses()[i]);
      lo = Math.min(lo, p.values()[i]);
      hi = Math.max(hi, p.values()[i]);
    }
    XYSeriesCollection data = new XYSeriesCollection(s);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setSeriesPaint(0, ChartStyle.category(0));
    r.setSeriesStroke(0, ChartStyle.line(0));
    r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    if (!Double.isNaN(p.fittedLoss())) {
      XYSeries f = new XYSeries("fitted");
      f.add(p.fitted(), p.fittedLoss());
      data.addSeries(f);
      r.setSeriesLinesVisible(1, false);
      r.setSeriesPaint(1, ChartStyle.category(1));
      r.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
    }
    NumberAxis x = new NumberAxis(p.parameter());
    x.setAutoRangeIncludesZero(false);
    double pad = hi > lo ? 0.03 * (hi - lo) : 1;
    x.setRange(lo - pad, hi + pad);
    NumberAxis y = new NumberAxis("loss (sum of squared standardised errors)");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, r);
    ValueMarker fitted = new ValueMarker(p.fitted(), ChartStyle.category(1),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
    fitted.setLabel(" fitted " + Comparison.g(p.fitted())
        + (Double.isNaN(p.fittedLoss()) ? "" : ", loss " + Comparison.g(p.fittedLoss())));
    fitted.setLabelFont(ChartStyle.TICK);
    fitted.setLabelPaint(ChartStyle.category(1));
    fitted.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    fitted.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    fitted.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addDomainMarker(fitted);
    JFreeChart c = new JFreeChart(String.format(Locale.ROOT, "Loss profile of %s", p.parameter()),
        ChartStyle.TITLE, plot, false);
    return ChartStyle.apply(c, p.subtitle(), p.note());
  }
}
