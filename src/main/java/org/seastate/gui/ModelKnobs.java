package org.seastate.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seastate.model.LiveParameters;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.LiveParameter;
import org.seastate.scenario.LivePath;
import org.seastate.scenario.Scenario;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The Model tab: a knob for every live parameter the scenario has (the {@link LiveParameter}
 * registry instantiated by {@link LivePath#of}), delegating to {@link SeaStateSim#parameters()},
 * so the tab shows exactly what dated events may change, with the registry's types, ranges and
 * descriptions. The model applies a change from the next hour (the commands plan with it from
 * the next day).
 *
 * <p>The knobs depend on the scenario (one per nation, presence entry, agreement, ...), so
 * MASON's inspector reads them through {@link #properties()}, with ranges for sliders where the
 * registry bounds them. They are grouped (agreements by full name, then escalation, then nation
 * by nation) so a reader finds them without knowing the ids.
 *
 * <p>Every change during a run is dated in {@link #history()}: the run is a pure function of
 * (scenario, seed, history), which is what lets {@link Branch} replay it exactly and the charts
 * and event log mark it. A new run starts from the scenario's values, plus changes made while no
 * run was going, unless {@link #setKeepForNextRun keep} asks to carry the last run's settings.
 */
public final class ModelKnobs implements Propertied {
  private final SeaStateSim sim;
  private final List<Knob> knobs = new ArrayList<>();
  /** What the next run starts from (shown while no run is going). */
  private LiveParameters initial;
  /** Changes made while no run was going, applied at the next start. */
  private final Map<String, Object> pending = new LinkedHashMap<>();
  /** Dated changes of the current run, in order. */
  private final List<Change> history = new ArrayList<>();
  private final List<java.util.function.Consumer<Change>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Counts changes made here (the Model tab redraws only when {@link #version()} moves). */
  private volatile long changesMade;
  /** Set when a run was stopped, cleared when the next starts. */
  private boolean ended;
  private volatile boolean keepForNextRun;

  private record Knob(String name, String path, Class<?> type, Interval range, String description) {}

  /**
   * One dated change of a knob.
   *
   * @param hour the schedule time at which it was made (it acts from the next hour; -1 before the first)
   * @param path the parameter path
   * @param value the new value
   * @param label what the change reads as, e.g. {@code RAA Japan-Philippines in force = false}
   */
  public record Change(long hour, String path, Object value, String label) {}

  public ModelKnobs(SeaStateSim sim) {
    this.sim = sim;
    Scenario scenario = sim.context().scenario();
    this.initial = new LiveParameters(scenario);
    List<LivePath> paths = new ArrayList<>(LivePath.of(scenario));
    List<String> nations = List.copyOf(scenario.nations().keySet());
    paths.sort(java.util.Comparator.comparingInt((LivePath p) -> group(p, nations)));
    for (LivePath p : paths) {
      LiveParameter param = p.parameter();
      knobs.add(new Knob(label(p, scenario), p.path(), type(param), range(param),
          param.description() + " (" + p.path() + ")"));
    }
  }

  /** Sort rank: agreements, escalation, then each nation in the scenario's order (stable within). */
  private static int group(LivePath p, List<String> nations) {
    return switch (p.parameter().scope()) {
      case AGREEMENT -> 0;
      case GLOBAL -> 1;
      default -> 2 + Math.max(0, nations.indexOf(p.owner()));
    };
  }

  /** A plain label: agreements by name, nation knobs prefixed with the nation. */
  static String label(LivePath p, Scenario s) {
    String at = p.feature(s).map(f -> " at " + s.place(f).name().replaceAll(" \\(.*\\)$", "")).orElse("");
    return switch (p.parameter().scope()) {
      case AGREEMENT -> "In force: " + s.agreements().get(p.owner()).name();
      case GLOBAL -> "Escalation: " + p.label();
      default -> p.owner() + ": " + p.label().replace(" " + p.owner(), "") + at;
    };
  }

  private static Class<?> type(LiveParameter p) {
    return switch (p.type()) {
      case NUMBER -> Double.TYPE;
      case INTEGER -> Integer.TYPE;
      case BOOLEAN -> Boolean.TYPE;
    };
  }

  /** A slider's range where the registry bounds the parameter; none (a text field) otherwise. */
  private static Interval range(LiveParameter p) {
    LiveParameter.Range r = p.range();
    if (!r.bounded() || p.type() == LiveParameter.Type.BOOLEAN) {
      return null;
    }
    return p.type() == LiveParameter.Type.INTEGER
        ? new Interval((long) r.min(), (long) r.max()) : new Interval(r.min(), r.max());
  }

  /** The parameter paths of the knobs, in the order the Model tab shows them. */
  public List<String> paths() {
    return knobs.stream().map(Knob::path).toList();
  }

  /** The current value of a knob by parameter path (what the next run starts from, while no run is going). */
  public synchronized Object get(String path) {
    LiveParameters p = sim.parameters();
    return !ended && p != null ? p.get(path) : initial.get(path);
  }

  /** Changes whenever a knob's value may have changed (here, or by a dated scenario event). */
  public long version() {
    LiveParameters p = sim.parameters();
    return changesMade * 1_000_003L + (p == null ? 0 : p.version());
  }

  /** The knob's label for a path (as the Model tab shows it). */
  public String labelOf(String path) {
    for (Knob k : knobs) {
      if (k.path().equals(path)) {
        return k.name();
      }
    }
    return path;
  }

  /** Sets a knob; the model applies it from the next hour. The change is dated in the history. */
  public void set(String path, Object value) {
    if (!paths().contains(path)) {
      throw new IllegalArgumentException("no knob for '" + path + "'");
    }
    Change c;
    changesMade++;
    // the schedule lock keeps the change out of the middle of a tick
    synchronized (sim.schedule) {
      LiveParameters p = sim.parameters();
      synchronized (this) {
        if (!ended && p != null) {
          p.set(path, value);
          c = new Change((long) sim.schedule.getTime(), path, p.get(path), labelOf(path) + " = " + p.get(path));
          history.add(c);
        } else {
          initial.set(path, value);
          pending.put(path, value);
          c = new Change(-1, path, initial.get(path), labelOf(path) + " = " + initial.get(path));
        }
      }
    }
    for (java.util.function.Consumer<Change> l : listeners) {
      l.accept(c);
    }
  }

  /** Starts a run: applies the changes made while no run was going and opens a fresh history. */
  public synchronized void applyTo(LiveParameters p) {
    history.clear();
    changesMade++;
    pending.forEach((path, v) -> {
      p.set(path, v);
      history.add(new Change(-1, path, p.get(path), labelOf(path) + " = " + p.get(path)));
    });
    ended = false;
  }

  /**
   * The run ended (stopped): the next run starts from the scenario's values, or, with
   * {@link #setKeepForNextRun keep}, from the values this run ended with.
   */
  public synchronized void endRun() {
    LiveParameters p = sim.parameters();
    ended = true;
    changesMade++;
    initial = new LiveParameters(sim.context().scenario());
    pending.clear();
    if (keepForNextRun && p != null) {
      for (Knob k : knobs) {
        Object v = p.get(k.path());
        if (!v.equals(initial.get(k.path()))) {
          initial.set(k.path(), v);
          pending.put(k.path(), v);
        }
      }
    }
  }

  public boolean isKeepForNextRun() {
    return keepForNextRun;
  }

  /** Whether the next run keeps this run's knob settings (off: it starts from the scenario). */
  public void setKeepForNextRun(boolean keep) {
    keepForNextRun = keep;
  }

  /** The dated changes of the current run (those at hour -1 were made before it started). */
  public synchronized List<Change> history() {
    return List.copyOf(history);
  }

  /** Tells {@code l} of each change as it is made (on the thread that made it). */
  public void addListener(java.util.function.Consumer<Change> l) {
    listeners.add(l);
  }

  public boolean isAgreementEnabled(String id) {
    return (Boolean) get("agreements." + id + ".enabled");
  }

  public void setAgreementEnabled(String id, boolean on) {
    set("agreements." + id + ".enabled", on);
  }

  @Override
  public Properties properties() {
    return new KnobProperties();
  }

  /** The knobs as MASON properties: names, types, ranges, descriptions. */
  private final class KnobProperties extends Properties {
    private static final long serialVersionUID = 1L;

    KnobProperties() {
      this.object = ModelKnobs.this;
    }

    @Override
    public boolean isVolatile() {
      return false;
    }

    @Override
    public int numProperties() {
      return knobs.size();
    }

    @Override
    public Object getValue(int index) {
      return index < 0 || index >= knobs.size() ? null : get(knobs.get(index).path());
    }

    @Override
    public Object getDomain(int index) {
      return knobs.get(index).range();
    }

    @Override
    public String getDescription(int index) {
      return knobs.get(index).description();
    }

    @Override
    public boolean isReadWrite(int index) {
      return true;
    }

    @Override
    public String getName(int index) {
      return knobs.get(index).name();
    }

    @Override
    public Class<?> getType(int index) {
      return knobs.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
      if (index < 0 || index >= knobs.size()) {
        return null;
      }
      Knob k = knobs.get(index);
      Object v = value;
      if (value instanceof Number n && k.type() != Boolean.TYPE) {
        double d = n.doubleValue();
        if (k.range() != null) {
          d = Math.max(k.range().getMin().doubleValue(), Math.min(k.range().getMax().doubleValue(), d));
        }
        v = k.type() == Integer.TYPE ? (Object) (int) Math.round(d) : (Object) d;
      }
      try {
        set(k.path(), v);
      } catch (IllegalArgumentException e) {
        return null;
      }
      return getValue(index);
    }
  }
}
