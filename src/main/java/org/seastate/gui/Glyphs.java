package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.seastate.scenario.Agency;

/**
 * How vessels, encounters and incident marks look. The GUI portrayals and the headless
 * snapshot layers both draw through these methods, so a snapshot looks like the display.
 *
 * <p>Sizes are given by {@code unit}, the pixels per raster cell at which the map is drawn; a
 * glyph stays readable when zoomed out and grows moderately when zoomed in.
 */
public final class Glyphs {

  /** Ring colours for escalation levels 0 (monitor) to 7 (armed clash). */
  private static final Color[] LEVEL = {
    new Color(0x8C8C8C), // 0 monitor
    new Color(0xE3C800), // 1 radio challenge
    new Color(0xF5A000), // 2 shadow
    new Color(0xEF6C00), // 3 block, dangerous manoeuvre
    new Color(0xD7301F), // 4 water cannon, laser
    new Color(0xB0005A), // 5 collision
    new Color(0x6A1B9A), // 6 boarding, seizure
    new Color(0x111111), // 7 armed clash
  };

  /** Short names of the levels, for legends and inspectors. */
  public static final String[] LEVEL_NAMES = {
    "monitor", "radio challenge", "shadow", "block", "water cannon", "collision", "boarding",
    "armed clash"
  };

  private static final Color OUTLINE = new Color(0x1A1A1A);
  private static final Color HALO = new Color(255, 255, 255, 210);

  /** Hours an incident mark stays on the map while it fades. */
  public static final double INCIDENT_FADE_HOURS = 72;

  private Glyphs() {}

  /** The colour of an escalation level (clamped to 0..7). */
  public static Color levelColor(int level) {
    return LEVEL[Math.max(0, Math.min(LEVEL.length - 1, level))];
  }

  /** Radius in pixels of a vessel glyph on a map drawn at {@code unit} pixels per cell. */
  public static double vesselRadius(double unit) {
    return Math.max(4.0, Math.min(12.0, 1.7 * unit));
  }

  /** Field units (cells) between stacks of vessels that share a cell. */
  public static final double FAN_CELLS = 2.6;

  /**
   * The outline of a vessel of an agency centred at (x, y), pointing along {@code courseDeg}
   * (0 = north, clockwise): triangle navy, diamond coast guard, small dot militia, square supply,
   * pentagon other law enforcement.
   */
  public static Shape vesselShape(Agency agency, double x, double y, double r, double courseDeg) {
    Shape s;
    switch (agency) {
      case NAVY -> {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(0, -r * 1.25);
        t.lineTo(r * 0.85, r * 0.9);
        t.lineTo(-r * 0.85, r * 0.9);
        t.closePath();
        s = t;
      }
      case COAST_GUARD -> {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r * 1.2);
        d.lineTo(r * 0.8, 0);
        d.lineTo(0, r * 1.0);
        d.lineTo(-r * 0.8, 0);
        d.closePath();
        s = d;
      }
      case MILITIA -> s = new Ellipse2D.Double(-r * 0.55, -r * 0.55, r * 1.1, r * 1.1);
      case SUPPLY -> s = new Rectangle2D.Double(-r * 0.75, -r * 0.75, r * 1.5, r * 1.5);
      default -> {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 5; i++) {
          double a = Math.toRadians(-90 + 72 * i);
          double px = Math.cos(a) * r * 0.95;
          double py = Math.sin(a) * r * 0.95;
          if (i == 0) {
            p.moveTo(px, py);
          } else {
            p.lineTo(px, py);
          }
        }
        p.closePath();
        s = p;
      }
    }
    AffineTransform at = new AffineTransform();
    at.translate(x, y);
    if (agency != Agency.MILITIA) {
      at.rotate(Math.toRadians(courseDeg));
    }
    return at.createTransformedShape(s);
  }

  /**
   * Draws one vessel (or a stack of {@code count} vessels of one nation and agency).
   *
   * @param ringLevel escalation level of the encounter it is engaged in, or -1
   * @param selected draw a selection ring
   */
  public static void drawVessel(Graphics2D g, double x, double y, double unit, String nation,
      Agency agency, double courseDeg, int count, int ringLevel, boolean selected) {
    double r = vesselRadius(unit);
    if (ringLevel >= 0) {
      double rr = r * 1.65;
      g.setColor(levelColor(ringLevel));
      g.setStroke(new BasicStroke((float) Math.max(2.0, r * 0.4)));
      g.draw(new Ellipse2D.Double(x - rr, y - rr, 2 * rr, 2 * rr));
    }
    Shape s = vesselShape(agency, x, y, r, courseDeg);
    g.setColor(NationColors.of(nation));
    g.fill(s);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(agency == Agency.MILITIA ? 0.8f : 1.0f));
    g.draw(s);
    if (count > 1) {
      Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(Math.max(9, r * 1.25)));
      g.setFont(f);
      String t = Integer.toString(count);
      float tx = (float) (x + r * 0.9);
      float ty = (float) (y - r * 0.5);
      g.setColor(HALO);
      for (int dx = -1; dx <= 1; dx++) {
        for (int dy = -1; dy <= 1; dy++) {
          g.drawString(t, tx + dx, ty + dy);
        }
      }
      g.setColor(OUTLINE);
      g.drawString(t, tx, ty);
    }
    if (selected) {
      double rs = r * 2.1;
      g.setColor(new Color(0x00A0FF));
      g.setStroke(new BasicStroke(2f));
      g.draw(new Ellipse2D.Double(x - rs, y - rs, 2 * rs, 2 * rs));
    }
  }

  /** Draws an open encounter: a dashed ring coloured by its current level, with the level. */
  public static void drawEncounter(Graphics2D g, double x, double y, double unit, int level, boolean selected) {
    double r = vesselRadius(unit) * 3.2;
    Color c = levelColor(level);
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    g.setColor(c);
    g.setStroke(new BasicStroke((float) Math.max(1.5, unit * 0.6), BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(Math.max(10, r * 0.45)));
    g.setFont(f);
    String t = "L" + level;
    float tx = (float) (x + r * 0.72);
    float ty = (float) (y - r * 0.72);
    g.setColor(HALO);
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        g.drawString(t, tx + dx, ty + dy);
      }
    }
    g.setColor(c.darker());
    g.drawString(t, tx, ty);
    if (selected) {
      g.setColor(new Color(0x00A0FF));
      g.setStroke(new BasicStroke(2f));
      g.draw(new Ellipse2D.Double(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6));
    }
  }

  /**
   * Draws the mark of a closed incident: a star of its highest level's colour that fades as it
   * ages (gone after {@link #INCIDENT_FADE_HOURS}).
   */
  public static void drawIncident(Graphics2D g, double x, double y, double unit, int level, double ageHours,
      boolean selected) {
    double fade = 1 - Math.max(0, Math.min(1, ageHours / INCIDENT_FADE_HOURS));
    if (fade <= 0) {
      return;
    }
    double r = vesselRadius(unit) * 1.5;
    Color c = levelColor(level);
    int alpha = (int) Math.round(40 + 215 * fade);
    Path2D.Double star = new Path2D.Double();
    for (int i = 0; i < 16; i++) {
      double a = Math.toRadians(-90 + 22.5 * i);
      double rr = i % 2 == 0 ? r : r * 0.45;
      double px = x + Math.cos(a) * rr;
      double py = y + Math.sin(a) * rr;
      if (i == 0) {
        star.moveTo(px, py);
      } else {
        star.lineTo(px, py);
      }
    }
    star.closePath();
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
    g.fill(star);
    g.setColor(new Color(255, 255, 255, alpha));
    g.setStroke(new BasicStroke(1f));
    g.draw(star);
    if (selected) {
      g.setColor(new Color(0x00A0FF));
      g.setStroke(new BasicStroke(2f));
      g.draw(new Ellipse2D.Double(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4));
    }
  }

  /** A small selection ring around a feature (features themselves are drawn by the map). */
  public static void drawFeatureSelection(Graphics2D g, double x, double y, double unit) {
    double r = vesselRadius(unit) * 2.4;
    g.setColor(new Color(0x00A0FF));
    g.setStroke(new BasicStroke(2f));
    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
  }

  /**
   * The legend of vessel shapes and escalation colours, as a map layer at the bottom right of
   * the map.
   */
  public static MapLayer legend() {
    return (g, f) -> {
      double unit = f.pxPerCell();
      int size = (int) Math.round(10 * Math.max(1.0, 0.5 + unit / 4.0));
      Font font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
      Font head = new Font(Font.SANS_SERIF, Font.BOLD, size);
      g.setFont(font);
      FontMetrics fm = g.getFontMetrics();
      int line = fm.getHeight() + 2;
      double pad = 7;
      String[] agencies = {"navy", "coast guard", "militia", "supply", "law enforcement"};
      Agency[] kinds = {Agency.NAVY, Agency.COAST_GUARD, Agency.MILITIA, Agency.SUPPLY, Agency.LAW_ENFORCEMENT};
      double colA = 0;
      for (String s : agencies) {
        colA = Math.max(colA, fm.stringWidth(s));
      }
      double colB = 0;
      for (int l = 0; l < LEVEL_NAMES.length; l++) {
        colB = Math.max(colB, fm.stringWidth(l + " " + LEVEL_NAMES[l]));
      }
      double sw = fm.getAscent() * 1.5;
      FontMetrics hm = g.getFontMetrics(head);
      colA = Math.max(colA + sw + 4, hm.stringWidth("Vessels (colour: nation)")) + 12;
      double levelW = colB + sw + 12;
      colB = Math.max(2 * levelW, hm.stringWidth("Escalation (ring; star: incident)"));
      double w = colA + colB + 2 * pad;
      int rows = 1 + (LEVEL_NAMES.length + 1) / 2;
      double h = (rows + 1) * line + 2 * pad;
      // bottom right, over Sulawesi, clear of the off-map labels in the corner
      double x0 = f.width() - w - 8;
      double y0 = f.height() - h - 1.6 * line - 8;
      g.setColor(new Color(255, 255, 255, 225));
      g.fill(new Rectangle2D.Double(x0, y0, w, h));
      g.setColor(new Color(0, 0, 0, 60));
      g.setStroke(new BasicStroke(1f));
      g.draw(new Rectangle2D.Double(x0, y0, w, h));
      double x = x0 + pad;
      double top = y0 + pad + fm.getAscent();
      g.setFont(head);
      g.setColor(OUTLINE);
      g.drawString("Vessels (colour: nation)", (float) x, (float) top);
      g.drawString("Escalation (ring; star: incident)", (float) (x + colA), (float) top);
      g.setFont(font);
      double r = Math.max(4.0, fm.getAscent() * 0.42);
      double y = top;
      for (int i = 0; i < agencies.length; i++) {
        y += line;
        Shape s = vesselShape(kinds[i], x + sw / 2, y - fm.getAscent() / 2.0 + 1, r, 0);
        g.setColor(new Color(0x9A9A9A));
        g.fill(s);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(s);
        g.drawString(agencies[i], (float) (x + sw + 4), (float) y);
      }
      int half = (LEVEL_NAMES.length + 1) / 2;
      for (int l = 0; l < LEVEL_NAMES.length; l++) {
        double ly = top + (1 + (l % half)) * line;
        double lx = x + colA + (l >= half ? levelW : 0);
        g.setColor(levelColor(l));
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new Ellipse2D.Double(lx + sw / 2 - r, ly - fm.getAscent() / 2.0 + 1 - r, 2 * r, 2 * r));
        g.setColor(OUTLINE);
        g.drawString(l + " " + LEVEL_NAMES[l], (float) (lx + sw + 4), (float) ly);
      }
    };
  }
}
