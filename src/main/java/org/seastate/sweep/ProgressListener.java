package org.seastate.sweep;

/**
 * Hears how a sweep is getting on. The executor itself prints nothing: a console progress bar,
 * a log or a test listens here. Methods may be called from several worker threads at once.
 */
public interface ProgressListener {
  /** No output. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * @param total runs in this sweep (or shard)
   * @param alreadyDone runs finished before (when resuming)
   */
  default void started(long total, long alreadyDone) {}

  /**
   * A run finished.
   *
   * @param error the failure message, or null if the run succeeded
   * @param done runs finished so far, including those done before a resume
   */
  default void runFinished(RunSpec spec, String error, long done, long total) {}

  /**
   * Something the user should know that does not stop the sweep (a damaged fragment recomputed,
   * a stale lock taken over). Printed on standard error unless a listener shows it elsewhere,
   * so that even a quiet sweep reports it.
   */
  default void warning(String message) {
    System.err.println("warning: " + message);
    System.err.flush();
  }

  /** All runs finished (or the sweep stopped). */
  default void finished(long done, long failed, long total) {}
}
