package org.seastate.gui;

import javax.swing.SwingUtilities;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * Rate limits for what the GUI redraws while the run plays: MASON updates volatile inspectors
 * after every step (an hour), which at tens of simulated days per second costs more than the
 * model. An inspector's update steppable made here refreshes it at most every
 * {@link #INTERVAL_MS} of wall time, with at most one update waiting on the Swing queue.
 */
public final class Throttle {
  /** Least wall time between two refreshes of one inspector (at most 4 per second). */
  public static final long INTERVAL_MS = 250;

  private Throttle() {}

  /** An update steppable for {@code inspector} that refreshes it at most every {@link #INTERVAL_MS}. */
  public static Steppable updates(Inspector inspector) {
    return new Steppable() {
      private static final long serialVersionUID = 1L;
      private long last;
      private volatile boolean queued;

      @Override
      public void step(SimState state) {
        long t = System.currentTimeMillis();
        if (queued || t - last < INTERVAL_MS) {
          return;
        }
        last = t;
        queued = true;
        SwingUtilities.invokeLater(() -> {
          try {
            synchronized (state.schedule) {
              inspector.updateInspector();
            }
            inspector.repaint();
          } finally {
            queued = false;
          }
        });
      }
    };
  }

  /** Wraps an inspector so that MASON refreshes it through {@link #updates}. */
  public static Inspector wrap(Inspector inner, String title) {
    Inspector outer = new Inspector() {
      private static final long serialVersionUID = 1L;

      @Override
      public void updateInspector() {
        inner.updateInspector();
      }

      @Override
      public Steppable getUpdateSteppable() {
        return updates(this);
      }
    };
    outer.setLayout(new java.awt.BorderLayout());
    outer.add(inner, java.awt.BorderLayout.CENTER);
    outer.setVolatile(inner.isVolatile());
    outer.setTitle(title != null ? title : inner.getTitle());
    return outer;
  }
}
