package org.seastate.sweep;

import java.util.List;
import java.util.Optional;
import org.seastate.geo.Theater;
import org.seastate.io.RunRecord;
import org.seastate.io.RunRecorder;
import org.seastate.model.RunSummary;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * Runs the model for a run spec: the base scenario with the point's factor values applied, the
 * run's seed, on the shared read-only theater.
 */
public final class ModelRunner implements Runner {
  private final ScenarioLoader loader;
  private final Scenario base;
  private final Theater theater;
  private final Integer days;
  private final int intervalDays;

  /**
   * @param days days to simulate, or null for the scenario's horizon
   * @param intervalDays days between time-series rows
   */
  public ModelRunner(ScenarioLoader loader, Scenario base, Theater theater, Integer days, int intervalDays) {
    this.loader = loader;
    this.base = base;
    this.theater = theater;
    this.days = days;
    this.intervalDays = intervalDays;
  }

  @Override
  public RunRecord run(RunSpec spec) {
    Scenario scenario = loader.withOverrides(base, spec.point().values());
    int runDays = days == null ? scenario.horizon().days() : Math.min(days, scenario.horizon().days());
    SeaStateSim sim = new SeaStateSim(scenario, theater, spec.seed(), runDays);
    RunRecorder recorder = new RunRecorder(intervalDays);
    sim.addListener(recorder);
    RunSummary summary = sim.runToEnd();
    return new RunRecord(spec.runId(), spec.point().index(), spec.replicate(), spec.seed(),
        spec.point().values(), Optional.of(summary), Optional.empty(), recorder.days(), recorder.events());
  }

  /** The record of a run that failed with {@code error}. */
  static RunRecord failed(RunSpec spec, Throwable error) {
    String message = error.getMessage() == null || error.getMessage().isBlank()
        ? error.getClass().getSimpleName()
        : error.getClass().getSimpleName() + ": " + error.getMessage();
    return new RunRecord(spec.runId(), spec.point().index(), spec.replicate(), spec.seed(),
        spec.point().values(), Optional.empty(), Optional.of(message), List.of(), List.of());
  }
}
