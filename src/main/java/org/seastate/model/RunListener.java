package org.seastate.model;

/**
 * Receives what a run produces as it happens. The model writes no files: writers, progress
 * bars, live charts and tests all listen through this interface. Callbacks come on the
 * simulation thread, in simulation order.
 */
public interface RunListener {

  /**
   * A row of the event log: an episode when it ends, then each coercive act it held, in the
   * order they happened.
   */
  default void event(SeaEvent event) {}

  /** A day ended: the day's observations for the time series. */
  default void day(DayReport report) {}

  /** The run ended: its summary metrics. */
  default void finished(RunSummary summary) {}
}
