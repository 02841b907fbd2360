package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;

/** Runs a scenario for tests, hour by hour, with an optional check after every hour. */
final class Runs {
  private Runs() {}

  record Result(RunSummary summary, List<SeaEvent.Episode> episodes, List<SeaEvent.Act> acts, List<DayReport> days) {}

  static Result run(Scenario scenario, long seed) {
    return run(scenario, seed, sim -> { });
  }

  static Result run(Scenario scenario, long seed, Consumer<SeaStateSim> everyHour) {
    SeaStateSim sim = new SeaStateSim(scenario, Theater.standard(), seed);
    List<SeaEvent.Episode> episodes = new ArrayList<>();
    List<SeaEvent.Act> acts = new ArrayList<>();
    List<DayReport> days = new ArrayList<>();
    RunSummary[] summary = new RunSummary[1];
    sim.addListener(new RunListener() {
      @Override
      public void event(SeaEvent e) {
        if (e instanceof SeaEvent.Episode ep) {
          episodes.add(ep);
        } else {
          acts.add((SeaEvent.Act) e);
        }
      }

      @Override
      public void day(DayReport d) {
        days.add(d);
      }

      @Override
      public void finished(RunSummary s) {
        summary[0] = s;
      }
    });
    sim.start();
    while (summary[0] == null && sim.schedule.step(sim)) {
      everyHour.accept(sim);
    }
    sim.finish();
    return new Result(summary[0], episodes, acts, days);
  }
}
