package org.seastate.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places the GUI's windows from the screen's usable size, so that nothing covers the map and
 * nothing hangs off the screen (1366×768 included): the Console down the left, the theater to
 * its right over the top part, the charts and the event log side by side below it. Each further
 * GUI opened in the program (File > New Simulation) is offset so it does not hide the first.
 */
public final class WindowLayout {
  /** GUIs open in this program, for the offset of the next. */
  private static final AtomicInteger OPEN = new AtomicInteger();
  /** Offset in pixels of each further GUI. */
  static final int STEP = 36;

  private WindowLayout() {}

  /** Counts an opened GUI; returns its index (0 for the first). */
  static int opened() {
    return OPEN.getAndIncrement();
  }

  static void closed() {
    OPEN.updateAndGet(n -> Math.max(0, n - 1));
  }

  /** The screen's usable bounds (without task bars). */
  public static Rectangle screen() {
    return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
  }

  /** Where each window goes: console, theater, charts, log. */
  public record Plan(Rectangle console, Rectangle theater, Rectangle charts, Rectangle log) {}

  /** The plan for a screen, for the GUI with index {@code k} (offset k steps, wrapping). */
  public static Plan plan(Rectangle s, int k) {
    int off = STEP * (k % 5);
    int x0 = s.x + off;
    int y0 = s.y + off;
    int w = s.width - off;
    int h = s.height - off;
    int cw = Math.min(440, (int) (w * 0.3));
    int mapH = (int) (h * (h < 900 ? 0.6 : 0.64));
    int rx = x0 + cw;
    int rw = w - cw;
    int lower = h - mapH;
    int chartsW = (int) (rw * 0.56);
    return new Plan(new Rectangle(x0, y0, cw, h), new Rectangle(rx, y0, rw, mapH),
        new Rectangle(rx, y0 + mapH, chartsW, lower), new Rectangle(rx + chartsW, y0 + mapH, rw - chartsW, lower));
  }

  /** Moves and sizes windows to their places in the plan (any may be null). */
  public static void apply(Plan p, Window console, Window theater, Window charts, Window log) {
    set(console, p.console());
    set(theater, p.theater());
    set(charts, p.charts());
    set(log, p.log());
  }

  private static void set(Window w, Rectangle r) {
    if (w != null) {
      w.setBounds(r);
      w.validate();
    }
  }

  /** The display zoom that shows the whole map of {@code w}×{@code h} pixels in a frame of {@code r}. */
  public static double fitScale(Rectangle r, double w, double h) {
    // room taken by the display's tool bar, scroll bars and the frame's decorations
    double sx = (r.width - 40) / w;
    double sy = (r.height - 110) / h;
    double s = Math.floor(Math.min(sx, sy) * 20) / 20;
    return Math.max(0.25, Math.min(2.0, s));
  }
}
