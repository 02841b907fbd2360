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
 * registry bounds them. Changes are also remembered and applied again when the run restarts.
 */
public final class ModelKnobs implements Propertied {
  private final SeaStateSim sim;
  private final List<Knob> knobs = new ArrayList<>();
  /** The scenario's values, shown before the run starts. */
  private final LiveParameters initial;
  /** Changes made by the user, by parameter path, re-applied at each start. */
  private final Map<String, Object> changes = new LinkedHashMap<>();

  private record Knob(String name, String path, Class<?> type, Interval range, String description) {}

  public ModelKnobs(SeaStateSim sim) {
    this.sim = sim;
    Scenario scenario = sim.scenario();
    this.initial = new LiveParameters(scenario);
    for (LivePath p : LivePath.of(scenario)) {
      LiveParameter param = p.parameter();
      String at = p.feature(scenario).map(f -> " at " + f).orElse("");
      knobs.add(new Knob(p.label() + at, p.path(), type(param), range(param),
          param.description() + " (" + p.path() + ")"));
    }
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

  /** The current value of a knob by parameter path (the scenario's value, or the user's change, before the run starts). */
  public synchronized Object get(String path) {
    LiveParameters p = sim.parameters();
    return p != null ? p.get(path) : initial.get(path);
  }

  /** Sets a knob; the model applies it from the next hour. */
  public void set(String path, Object value) {
    if (!paths().contains(path)) {
      throw new IllegalArgumentException("no knob for '" + path + "'");
    }
    // the schedule lock keeps the change out of the middle of a tick
    synchronized (sim.schedule) {
      LiveParameters p = sim.parameters();
      synchronized (this) {
        (p != null ? p : initial).set(path, value);
        changes.put(path, value);
      }
    }
  }

  /** Applies the user's changes to a freshly started run. */
  public synchronized void applyTo(LiveParameters p) {
    changes.forEach(p::set);
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
