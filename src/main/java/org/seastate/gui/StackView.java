package org.seastate.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.seastate.model.SeaStateSim;
import org.seastate.model.Vessel;
import org.seastate.scenario.Agency;

/**
 * One glyph on the map: the vessels of one nation and agency that share a cell. The display
 * holds one object per stack, not per vessel, so a double-click on a stack of 120 militia boats
 * builds one inspector ({@link StackInspector}) instead of 121.
 */
public final class StackView {
  private final String key;
  private final SeaStateSim sim;
  private final String nation;
  private final Agency agency;
  /** The members as of the last update (the inspector reads their live state). */
  private volatile List<Vessel> members = List.of();
  /** Highest level of an open encounter a member is in, or -1. */
  volatile int ringLevel = -1;
  volatile int encounterId = -1;

  StackView(String key, SeaStateSim sim, Vessel first) {
    this.key = key;
    this.sim = sim;
    this.nation = first.hull().nation();
    this.agency = first.hull().agency();
  }

  void setMembers(List<Vessel> vessels) {
    members = List.copyOf(vessels);
  }

  /** The cell and nation/agency this stack stands for. */
  public String key() {
    return key;
  }

  public SeaStateSim sim() {
    return sim;
  }

  public List<Vessel> members() {
    return members;
  }

  public int count() {
    return members.size();
  }

  public String getNation() {
    return nation;
  }

  public Agency agency() {
    return agency;
  }

  public int ringLevel() {
    return ringLevel;
  }

  /** The course of the stack's first vessel (the glyph's heading). */
  public double course() {
    List<Vessel> m = members;
    return m.isEmpty() ? 0 : m.get(0).course();
  }

  /** Counts of the members by a property, sorted by name. */
  public Map<String, Integer> countBy(Function<Vessel, String> what) {
    Map<String, Integer> out = new TreeMap<>();
    for (Vessel v : members) {
      out.merge(what.apply(v), 1, Integer::sum);
    }
    return out;
  }

  /** The members' views, for drilling into one vessel. */
  public List<VesselView> vesselViews() {
    List<VesselView> out = new ArrayList<>();
    for (Vessel v : members) {
      out.add(new VesselView(v, sim));
    }
    return out;
  }

  /** A title such as {@code CN maritime militia ×120 at 9.91°N 115.53°E}. */
  public String title() {
    List<Vessel> m = members;
    String where = m.isEmpty() ? "" : String.format(Locale.ROOT, " at %.2f\u00b0N %.2f\u00b0E",
        m.get(0).lat(), m.get(0).lon());
    return nation + " " + agency.key().replace('_', ' ') + " \u00d7" + m.size() + where;
  }

  @Override
  public String toString() {
    return title();
  }
}
