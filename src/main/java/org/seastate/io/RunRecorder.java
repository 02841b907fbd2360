package org.seastate.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seastate.model.DayReport;
import org.seastate.model.SeaEvent;
import org.seastate.model.RunListener;
import org.seastate.model.RunSummary;

/**
 * Listens to one run and keeps what the result files need: every episode and act, the day reports at
 * the output interval (plus the last day, so every series reaches the end of the run), and the
 * summary. A day report is kept without its presence counts: no file reads them day by day, and
 * the summary's {@code presence_*} metrics hold the run's final counts.
 */
public final class RunRecorder implements RunListener {
  private final int intervalDays;
  private final List<DayReport> days = new ArrayList<>();
  private final List<SeaEvent> events = new ArrayList<>();
  private DayReport last;
  private RunSummary summary;

  /** @param intervalDays keep every n-th day, counting from day 0; 0 keeps none (no time series) */
  public RunRecorder(int intervalDays) {
    if (intervalDays < 0) {
      throw new IllegalArgumentException("interval must be >= 0 days");
    }
    this.intervalDays = intervalDays;
  }

  @Override
  public void event(SeaEvent event) {
    events.add(event);
  }

  @Override
  public void day(DayReport report) {
    if (intervalDays == 0) {
      return;
    }
    last = new DayReport(report.day(), report.date(), report.series());
    if (report.day() % intervalDays == 0) {
      days.add(last);
    }
  }

  @Override
  public void finished(RunSummary summary) {
    this.summary = summary;
    if (last != null && (days.isEmpty() || days.get(days.size() - 1).day() != last.day())) {
      days.add(last);
    }
  }

  public Optional<RunSummary> summary() {
    return Optional.ofNullable(summary);
  }

  public List<DayReport> days() {
    return days;
  }

  public List<SeaEvent> events() {
    return events;
  }
}
