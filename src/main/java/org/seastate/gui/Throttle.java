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
    return updates(inspector, null);
  }

  /**
   * As {@link #updates(Inspector)}, skipping inspectors not on screen (a tab not selected) and,
   * given a {@code version}, updates while the version has not changed since the last.
   */
  public static Steppable updates(Inspector inspector, java.util.function.LongSupplier version) {
    return new Steppable() {
      private static final long serialVersionUID = 1L;
      private long last;
      private volatile boolean queued;
      private volatile long seen = Long.MIN_VALUE;

      @Override
      public void step(SimState state) {
        long t = System.currentTimeMillis();
        if (queued || t - last < INTERVAL_MS || !inspector.isShowing()
            || (version != null && version.getAsLong() == seen)) {
          return;
        }
        last = t;
        queued = true;
        SwingUtilities.invokeLater(() -> {
          try {
            if (version != null) {
              seen = version.getAsLong();
            }
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
    return wrap(inner, title, null);
  }

  /**
   * Wraps an inspector refreshed only when on screen, at most every {@link #INTERVAL_MS}, and
   * only when {@code version} changed (null: whenever due). The checks sit in
   * {@code updateInspector} itself because MASON's Console refreshes its Model tab directly after
   * every step, not through {@link Inspector#getUpdateSteppable()}.
   */
  public static Inspector wrap(Inspector inner, String title, java.util.function.LongSupplier version) {
    Inspector outer = new Inspector() {
      private static final long serialVersionUID = 1L;
      private long last;
      private long seen = Long.MIN_VALUE;

      @Override
      public void updateInspector() {
        long t = System.currentTimeMillis();
        if (!isShowing() || t - last < INTERVAL_MS) {
          return;
        }
        if (version != null) {
          long v = version.getAsLong();
          if (v == seen) {
            return;
          }
          seen = v;
        }
        last = t;
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
