package org.seastate.gui;

import java.awt.Graphics2D;

/** Something drawn on top of the theater map (vessels, incidents, tracks). */
@FunctionalInterface
public interface MapLayer {
  /** Draws into {@code g}, whose origin is the map's top-left corner. */
  void draw(Graphics2D g, MapFrame frame);
}
