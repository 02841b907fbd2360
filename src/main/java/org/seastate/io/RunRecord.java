package org.seastate.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seastate.model.DayReport;
import org.seastate.model.SeaEvent;
import org.seastate.model.RunSummary;

/**
 * Everything one run produced, with where it sits in its batch.
 *
 * @param runId dense run number within the batch
 * @param point design point number
 * @param replicate replicate number within the point
 * @param seed the run's seed
 * @param factors factor path to value at this point (empty for a single run)
 * @param summary the run summary; empty if the run failed
 * @param error the failure message; empty if the run succeeded
 * @param days the time-series rows kept (at the output interval)
 * @param events the event log (episodes and their acts)
 */
public record RunRecord(
    long runId,
    long point,
    int replicate,
    long seed,
    Map<String, Object> factors,
    Optional<RunSummary> summary,
    Optional<String> error,
    List<DayReport> days,
    List<SeaEvent> events) {

  public RunRecord {
    factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    days = List.copyOf(days);
    events = List.copyOf(events);
  }

  public RunStatus status() {
    return RunStatus.failedIf(error.isPresent());
  }
}
