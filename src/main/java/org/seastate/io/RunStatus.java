package org.seastate.io;

import java.util.Locale;
import java.util.Optional;

/**
 * How a run ended, as the {@code status} column of runs.csv and the manifest spell it: one type
 * for the writers, the readers and the checks, so no reader compares against a hand-typed word.
 */
public enum RunStatus {
  /** The run finished and its tables are complete. */
  OK,
  /** The run threw; its row carries the error and no metrics. */
  FAILED;

  /** The word written in the files: {@code ok} or {@code failed}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a file's word names, or empty for any other text. */
  public static Optional<RunStatus> of(String key) {
    for (RunStatus s : values()) {
      if (s.key().equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The status of a run that failed with an error, or finished without one. */
  public static RunStatus failedIf(boolean failed) {
    return failed ? FAILED : OK;
  }
}
