package org.seastate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seastate.geo.Place;
import org.seastate.scenario.Claim;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;

/**
 * A command's daily spread of a budget of hulls over features, from what it has seen. Each
 * feature inside the nation's claim keeps its presence-list minimum; the rest of the budget goes
 * one hull at a time to the feature where one more hull is worth most, {@code worth / (1 + hulls
 * it already has)} (diminishing returns, as in a highest-averages apportionment), with
 *
 * <pre>
 * worth = stake × (1 + rival_weight × rivals remembered there) × value of contesting
 *       / (1 + w_presence × outside navies remembered there)
 * </pre>
 *
 * where the value of contesting is {@code (1 + cap) / 8} at a feature a de-escalation
 * arrangement in force caps at level {@code cap} (1 elsewhere), and what is remembered decays
 * with a half-life of {@code memory_days}. Rivals are the vessels of claimant nations (and the
 * rival vessels in episodes there); outside navies are vessels of nations without a claim, whose
 * presence raises the risk of contesting. A feature off the presence list gets hulls only while
 * rivals are remembered there.
 */
final class Allocation {
  private final SeaStateSim sim;
  private final Command command;
  private final Policy.Allocation spec;
  private final Nation nation;
  private final int nationIndex;
  private final List<Place> features = new ArrayList<>();
  private final double[] rivals;
  private final double[] outsiders;
  private final double[] weight;
  private final StationTask[] tasks;
  /** Features near each cell, within {@link #nearRadiusNm} (at least the standoff radius). */
  private FeatureCells near;
  private double nearRadiusNm;
  private final Map<Place, Integer> index = new HashMap<>();

  Allocation(SeaStateSim sim, Command command, Policy.Allocation spec) {
    this.sim = sim;
    this.command = command;
    this.spec = spec;
    this.nation = sim.context().scenario().nation(command.code());
    this.nationIndex = sim.context().nationIndex(command.code());
    this.nearRadiusNm = radius();
    double radius = nearRadiusNm;
    this.near = FeatureCells.of(sim.context().theater(), sim.context().scenario(), p -> radius);
    for (Place f : near.features()) {
      if (insideClaim(f) || hasTask(f)) {
        index.put(f, features.size());
        features.add(f);
      }
    }
    int n = features.size();
    rivals = new double[n];
    outsiders = new double[n];
    weight = new double[n];
    tasks = new StationTask[n];
    for (StationTask t : command.stations()) {
      Integer k = index.get(t.feature);
      if (k != null && t.type == MissionType.PRESENCE && t.agency == spec.agency() && t.continuous()) {
        tasks[k] = t;
      }
    }
  }

  /** The distance within which rivals count as at a feature: the live standoff radius (at least 1 nm). */
  private double radius() {
    return Math.max(1, sim.parameters().interdictionRadiusNm(command.code()));
  }

  /** The presence list's ships at feature {@code k} as they stand today (0 off the list). */
  private int minimum(int k) {
    return tasks[k] == null ? 0 : tasks[k].minimum;
  }

  private boolean hasTask(Place f) {
    for (StationTask t : command.stations()) {
      if (t.feature == f && t.type == MissionType.PRESENCE && t.agency == spec.agency()) {
        return true;
      }
    }
    return false;
  }

  private boolean insideClaim(Place f) {
    int cell = sim.routes.cellOf(f);
    return switch (nation.claim()) {
      case DASHED_LINE -> sim.context().theater().insideDashedLine(cell);
      case EEZ -> nation.code().equals(sim.context().theater().eezOwnerCode(cell));
      case NONE -> false;
    };
  }

  /** Remembers today's picture and sets each feature's ships for the day. */
  void plan() {
    observe();
    int budget = sim.parameters().allocationShips(command.code());
    int extra = budget;
    double total = 0;
    CooperationRules rules = sim.rules();
    double wPresence = sim.parameters().escalation().wPresence();
    for (int k = 0; k < features.size(); k++) {
      extra -= minimum(k);
      Place f = features.get(k);
      boolean listed = tasks[k] != null && tasks[k].minimum > 0;
      if (!listed && rivals[k] < 0.05) {
        weight[k] = 0;
        continue;
      }
      int cap = rules.deescalationCapAt(nation.code(), f.id());
      double value = cap < 0 ? 1 : (1 + cap) / 8.0;
      weight[k] = sim.parameters().stake(nation.code(), f.id()) * (1 + spec.rivalWeight() * rivals[k]) * value
          / (1 + wPresence * outsiders[k]);
      total += weight[k];
    }
    int[] share = apportion(Math.max(0, extra), total);
    for (int k = 0; k < features.size(); k++) {
      int want = minimum(k) + share[k];
      if (tasks[k] == null) {
        if (want == 0) {
          continue;
        }
        tasks[k] = command.addStation(MissionType.PRESENCE, features.get(k), spec.agency(), spec.stationDays() * 24);
      }
      tasks[k].ships = want;
    }
  }

  /** Hull by hull to the feature where the next is worth most; ties to the earlier feature. */
  private int[] apportion(int extra, double total) {
    int n = features.size();
    int[] share = new int[n];
    if (total <= 0) {
      return share;
    }
    for (int h = 0; h < extra; h++) {
      int best = -1;
      double bestWorth = 0;
      for (int k = 0; k < n; k++) {
        double worth = weight[k] / (1 + minimum(k) + share[k]);
        if (worth > bestWorth) {
          best = k;
          bestWorth = worth;
        }
      }
      if (best < 0) {
        break;
      }
      share[best]++;
    }
    return share;
  }

  /** Folds today's rivals and outside navies near each feature into the memory. */
  private void observe() {
    double radius = radius();
    if (radius > nearRadiusNm) {
      nearRadiusNm = radius;
      near = FeatureCells.of(sim.context().theater(), sim.context().scenario(), p -> radius);
    }
    double keep = Math.pow(0.5, 1.0 / spec.memoryDays());
    double[] rivalsToday = new double[features.size()];
    double[] outsidersToday = new double[features.size()];
    // Other nations' vessels, nation by nation (the counts do not depend on the order).
    for (int other = 0; other < sim.nationCount(); other++) {
      if (other == nationIndex) {
        continue;
      }
      boolean outsider = sim.context().scenario().nation(sim.nationCode(other)).claim() == Claim.NONE;
      for (Vessel v : sim.commandByIndex(other).vessels()) {
        if (!v.state.atSea()) {
          continue;
        }
        Place f = radius < nearRadiusNm && near.nearestNm(v.cell) > radius ? null : near.nearest(v.cell);
        Integer k = f == null ? null : index.get(f);
        if (k == null) {
          continue;
        }
        if (outsider) {
          outsidersToday[k]++;
        } else if (!sim.rules().partners(nationIndex, other, v.hull().agency())) {
          rivalsToday[k]++;
        }
      }
    }
    for (Encounter e : sim.openEncounters()) {
      Integer k = e.contact.feature() == null ? null : index.get(e.contact.feature());
      if (k != null && (e.contact.challengerIndex() == nationIndex || e.contact.targetIndex() == nationIndex)) {
        rivalsToday[k]++;
      }
    }
    for (int k = 0; k < features.size(); k++) {
      rivals[k] = keep * rivals[k] + (1 - keep) * rivalsToday[k];
      outsiders[k] = keep * outsiders[k] + (1 - keep) * outsidersToday[k];
    }
  }
}
