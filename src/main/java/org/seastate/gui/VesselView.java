package org.seastate.gui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.seastate.model.Encounter;
import org.seastate.model.SeaStateSim;
import org.seastate.model.Vessel;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * What the inspector shows of one vessel: plain-named rows in a fixed order (MASON's bean
 * inspector lists getters in no stable order). Opened from a stack's {@link StackInspector}.
 */
public final class VesselView implements Propertied {
  private final Vessel vessel;
  private final SeaStateSim sim;

  VesselView(Vessel vessel, SeaStateSim sim) {
    this.vessel = vessel;
    this.sim = sim;
  }

  public Vessel vessel() {
    return vessel;
  }

  private record Row(String name, Supplier<String> value) {}

  private List<Row> rows() {
    return List.of(
        new Row("Name", () -> vessel.hull().name()),
        new Row("Nation", () -> vessel.hull().nation()),
        new Row("Agency", () -> vessel.hull().agency().key()),
        new Row("Vessel class", () -> vessel.hull().type().id()),
        new Row("State", () -> vessel.state().name().toLowerCase(Locale.ROOT)),
        new Row("Mission", () -> vessel.mission() == null ? "none" : vessel.mission().toString()),
        new Row("Encounter", this::encounter),
        new Row("Position", () -> String.format(Locale.ROOT, "%.3f\u00b0N %.3f\u00b0E", vessel.lat(), vessel.lon())),
        new Row("Course", () -> String.format(Locale.ROOT, "%.0f\u00b0", (vessel.course() + 360) % 360)),
        new Row("Days at sea", () -> String.format(Locale.ROOT, "%.1f", vessel.daysAtSea(sim.now()))),
        new Row("Endurance left (days)", () -> String.format(Locale.ROOT, "%.1f of %.0f",
            vessel.enduranceLeftDays(sim.now()), vessel.hull().type().enduranceDays())),
        new Row("Home port", () -> vessel.hull().homePort().id()),
        new Row("In port now", () -> vessel.state().atSea() || vessel.port() == null ? "no (at sea)" : vessel.port().id()));
  }

  /** The open encounter the vessel is in, with its level, or "none". */
  String encounter() {
    List<Encounter> open = sim.openEncounters();
    if (open == null) {
      return "none";
    }
    for (Encounter e : open) {
      if (e.challengers().contains(vessel) || e.targets().contains(vessel)) {
        int l = e.getCurrentLevel();
        return "#" + e.getId() + " at level " + l + " (" + Glyphs.LEVEL_NAMES[Math.max(0, Math.min(7, l))] + ")";
      }
    }
    return "none";
  }

  @Override
  public Properties properties() {
    List<Row> rows = rows();
    return new Properties() {
      private static final long serialVersionUID = 1L;

      {
        this.object = VesselView.this;
      }

      @Override
      public boolean isVolatile() {
        return false;
      }

      @Override
      public int numProperties() {
        return rows.size();
      }

      @Override
      public Object getValue(int i) {
        return rows.get(i).value().get();
      }

      @Override
      public boolean isReadWrite(int i) {
        return false;
      }

      @Override
      public String getName(int i) {
        return rows.get(i).name();
      }

      @Override
      public Class<?> getType(int i) {
        return String.class;
      }

      @Override
      protected Object _setValue(int i, Object value) {
        return null;
      }
    };
  }

  @Override
  public String toString() {
    return vessel.hull().name();
  }
}
