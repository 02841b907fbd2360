package org.seastate.gui;

import java.awt.geom.Rectangle2D;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * The theater display with the GUI's limits: it redraws at most a few times a second of wall
 * time (not after every simulated hour), a double-click builds at most {@link #MAX_INSPECTORS}
 * inspectors (top layer first) each refreshed through {@link Throttle}, and the movie button is
 * hidden when the Java Media Framework is missing (MASON's needs it and only says so after a click).
 */
public final class SeaDisplay extends Display2D {
  private static final long serialVersionUID = 1L;
  /** Most inspectors one double-click opens. */
  public static final int MAX_INSPECTORS = 4;
  /** Least wall time between two redraws while the run plays. */
  public static final long REDRAW_MS = 200;
  private volatile int lastInspectorsBuilt;

  public SeaDisplay(double width, double height, GUIState gui) {
    super(width, height, gui);
    updateRule = UPDATE_RULE_WALLCLOCK_TIME;
    wallInterval = REDRAW_MS;
    if (movieButton != null && !jmfPresent()) {
      movieButton.setVisible(false);
    }
  }

  static boolean jmfPresent() {
    try {
      Class.forName("javax.media.Manager", false, SeaDisplay.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void createInspectors(Rectangle2D.Double rect, GUIState gui) {
    Bag inspectors = new Bag();
    Bag names = new Bag();
    Bag[] hits = objectsHitBy(rect);
    // the top layer (vessels) first: what the user sees is what gets inspected
    for (int layer = hits.length - 1; layer >= 0 && inspectors.numObjs < MAX_INSPECTORS; layer--) {
      Bag h = hits[layer];
      for (int i = 0; i < h.numObjs && inspectors.numObjs < MAX_INSPECTORS; i++) {
        LocationWrapper w = (LocationWrapper) h.objs[i];
        FieldPortrayal2D fp = (FieldPortrayal2D) w.getFieldPortrayal();
        Inspector in = fp.getInspector(w, gui);
        if (in == null) {
          continue;
        }
        String name = fp.getName(w);
        inspectors.add(in instanceof StackInspector ? in : Throttle.wrap(in, name));
        names.add(name);
      }
    }
    lastInspectorsBuilt = inspectors.numObjs;
    gui.controller.setInspectors(inspectors, names);
  }

  /** How many inspectors the last double-click built. */
  public int lastInspectorsBuilt() {
    return lastInspectorsBuilt;
  }
}
