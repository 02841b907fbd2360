package org.seastate.gui;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Holds a playing run to a speed in simulated days per wall-clock second (0: as fast as
 * possible). Stepped after every model step on the simulation thread, it sleeps just long enough
 * to keep hour h at its due time; after a pause or a slow stretch it starts counting afresh
 * rather than racing to catch up. MASON's own delay slider only adds a fixed sleep per step.
 */
public final class Pacer implements Steppable {
  private static final long serialVersionUID = 1L;
  /** The speeds the Run tab offers, in days per second (0 = as fast as possible). */
  public static final double[] SPEEDS = {0.5, 1, 2, 5, 10, 25, 0};
  private volatile double daysPerSecond;
  private long anchorNanos = -1;
  private long anchorHour;

  public Pacer(double daysPerSecond) {
    setDaysPerSecond(daysPerSecond);
  }

  public double getDaysPerSecond() {
    return daysPerSecond;
  }

  /** Sets the speed; 0 (or less) runs as fast as possible. */
  public void setDaysPerSecond(double d) {
    daysPerSecond = Math.max(0, d);
    anchorNanos = -1;
  }

  @Override
  public void step(SimState state) {
    double rate = daysPerSecond;
    long hour = state.schedule.getSteps();
    long t = System.nanoTime();
    if (rate <= 0) {
      return;
    }
    double nanosPerHour = 1e9 / (24 * rate);
    if (anchorNanos < 0 || hour < anchorHour) {
      anchorNanos = t;
      anchorHour = hour;
      return;
    }
    long due = anchorNanos + (long) ((hour - anchorHour) * nanosPerHour);
    if (t - due > 500_000_000L) { // more than half a second behind: paused, or too slow
      anchorNanos = t;
      anchorHour = hour;
    } else if (due > t) {
      try {
        Thread.sleep((due - t) / 1_000_000, (int) ((due - t) % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A speed as the Run tab names it. */
  public static String name(double d) {
    return d <= 0 ? "as fast as possible" : (d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d))
        + (d == 1 ? " day/s" : " days/s");
  }
}
