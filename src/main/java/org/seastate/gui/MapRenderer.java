package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seastate.geo.DashedLine;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterGrid;

/**
 * Draws the theater with plain Java2D (works headless; no MASON display classes): sea, land,
 * EEZs tinted by owner ({@link NationColors}), the ten dashes of China's dashed line, named
 * places, off-map bases at their entry points, a graticule, a scale bar, a title and a legend.
 *
 * <p>Layers: base map (sea, zones, land), graticule, dashes, places, then the caller's
 * {@link MapLayer}s (vessels, incidents), then title, legend and scale bar on top. Every raster
 * cell is a whole number of pixels ({@link MapFrame}). Stateless apart from the title, so one
 * renderer may draw from several threads once configured.
 */
public final class MapRenderer {

  /** Open water outside every EEZ. */
  public static final Color SEA = new Color(0xE6F0F7);
  /** Water not connected to the open sea (lakes, enclosed lagoons). */
  public static final Color INLAND_WATER = new Color(0xB9CEDD);
  public static final Color LAND = new Color(0xEDE8DC);
  public static final Color COAST = new Color(0x9E9480);
  public static final Color DASH = new Color(0xB2182B);
  static final Color ZONE_EDGE = new Color(0x7A8A99);
  static final Color INK = new Color(0x222222);
  static final Color PANEL = new Color(255, 255, 255, 225);
  /** How strongly an EEZ tints the sea. */
  static final double TINT = 0.32;

  private final Theater theater;
  private final TheaterGrid grid;
  private String title = "South China Sea theater";
  private String subtitle =
      "EEZ by equidistance (200 nm, counted coasts) \u00b7 China's dashed line \u00b7 Natural Earth 1:10m";

  public MapRenderer(Theater theater) {
    this.theater = theater;
    this.grid = theater.grid();
  }

  /** Replaces the title and subtitle (a null subtitle hides it). */
  public MapRenderer titled(String title, String subtitle) {
    this.title = title;
    this.subtitle = subtitle;
    return this;
  }

  public MapFrame frame(int pxPerCell) {
    return new MapFrame(grid, pxPerCell);
  }

  /** The map at a whole number of pixels per cell. */
  public BufferedImage render(int pxPerCell, MapLayer... layers) {
    MapFrame f = frame(pxPerCell);
    BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      render(g, pxPerCell, layers);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The map at the largest whole pixels per cell that fits in {@code widthPx} (at least 1). */
  public BufferedImage renderToWidth(int widthPx, MapLayer... layers) {
    return render(Math.max(1, widthPx / grid.cols()), layers);
  }

  /** Draws the map into {@code g} with its top-left corner at the origin. */
  public void render(Graphics2D g, int pxPerCell, MapLayer... layers) {
    MapFrame f = frame(pxPerCell);
    drawBase(g, f);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    drawGraticule(g, f);
    drawDashes(g, f);
    new PlaceMarks(theater).draw(g, f);
    for (MapLayer layer : layers) {
      Graphics2D lg = (Graphics2D) g.create();
      try {
        layer.draw(lg, f);
      } finally {
        lg.dispose();
      }
    }
    drawTitle(g, f);
    double legendRight = drawLegend(g, f);
    drawScaleBar(g, f, legendRight);
  }

  // ---- base raster ----------------------------------------------------------------------------

  /** The colour of one cell of the base map. */
  public Color cellColor(int cell) {
    if (theater.isLand(cell)) {
      return LAND;
    }
    if (!theater.isNavigable(cell)) {
      return INLAND_WATER;
    }
    String owner = theater.eezOwnerCode(cell);
    return owner == null ? SEA : NationColors.blend(SEA, NationColors.of(owner), TINT);
  }

  private void drawBase(Graphics2D g, MapFrame f) {
    int rows = grid.rows();
    int cols = grid.cols();
    int s = f.pxPerCell();
    int[] rgb = new int[cols * rows];
    for (int cell = 0; cell < rgb.length; cell++) {
      rgb[cell] = cellColor(cell).getRGB();
    }
    int coast = COAST.getRGB();
    int edge = ZONE_EDGE.getRGB();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int cell = r * cols + c;
        boolean land = theater.isLand(cell);
        int owner = theater.eezOwnerIndex(cell);
        for (int k = 0; k < 4; k++) {
          int rr = r + (k == 0 ? -1 : k == 1 ? 1 : 0);
          int cc = c + (k == 2 ? -1 : k == 3 ? 1 : 0);
          if (rr < 0 || rr >= rows || cc < 0 || cc >= cols) {
            continue;
          }
          int nb = rr * cols + cc;
          if (land && !theater.isLand(nb)) {
            rgb[cell] = coast; // land cell on the shore: a crisp coastline
            break;
          }
          // zone boundary: drawn on the lower-indexed side only, one cell wide
          if (!land && !theater.isLand(nb) && nb > cell && theater.eezOwnerIndex(nb) != owner
              && theater.isNavigable(cell) && theater.isNavigable(nb)) {
            rgb[cell] = NationColors.blend(new Color(rgb[cell]), new Color(edge), 0.55).getRGB();
          }
        }
      }
    }
    BufferedImage base = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
    base.setRGB(0, 0, cols, rows, rgb, 0, cols);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(base, 0, 0, cols * s, rows * s, null);
  }

  // ---- graticule, dashes ----------------------------------------------------------------------

  private void drawGraticule(Graphics2D g, MapFrame f) {
    int step = 5;
    g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f));
    g.setColor(new Color(90, 100, 110, 110));
    Font font = font(f, 10, Font.PLAIN);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    for (int lat = (int) Math.ceil(grid.south()); lat <= grid.north(); lat++) {
      if (lat % step != 0) {
        continue;
      }
      double y = f.y(lat);
      g.setColor(new Color(90, 100, 110, 110));
      g.draw(new Line2D.Double(0, y, f.width(), y));
      if (y > fm.getHeight() && y < f.height() - 2) {
        label(g, lat == 0 ? "0\u00b0" : lat + "\u00b0N", 3, y - 3, INK, fm);
      }
    }
    for (int lon = (int) Math.ceil(grid.west()); lon <= grid.east(); lon++) {
      if (lon % step != 0) {
        continue;
      }
      double x = f.x(lon);
      g.setColor(new Color(90, 100, 110, 110));
      g.draw(new Line2D.Double(x, 0, x, f.height()));
      label(g, lon + "\u00b0E", x + 3, f.height() - 4, INK, fm);
    }
  }

  private void drawDashes(Graphics2D g, MapFrame f) {
    float w = Math.max(2f, 1.3f * f.pxPerCell());
    g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(DASH);
    for (DashedLine.Dash d : DashedLine.dashes()) {
      g.draw(new Line2D.Double(f.x(d.a().lon()), f.y(d.a().lat()), f.x(d.b().lon()), f.y(d.b().lat())));
    }
  }

  // ---- scale bar, title, legend ---------------------------------------------------------------

  private void drawScaleBar(Graphics2D g, MapFrame f, double legendRight) {
    double lat = (grid.north() + grid.south()) / 2;
    int nm = 200;
    double len = nm * f.pxPerNmEast(lat);
    Font font = font(f, 10, Font.PLAIN);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    String note = String.format(Locale.ROOT, "%d nm (east\u2013west at %.1f\u00b0N)", nm, lat);
    double pad = 6;
    double boxW = Math.max(len, fm.stringWidth(note)) + 2 * pad;
    double boxH = fm.getHeight() + 14 + 2 * pad;
    double x0 = legendRight + 8;
    double y0 = f.height() - boxH - 8;
    g.setColor(PANEL);
    g.fill(new Rectangle2D.Double(x0, y0, boxW, boxH));
    double bx = x0 + pad;
    double by = y0 + pad + 4;
    g.setColor(INK);
    g.setStroke(new BasicStroke(1f));
    int segments = 4;
    for (int i = 0; i < segments; i++) {
      Rectangle2D seg = new Rectangle2D.Double(bx + i * len / segments, by, len / segments, 6);
      g.setColor(i % 2 == 0 ? INK : Color.WHITE);
      g.fill(seg);
      g.setColor(INK);
      g.draw(seg);
    }
    g.drawString(note, (float) bx, (float) (by + 8 + fm.getAscent()));
  }

  private void drawTitle(Graphics2D g, MapFrame f) {
    Font tf = font(f, 15, Font.BOLD);
    Font sf = font(f, 10, Font.PLAIN);
    g.setFont(tf);
    FontMetrics tm = g.getFontMetrics();
    g.setFont(sf);
    FontMetrics sm = g.getFontMetrics();
    double pad = 7;
    double w = Math.max(tm.stringWidth(title), subtitle == null ? 0 : sm.stringWidth(subtitle)) + 2 * pad;
    double h = tm.getHeight() + (subtitle == null ? 0 : sm.getHeight()) + 2 * pad;
    g.setColor(PANEL);
    g.fill(new Rectangle2D.Double(8, 8, w, h));
    g.setColor(INK);
    g.setFont(tf);
    g.drawString(title, (float) (8 + pad), (float) (8 + pad + tm.getAscent()));
    if (subtitle != null) {
      g.setFont(sf);
      g.drawString(subtitle, (float) (8 + pad), (float) (8 + pad + tm.getHeight() + sm.getAscent()));
    }
  }

  /** Draws the legend at the bottom left; returns its right edge. */
  private double drawLegend(Graphics2D g, MapFrame f) {
    Set<String> owners = new LinkedHashSet<>();
    int[] count = new int[theater.nations().size() + 1];
    for (int c = 0; c < theater.cellCount(); c++) {
      if (theater.isNavigable(c)) {
        count[theater.eezOwnerIndex(c)]++;
      }
    }
    for (int i = 1; i < count.length; i++) {
      if (count[i] > 0) {
        owners.add(theater.nations().get(i - 1));
      }
    }
    Font font = font(f, 10, Font.PLAIN);
    Font head = font(f, 10, Font.BOLD);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    int line = fm.getHeight() + 2;
    double sw = fm.getAscent() * 1.4;
    double pad = 7;
    int eezRows = (owners.size() + 1) / 2 + 1; // two columns, plus "none"
    int otherRows = 6;
    double colW = sw + 6 + fm.stringWidth("none (high seas)") + 10;
    double w = Math.max(2 * colW, fm.stringWidth("\u2197 off-map base: entry, distance") + sw + 10) + 2 * pad;
    double h = (2 + eezRows + otherRows) * line + 2 * pad;
    double x0 = 8;
    double y0 = f.height() - h - 8;

    g.setColor(PANEL);
    g.fill(new Rectangle2D.Double(x0, y0, w, h));
    g.setColor(new Color(0, 0, 0, 60));
    g.draw(new Rectangle2D.Double(x0, y0, w, h));
    double x = x0 + pad;
    double y = y0 + pad + fm.getAscent();
    g.setFont(head);
    g.setColor(INK);
    g.drawString("EEZ (nearest counted coast)", (float) x, (float) y);
    g.setFont(font);
    y += line;
    List<String> list = new ArrayList<>(owners);
    for (int i = 0; i < list.size(); i++) {
      String n = list.get(i);
      double cx = x + (i % 2) * colW;
      double cy = y + (i / 2) * line;
      swatch(g, cx, cy - fm.getAscent() + 1, sw, fm.getAscent(), NationColors.blend(SEA, NationColors.of(n), TINT));
      g.setColor(INK);
      g.drawString(n, (float) (cx + sw + 5), (float) cy);
    }
    y += ((list.size() + 1) / 2) * line;
    swatch(g, x, y - fm.getAscent() + 1, sw, fm.getAscent(), SEA);
    g.setColor(INK);
    g.drawString("none (high seas)", (float) (x + sw + 5), (float) y);
    swatch(g, x + colW, y - fm.getAscent() + 1, sw, fm.getAscent(), LAND);
    g.setColor(INK);
    g.drawString("land", (float) (x + colW + sw + 5), (float) y);
    y += line * 1.4;
    g.setFont(head);
    g.drawString("Lines and places", (float) x, (float) y);
    g.setFont(font);
    y += line;
    g.setColor(DASH);
    g.setStroke(new BasicStroke(Math.max(2f, 1.3f * f.pxPerCell()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x + 1, y - fm.getAscent() / 2.0, x + sw, y - fm.getAscent() / 2.0));
    g.setColor(INK);
    g.drawString("China's dashed line (10 dashes)", (float) (x + sw + 5), (float) y);
    double r = fm.getAscent() / 2.2;
    String[] names = {"feature (fill: holder)", "port or naval base", "EDCA site (air base, camp)"};
    boolean[] edca = {false, false, true};
    PlaceKind[] kinds = {PlaceKind.FEATURE, PlaceKind.PORT, PlaceKind.AIRFIELD};
    g.setStroke(new BasicStroke(1f));
    for (int i = 0; i < names.length; i++) {
      y += line;
      Shape m = PlaceMarks.marker(kinds[i], edca[i], x + sw / 2, y - fm.getAscent() / 2.0, edca[i] ? r * 0.8 : r);
      g.setColor(Color.WHITE);
      g.fill(m);
      g.setColor(INK);
      g.draw(m);
      g.drawString(names[i], (float) (x + sw + 5), (float) y);
    }
    y += line;
    g.drawString("\u2197 off-map base: entry, distance", (float) x, (float) y);
    return x0 + w;
  }

  private static void swatch(Graphics2D g, double x, double y, double w, double h, Color c) {
    g.setColor(c);
    g.fill(new Rectangle2D.Double(x, y, w, h));
    g.setColor(new Color(0, 0, 0, 90));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(x, y, w, h));
  }

  static Font font(MapFrame f, int sizeAtTwo, int style) {
    int size = (int) Math.round(sizeAtTwo * Math.max(1.0, 0.5 + f.pxPerCell() / 4.0));
    return new Font(Font.SANS_SERIF, style, size);
  }

  /** Text with a light halo so it reads over any background. */
  static void label(Graphics2D g, String text, double x, double y, Color color, FontMetrics fm) {
    g.setFont(fm.getFont());
    g.setColor(new Color(255, 255, 255, 200));
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        if (dx != 0 || dy != 0) {
          g.drawString(text, (float) x + dx, (float) y + dy);
        }
      }
    }
    g.setColor(color);
    g.drawString(text, (float) x, (float) y);
  }
}
