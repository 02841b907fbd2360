package org.seastate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.seastate.sweep.ProgressListener;
import org.seastate.sweep.RunSpec;

/**
 * Shows a sweep's progress: on a terminal a bar redrawn in place (runs done/total, runs per
 * minute, time left); otherwise (a log file, a batch job) a plain line at most every
 * {@code everyMillis}, and one at the end.
 */
final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final boolean terminal;
  private final long everyMillis;
  private final LongSupplier clock;
  private long startedAt;
  private long startDone;
  private long lastPrint;
  private long failures;

  ConsoleProgress(PrintWriter out, boolean terminal, long everyMillis, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.everyMillis = everyMillis;
    this.clock = clock;
  }

  @Override
  public synchronized void started(long total, long alreadyDone) {
    startedAt = clock.getAsLong();
    startDone = alreadyDone;
    lastPrint = startedAt;
    if (alreadyDone > 0) {
      out.printf(Locale.ROOT, "resuming: %d of %d runs already done%n", alreadyDone, total);
    }
    if (terminal) {
      out.print(line(alreadyDone, total));
    }
    out.flush();
  }

  @Override
  public synchronized void warning(String message) {
    out.print(terminal ? "\r\033[K" : "");
    out.println("warning: " + message);
    out.flush();
  }

  @Override
  public synchronized void runFinished(RunSpec spec, String error, long done, long total) {
    if (error != null) {
      failures++;
      out.print(terminal ? "\r\033[K" : "");
      out.printf(Locale.ROOT, "run %d failed: %s%n", spec.runId(), error);
    }
    long now = clock.getAsLong();
    if (terminal) {
      out.print("\r" + line(done, total));
    } else if (now - lastPrint >= everyMillis || done == total) {
      out.println(line(done, total));
      lastPrint = now;
    }
    out.flush();
  }

  @Override
  public synchronized void finished(long done, long failed, long total) {
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  String line(long done, long total) {
    double secs = Math.max(1e-3, (clock.getAsLong() - startedAt) / 1000.0);
    long fresh = done - startDone;
    double perMin = fresh * 60.0 / secs;
    String eta = fresh == 0 ? "--" : duration((total - done) * secs / fresh);
    String pct = String.format(Locale.ROOT, "%3d%%", total == 0 ? 100 : done * 100 / total);
    String counts = String.format(Locale.ROOT, "%d/%d runs, %.1f runs/min, %s elapsed, %s left%s",
        done, total, perMin, duration(secs), eta, failures > 0 ? ", " + failures + " failed" : "");
    if (!terminal) {
      return "progress " + pct.trim() + " " + counts;
    }
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + " " + counts;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
