package org.seastate.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seastate.model.LiveParameters;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Agreement;
import org.seastate.scenario.Scenario;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The Model tab: the knobs a user may turn during a run, delegating to
 * {@link SeaStateSim#parameters()}. The model rebuilds its cooperation rules and escalation
 * settings at the next hour when the parameters change.
 *
 * <p>The knobs depend on the scenario (one switch per agreement, one resolve and one
 * interdiction intensity per nation), so MASON's inspector reads them through
 * {@link #properties()}, with ranges for sliders. Changes are also remembered and applied again
 * when the run restarts.
 */
public final class ModelKnobs implements Propertied {
  private final SeaStateSim sim;
  private final Scenario scenario;
  private final List<Knob> knobs = new ArrayList<>();
  /** Changes made by the user, by parameter path, re-applied at each start. */
  private final Map<String, Object> changes = new LinkedHashMap<>();

  private record Knob(String name, String path, Class<?> type, Interval range, String description) {}

  public ModelKnobs(SeaStateSim sim) {
    this.sim = sim;
    this.scenario = sim.scenario();
    for (Agreement a : scenario.agreements().values()) {
      knobs.add(new Knob("Agreement " + a.id(), "agreements." + a.id() + ".enabled", Boolean.TYPE, null,
          a.name() + " (" + String.join(", ", a.parties()) + "), in force from " + a.inForce()));
    }
    for (String n : scenario.nations().keySet()) {
      knobs.add(new Knob("Resolve " + n, "nations." + n + ".posture.resolve", Double.TYPE, new Interval(0.0, 3.0),
          "How much " + n + " values its stakes when choosing an escalation level"));
    }
    for (String n : scenario.nations().keySet()) {
      knobs.add(new Knob("Interdiction " + n, "policies." + n + ".interdiction.intensity", Double.TYPE,
          new Interval(0.0, 1.0), "Probability that a policing " + n + " vessel challenges a rival it detects"));
    }
    knobs.add(new Knob("Rationality", "escalation.rationality", Double.TYPE, new Interval(0.0, 20.0),
        "Logit rationality of escalation choices (0 = random, high = best response)"));
  }

  /** The parameter paths of the knobs, in the order the Model tab shows them. */
  public List<String> paths() {
    return knobs.stream().map(Knob::path).toList();
  }

  /** The current value of a knob by parameter path (the scenario's value before the run starts). */
  public Object get(String path) {
    LiveParameters p = sim.parameters();
    String[] s = path.split("\\.");
    if (p == null) {
      Object pending = changes.get(path);
      if (pending != null) {
        return pending;
      }
      return switch (s[0]) {
        case "agreements" -> scenario.agreements().get(s[1]).enabled();
        case "nations" -> scenario.nation(s[1]).posture().resolve();
        case "policies" -> scenario.policy(s[1]).interdiction().intensity();
        default -> scenario.escalation().rationality();
      };
    }
    return switch (s[0]) {
      case "agreements" -> p.agreementEnabled(s[1]);
      case "nations" -> p.resolve(s[1]);
      case "policies" -> p.interdictionIntensity(s[1]);
      default -> p.escalation().rationality();
    };
  }

  /** Sets a knob; the model applies it from the next hour. */
  public void set(String path, Object value) {
    if (!paths().contains(path)) {
      throw new IllegalArgumentException("no knob for '" + path + "'");
    }
    // the schedule lock keeps the change out of the middle of a tick
    synchronized (sim.schedule) {
      LiveParameters p = sim.parameters();
      if (p != null) {
        p.set(path, value);
      }
      synchronized (this) {
        changes.put(path, value);
      }
    }
  }

  /** Applies the user's changes to a freshly started run. */
  public synchronized void applyTo(LiveParameters p) {
    changes.forEach(p::set);
  }

  // ----- typed shortcuts -----

  public boolean isAgreementEnabled(String id) {
    return (Boolean) get("agreements." + id + ".enabled");
  }

  public void setAgreementEnabled(String id, boolean on) {
    set("agreements." + id + ".enabled", on);
  }

  public double getResolve(String nation) {
    return (Double) get("nations." + nation + ".posture.resolve");
  }

  public void setResolve(String nation, double v) {
    set("nations." + nation + ".posture.resolve", v);
  }

  public double getInterdictionIntensity(String nation) {
    return (Double) get("policies." + nation + ".interdiction.intensity");
  }

  public void setInterdictionIntensity(String nation, double v) {
    set("policies." + nation + ".interdiction.intensity", v);
  }

  public double getRationality() {
    return (Double) get("escalation.rationality");
  }

  public void setRationality(double v) {
    set("escalation.rationality", v);
  }

  public Object domRationality() {
    return new Interval(0.0, 20.0);
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
      if (k.type() == Double.TYPE && value instanceof Number n) {
        double d = n.doubleValue();
        if (k.range() != null) {
          d = Math.max(k.range().getMin().doubleValue(), Math.min(k.range().getMax().doubleValue(), d));
        }
        v = d;
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
