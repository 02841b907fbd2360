package org.seastate.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.seastate.model.SeaStateSim;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * MASON portrayals of the {@link Scene}: the map backdrop, vessels, open encounters, incident
 * marks, features (hit targets for their inspectors) and a clock. Each draws through
 * {@link Glyphs}, with {@code unit} = screen pixels per raster cell at the current zoom.
 */
public final class ScenePortrayals {
  private ScenePortrayals() {}

  private static boolean hit(DrawInfo2D range, double radius) {
    double x = range.draw.x;
    double y = range.draw.y;
    Rectangle2D.Double c = range.clip;
    double nx = Math.max(c.x, Math.min(x, c.x + c.width));
    double ny = Math.max(c.y, Math.min(y, c.y + c.height));
    return (nx - x) * (nx - x) + (ny - y) * (ny - y) <= radius * radius;
  }

  /**
   * A vessel stack: agency shape in nation colour along the heading, ring by encounter level, the
   * count beside it. Its inspector is one {@link StackInspector} for the whole stack.
   */
  public static final class VesselPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      StackView v = (StackView) object;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      Glyphs.drawVessel(g, info.draw.x, info.draw.y, info.draw.width, v.getNation(), v.agency(),
          v.course(), v.count(), v.ringLevel(), info.selected);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
      return wrapper == null ? null : new StackInspector((StackView) wrapper.getObject(), state);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
      return wrapper == null ? "" : wrapper.getObject().toString();
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      return hit(range, Glyphs.vesselRadius(range.draw.width) * 1.3);
    }
  }

  /** An open encounter: a dashed ring in the colour of its current level. */
  public static final class EncounterPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      EncounterView e = (EncounterView) object;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      Glyphs.drawEncounter(g, info.draw.x, info.draw.y, info.draw.width, e.encounter().getCurrentLevel(), info.selected);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      double r = Glyphs.vesselRadius(range.draw.width) * 3.2;
      // the ring, not its inside, so vessels within stay clickable
      return hit(range, r + 3) && !hit(range, r - 4);
    }
  }

  /** Where an incident happened: a star that fades over three days. */
  public static final class IncidentPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final SeaStateSim sim;

    public IncidentPortrayal(SeaStateSim sim) {
      this.sim = sim;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      IncidentMark m = (IncidentMark) object;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      Glyphs.drawIncident(g, info.draw.x, info.draw.y, info.draw.width, m.incident().maxLevel(),
          m.ageHours(sim.now()), info.selected);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      return hit(range, Glyphs.vesselRadius(range.draw.width) * 1.5);
    }
  }

  /** A feature: drawn by the map; this portrayal is its hit target and selection ring. */
  public static final class FeaturePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      if (info.selected) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Glyphs.drawFeatureSelection(g, info.draw.x, info.draw.y, info.draw.width);
      }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      return hit(range, Math.max(5, range.draw.width * 1.6));
    }
  }

  /**
   * The theater map as the display's backdrop: {@link MapRenderer}'s image (with the vessel
   * legend) rendered at the whole number of pixels per cell nearest below the current zoom, so
   * at whole-number zooms every cell is exactly a block of pixels.
   */
  public static final class MapPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Largest pixels per cell rendered; beyond it the image is scaled up. */
    public static final int MAX_RENDER_SCALE = 6;
    private final transient MapRenderer renderer;
    private final transient Map<Integer, BufferedImage> cache = new HashMap<>();
    private final int cols;

    public MapPortrayal(MapRenderer renderer, int cols) {
      this.renderer = renderer;
      this.cols = cols;
      setField(renderer);
    }

    /** The backdrop at {@code k} pixels per cell (cached). */
    public synchronized BufferedImage image(int k) {
      return cache.computeIfAbsent(k, s -> renderer.render(s, Glyphs.legend()));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      double eff = info.draw.width / cols;
      int k = (int) Math.max(1, Math.min(MAX_RENDER_SCALE, Math.floor(eff + 1e-6)));
      BufferedImage img = image(k);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      if (Math.abs(eff - k) < 1e-6) {
        g.drawImage(img, (int) Math.round(info.draw.x), (int) Math.round(info.draw.y), null);
      } else {
        g.drawImage(img, (int) Math.round(info.draw.x), (int) Math.round(info.draw.y),
            (int) Math.round(info.draw.width), (int) Math.round(info.draw.height), null);
      }
    }
  }

  /**
   * A stack of the counterfactual branch's run: the same glyph, faded, so the two runs share
   * one map. Not inspectable (the branch is looked at through its charts).
   */
  public static final class GhostPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      StackView v = (StackView) object;
      java.awt.Composite was = g.getComposite();
      g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.4f));
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      Glyphs.drawVessel(g, info.draw.x, info.draw.y, info.draw.width, v.getNation(), v.agency(),
          v.course(), v.count(), -1, false);
      g.setComposite(was);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      return false;
    }
  }

  /**
   * The simulated date and hour, pinned to the top right of the visible part of the display.
   * It shows the last hour the map showed, and "ended" once the run is over (MASON's clock then
   * reads infinity).
   */
  public static final class ClockPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final transient SeaStateSim sim;
    private final transient Scene scene;

    public ClockPortrayal(SeaStateSim sim, Scene scene) {
      this.sim = sim;
      this.scene = scene;
      setField(sim);
    }

    /** The clock's text. */
    public String text() {
      long last = (long) sim.context().days() * 24 - 1;
      long h = Math.max(0, Math.min(last, scene.lastHour()));
      boolean ended = sim.isFinished() || scene.lastHour() > last;
      return String.format("%s  %02d:00   day %d%s", sim.context().date((int) (h / 24)), h % 24,
          h / 24 + 1, ended ? "   ended" : "");
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      String text = text();
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
      FontMetrics fm = g.getFontMetrics();
      int w = fm.stringWidth(text) + 14;
      int h = fm.getHeight() + 8;
      int x = (int) (info.clip.x + info.clip.width - w - 10);
      int y = (int) info.clip.y + 30; // below the off-map labels in the corner
      g.setColor(new Color(255, 255, 255, 225));
      g.fillRoundRect(x, y, w, h, 8, 8);
      g.setColor(new Color(0x222222));
      g.drawString(text, x + 7, y + 4 + fm.getAscent());
    }
  }
}
