package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seastate.scenario.Effect;
import org.seastate.scenario.FleetEntry;
import org.seastate.scenario.Scenario;

/**
 * The run's vessels: it builds every nation's fleet from the scenario in a fixed order (ids
 * and names follow it), berths each in its home port, and holds back the vessels delivered
 * later (a fleet entry's date, or an agreement's delivery) until their date comes and, for an
 * agreement, while it is enabled.
 */
final class Fleets {
  private final SeaStateSim sim;
  private final List<Vessel> vessels = new ArrayList<>();
  /** The same vessels as an array, for the loops that visit every vessel every hour. */
  private final Vessel[] byId;
  private final Map<LocalDate, List<Vessel>> deliveries = new HashMap<>();

  Fleets(SeaStateSim sim) {
    this.sim = sim;
    Scenario scenario = sim.context().scenario();
    Map<String, Integer> counters = new HashMap<>();
    for (Map.Entry<String, List<FleetEntry>> e : scenario.fleets().entrySet()) {
      String nation = e.getKey();
      for (FleetEntry f : e.getValue()) {
        for (int i = 0; i < f.count(); i++) {
          Vessel v = newVessel(nation, f.vesselClass(), f.homePort(), counters);
          if (f.from().isPresent() && f.from().get().isAfter(scenario.horizon().start())) {
            v.state = VesselState.NOT_DELIVERED;
            deliveries.computeIfAbsent(f.from().get(), d -> new ArrayList<>()).add(v);
          }
        }
      }
    }
    for (CooperationRules.Delivery d : CooperationRules.vesselDeliveries(scenario.agreements().values())) {
      Effect.VesselDelivery vd = d.vessels();
      for (int i = 0; i < vd.count(); i++) {
        Vessel v = newVessel(vd.nation(), vd.vesselClass(), vd.homePort(), counters);
        v.state = VesselState.NOT_DELIVERED;
        v.deliveredBy = d.agreementId();
        LocalDate when = vd.date().isBefore(scenario.horizon().start()) ? scenario.horizon().start() : vd.date();
        deliveries.computeIfAbsent(when, x -> new ArrayList<>()).add(v);
      }
    }
    byId = vessels.toArray(new Vessel[0]);
  }

  private Vessel newVessel(String nation, String classId, String homePortId, Map<String, Integer> counters) {
    int n = counters.merge(nation + "/" + classId, 1, Integer::sum);
    Scenario scenario = sim.context().scenario();
    Vessel v = new Vessel(new Hull(vessels.size(), nation + "-" + classId + "-" + n, nation,
        sim.context().nationIndex(nation), scenario.vesselClass(classId), scenario.place(homePortId)));
    sim.voyages.placeInPort(v, v.hull().homePort());
    vessels.add(v);
    return v;
  }

  /** Every vessel of the run, by id (delivered or not). */
  List<Vessel> vessels() {
    return vessels;
  }

  /** {@link #vessels()} as an array (not to be changed). */
  Vessel[] byId() {
    return byId;
  }

  /** Puts into service the vessels due by {@code date} (and allowed by their agreement). */
  void deliver(LocalDate date, long now) {
    for (Map.Entry<LocalDate, List<Vessel>> e : deliveries.entrySet()) {
      if (e.getKey().isAfter(date)) {
        continue;
      }
      for (Vessel v : e.getValue()) {
        boolean allowed = v.deliveredBy == null || sim.parameters.agreementEnabled(v.deliveredBy);
        if (v.state == VesselState.NOT_DELIVERED && allowed) {
          v.state = VesselState.IN_PORT;
          v.readyAt = now;
        }
      }
    }
  }
}
