package org.seastate.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * The look of every chart: fonts large enough for print, white background, light grid, and
 * colour-blind-safe palettes (Okabe–Ito for categories, a viridis ramp for heat maps of
 * non-negative values and a blue–white–red one for differences, a yellow-to-red ramp for
 * escalation levels). Nations keep the colours of the map.
 */
final class ChartStyle {
  private ChartStyle() {}

  static final String FONT = "SansSerif";
  static final Font TITLE = new Font(FONT, Font.BOLD, 22);
  static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 15);
  static final Font NOTE = new Font(FONT, Font.ITALIC, 14);
  static final Font LABEL = new Font(FONT, Font.PLAIN, 16);
  static final Font TICK = new Font(FONT, Font.PLAIN, 14);
  static final Font LEGEND = new Font(FONT, Font.PLAIN, 15);
  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x222222);

  /** Okabe–Ito without yellow (too pale on white), then black and Paul Tol's muted colours. */
  static final Color[] CATEGORICAL = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
    new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x882255),
    new Color(0x999933), new Color(0x44AA99), new Color(0x332288), new Color(0xDDCC77)
  };

  /** Dash patterns so lines stay apart in grey print. */
  static final float[][] DASHES = {null, {10f, 5f}, {3f, 4f}, {12f, 4f, 3f, 4f}, {6f, 6f}, {1f, 3f}};

  /** Escalation levels 1..7: ColorBrewer YlOrRd, light to dark (ordered by lightness). */
  static final Color[] LEVELS = {
    new Color(0xFFEDA0), new Color(0xFED976), new Color(0xFEB24C), new Color(0xFD8D3C),
    new Color(0xFC4E2A), new Color(0xE31A1C), new Color(0x800026)
  };

  static Color category(int i) {
    return CATEGORICAL[i % CATEGORICAL.length];
  }

  static Stroke line(int i) {
    float[] d = DASHES[i % DASHES.length];
    return d == null ? new BasicStroke(2.5f)
        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
  }

  /** Applies fonts and colours to a chart; adds the subtitle and note (either may be empty). */
  static JFreeChart apply(JFreeChart chart, String subtitle, String note) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(10, 10, 10, 18));
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(TITLE);
      chart.getTitle().setPaint(TEXT);
    }
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle t = new TextTitle(subtitle, SUBTITLE);
      t.setPaint(new Color(0x444444));
      chart.addSubtitle(0, t);
    }
    if (note != null && !note.isBlank()) {
      TextTitle t = new TextTitle("Note: " + note, NOTE);
      t.setPaint(new Color(0x8A3B00));
      t.setPosition(RectangleEdge.BOTTOM);
      chart.addSubtitle(t);
    }
    for (Object o : chart.getSubtitles()) {
      if (o instanceof LegendTitle l) {
        l.setItemFont(LEGEND);
        l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
      }
    }
    Plot p = chart.getPlot();
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlinePaint(new Color(0x999999));
    if (p instanceof CategoryPlot cp) {
      cp.setRangeGridlinePaint(GRID);
      cp.setDomainGridlinesVisible(false);
      axes(cp.getDomainAxis());
      for (int i = 0; i < cp.getRangeAxisCount(); i++) {
        axes(cp.getRangeAxis(i));
      }
    } else if (p instanceof XYPlot xp) {
      xp.setRangeGridlinePaint(GRID);
      xp.setDomainGridlinePaint(GRID);
      axes(xp.getDomainAxis());
      axes(xp.getRangeAxis());
    }
    return chart;
  }

  private static void axes(org.jfree.chart.axis.Axis a) {
    if (a == null) {
      return;
    }
    a.setLabelFont(LABEL);
    a.setTickLabelFont(TICK);
    a.setLabelPaint(TEXT);
    a.setTickLabelPaint(TEXT);
  }

  static void flatBars(BarRenderer r) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setDefaultOutlinePaint(new Color(0x555555));
    r.setDefaultOutlineStroke(new BasicStroke(0.6f));
  }

  static Title legendBottom(JFreeChart c) {
    LegendTitle l = c.getLegend();
    if (l != null) {
      l.setPosition(RectangleEdge.BOTTOM);
    }
    return l;
  }

  /** A colour ramp over [lower, upper], interpolated between evenly spaced stops; NaN is light grey. */
  abstract static class Ramp implements PaintScale {
    private final int[] stops;
    private final double lower;
    private final double upper;

    Ramp(int[] stops, double lower, double upper) {
      this.stops = stops;
      this.lower = lower;
      this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      return color(value);
    }

    Color color(double value) {
      if (Double.isNaN(value)) {
        return new Color(0xEEEEEE);
      }
      double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (stops.length - 1);
      int i = Math.min(stops.length - 2, (int) Math.floor(t));
      double f = t - i;
      Color a = new Color(stops[i]);
      Color b = new Color(stops[i + 1]);
      return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
          (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
          (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }
  }

  /** Viridis, sampled at nine stops and interpolated: perceptually even and colour-blind-safe. */
  static final class Viridis extends Ramp {
    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80,
        0x5EC962, 0xADDC30, 0xFDE725};

    Viridis(double lower, double upper) {
      super(STOPS, lower, upper);
    }
  }

  /**
   * ColorBrewer RdBu (colour-blind-safe), blue below 0, white at 0, red above, symmetric
   * around 0 so equal differences either way look equally strong.
   */
  static final class Diverging extends Ramp {
    private static final int[] STOPS = {0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582,
        0xD6604D, 0xB2182B};

    /** The scale from −{@code extent} to +{@code extent}. */
    Diverging(double extent) {
      super(STOPS, -(extent > 0 ? extent : 1), extent > 0 ? extent : 1);
    }
  }

  /** Bars with asymmetric error bars [low, high] drawn over them. */
  static final class ErrorBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final Map<String, double[]> intervals = new HashMap<>();

    void interval(Comparable<?> row, Comparable<?> column, double low, double high) {
      intervals.put(row + "\u0000" + column, new double[] {low, high});
    }

    double maxHigh() {
      return intervals.values().stream().mapToDouble(v -> v[1]).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    double minLow() {
      return intervals.values().stream().mapToDouble(v -> v[0]).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      double[] iv = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
      if (iv == null || Double.isNaN(iv[0]) || Double.isNaN(iv[1]) || state.getVisibleSeriesIndex(row) < 0) {
        return;
      }
      PlotOrientation o = plot.getOrientation();
      double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column);
      double mid = w0 + state.getBarWidth() / 2;
      double cap = Math.min(8, state.getBarWidth() / 4);
      RectangleEdge edge = plot.getRangeAxisEdge();
      double lo = rangeAxis.valueToJava2D(iv[0], dataArea, edge);
      double hi = rangeAxis.valueToJava2D(iv[1], dataArea, edge);
      g2.setPaint(Color.BLACK);
      g2.setStroke(new BasicStroke(1.6f));
      if (o == PlotOrientation.VERTICAL) {
        g2.draw(new Line2D.Double(mid, lo, mid, hi));
        g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
        g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
      } else {
        g2.draw(new Line2D.Double(lo, mid, hi, mid));
        g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
        g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
      }
    }
  }
}
