package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.image.BufferedImage;
import sim.util.Double2D;

/** Pixel checks shared by the headless and the display tests. */
final class GuiPixels {
  private GuiPixels() {}

  /** Vessel glyphs of a nation whose fill colour shows within 2 px of where the scene puts them. */
  static int vesselsDrawn(Scene scene, BufferedImage img, double pxPerCell, String nation) {
    int rgb = NationColors.of(nation).getRGB() & 0xFFFFFF;
    int found = 0;
    for (StackView v : scene.stacks()) {
      if (!v.getNation().equals(nation)) {
        continue;
      }
      Double2D d = scene.location(v);
      int cx = (int) Math.floor(d.x * pxPerCell);
      int cy = (int) Math.floor(d.y * pxPerCell);
      search:
      for (int dy = -2; dy <= 2; dy++) {
        for (int dx = -2; dx <= 2; dx++) {
          int x = cx + dx;
          int y = cy + dy;
          if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()
              && (img.getRGB(x, y) & 0xFFFFFF) == rgb) {
            found++;
            break search;
          }
        }
      }
    }
    return found;
  }

  /** Share of the pixels in a (2r+1)² square around (x, y) with exactly this colour. */
  static double share(BufferedImage img, int x, int y, int r, java.awt.Color c) {
    int rgb = c.getRGB() & 0xFFFFFF;
    int n = 0;
    int all = 0;
    for (int yy = y - r; yy <= y + r; yy++) {
      for (int xx = x - r; xx <= x + r; xx++) {
        all++;
        if ((img.getRGB(xx, yy) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n / (double) all;
  }
}
