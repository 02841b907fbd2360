package org.seastate.gui;

import java.util.List;
import java.util.Map;
import org.seastate.model.RunListener;
import org.seastate.model.SeaStateSim;

/**
 * A counterfactual branch of a run: a second run of the same scenario and seed that replays the
 * first run's dated knob changes up to the branch hour, then takes different settings (say the
 * RAA switched off) and runs on beside the first. A run is a pure function of (scenario, seed,
 * dated changes) and every draw is keyed by the situation it decides, so the replay reproduces
 * the first run exactly up to the branch hour, and after it the two share every draw that names
 * the same situation (common random numbers): what differs is the counterfactual's effect.
 *
 * <p>No Swing here: the GUI steps the branch after each step of the main run, on the
 * simulation thread, and draws its {@link Scene} as ghosts.
 */
public final class Branch {
  private final SeaStateSim sim;
  private final long hour;
  private final String label;
  private final Scene scene;

  private Branch(SeaStateSim sim, long hour, String label, Scene scene) {
    this.sim = sim;
    this.hour = hour;
    this.label = label;
    this.scene = scene;
  }

  /**
   * Replays {@code main}'s scenario and seed with its knob {@code history} to schedule time
   * {@code hour}, then applies {@code changes}.
   *
   * @param main the run to branch from (read only: its scenario, theater, seed and length)
   * @param history the main run's dated changes (hour -1: before its first step)
   * @param hour the main run's schedule time at the branch (-1 before its first step)
   * @param changes parameter path to value, the branch's different settings
   * @param label what the branch is, e.g. {@code RAA off}
   * @param listeners listeners of the branch's reports (added before it starts)
   */
  public static Branch fork(SeaStateSim main, List<ModelKnobs.Change> history, long hour,
      Map<String, Object> changes, String label, List<RunListener> listeners) {
    SeaStateSim b = new SeaStateSim(main.context(), main.seed());
    Scene scene = new Scene(b);
    listeners.forEach(b::addListener);
    b.start();
    scene.reset();
    int next = 0;
    while (true) {
      long t = (long) b.schedule.getTime();
      while (next < history.size() && history.get(next).hour() <= t) {
        ModelKnobs.Change c = history.get(next++);
        b.parameters().set(c.path(), c.value());
      }
      if (t >= hour || !b.schedule.step(b)) {
        break;
      }
    }
    changes.forEach(b.parameters()::set);
    scene.update();
    return new Branch(b, hour, label, scene);
  }

  /** Steps the branch until it has reached schedule time {@code t} (the main run's). */
  public void catchUp(long t) {
    boolean stepped = false;
    while ((long) sim.schedule.getTime() < t && !sim.isFinished() && sim.schedule.step(sim)) {
      stepped = true;
    }
    if (stepped) {
      scene.update();
    }
  }

  public SeaStateSim sim() {
    return sim;
  }

  /** The schedule time it branched at. */
  public long hour() {
    return hour;
  }

  public String label() {
    return label;
  }

  /** What the branch's map shows (drawn as ghosts). */
  public Scene scene() {
    return scene;
  }
}
