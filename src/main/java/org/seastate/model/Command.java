package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.scenario.Agency;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;

/**
 * A nation's command: once a simulated day it turns the nation's policy into missions and
 * assigns ready vessels to them by priority and distance. It keeps ships on station at
 * features ({@link StationTask}) and sends a relief before the one on station leaves, and runs
 * its resupply programmes ({@link Resupplies}), its allocation of hulls ({@link Allocation}), its
 * militia swarms ({@link MilitiaSwarms}) and its freedom-of-navigation transits ({@link Fonops}).
 * Joint patrols ({@link JointPatrols}) and reinforcements ({@link Responders}) borrow its choice
 * of a ready ship ({@link #pickReady}).
 */
final class Command {
  /** Margin added to a relief's transit when deciding to send it, hours (assumption, see ODD). */
  static final double RELIEF_MARGIN_HOURS = 24;

  private final SeaStateSim sim;
  private final Nation nation;
  private final Policy policy;
  /** The nation's vessels, by id. */
  private final Vessel[] own;
  private final List<StationTask> stations = new ArrayList<>();
  private final Resupplies resupplies;
  private final List<Place> candidatePorts;
  private final Allocation allocation;
  private final MilitiaSwarms militia;
  private final Fonops fonops;
  /** The version of the live parameters the station tasks were last brought up to. */
  private int syncedVersion = -1;

  Command(SeaStateSim sim, Nation nation) {
    this.sim = sim;
    this.nation = nation;
    this.policy = sim.context().scenario().policy(nation.code());
    List<Vessel> ownList = new ArrayList<>();
    for (Vessel v : sim.vessels()) {
      if (v.hull().nation().equals(nation.code())) {
        ownList.add(v);
      }
    }
    this.own = ownList.toArray(new Vessel[0]);
    for (int i = 0; i < policy.presence().size(); i++) {
      Policy.Presence p = policy.presence().get(i);
      Place f = sim.context().scenario().place(p.feature());
      stations.add(new StationTask(MissionType.PRESENCE, f, sim.routes.cellOf(f), p.agency(), i, stations.size(),
          p.ships(), p.priority(), p.stationDays() * 24, p.gapDays() * 24));
    }
    for (int i = 0; i < policy.swarms().size(); i++) {
      Policy.Swarm s = policy.swarms().get(i);
      Place f = sim.context().scenario().place(s.feature());
      stations.add(new StationTask(MissionType.SWARM, f, sim.routes.cellOf(f), Agency.MILITIA, i, stations.size(),
          s.vessels(), 0, s.stationDays() * 24, 0));
    }
    // Higher priority first; file order breaks ties.
    stations.sort(StationTask.BY_PRIORITY);
    this.resupplies = new Resupplies(sim, this, policy.resupply()); // draws each first run's time
    this.candidatePorts = List.copyOf(candidatePorts(sim, nation.code(), ownList));
    this.allocation = policy.allocation().map(a -> new Allocation(sim, this, a)).orElse(null);
    this.militia = new MilitiaSwarms(sim, sim.context().nationIndex(nation.code()), policy.militia(), stations);
    this.fonops = new Fonops(sim, this);
  }

  /** The nation's freedom-of-navigation transits. */
  Fonops fonops() {
    return fonops;
  }

  /** The resupply programmes to the nation's outposts. */
  Resupplies resupplies() {
    return resupplies;
  }

  /** The standing tasks, highest priority first (the allocation adds tasks at new features). */
  List<StationTask> stations() {
    return stations;
  }

  /** Adds a task for a feature the allocation sends hulls to; it ranks after the policy's own. */
  StationTask addStation(MissionType type, Place feature, Agency agency, double stationHours) {
    StationTask t = new StationTask(type, feature, sim.routes.cellOf(feature), agency, -1, stations.size(), 0, 0,
        stationHours, 0);
    stations.add(t);
    return t;
  }

  /** An episode this nation opened at a feature: swarms nearby may surge in answer. */
  void episodeOpened(Place feature) {
    militia.episodeNear(feature);
  }

  /** Ports this nation's vessels could ever use: home ports, own ports, ports opened to it. */
  private static Set<Place> candidatePorts(SeaStateSim sim, String code, List<Vessel> own) {
    Set<Place> ports = new LinkedHashSet<>();
    Place last = null;
    for (Vessel v : own) {
      if (v.hull().homePort() != last) { // a fleet's hulls come one after another, from one port
        last = v.hull().homePort();
        ports.add(last);
      }
    }
    for (Place p : sim.context().theater().places().ofKind(PlaceKind.PORT)) {
      if (p.holder().equals(code)) {
        ports.add(p);
      }
    }
    for (String id : CooperationRules.portsEverOpenTo(sim.context().scenario().agreements().values(), code)) {
      ports.add(sim.context().scenario().place(id));
    }
    return ports;
  }

  List<Place> candidatePorts() {
    return candidatePorts;
  }

  String code() {
    return nation.code();
  }

  Policy policy() {
    return policy;
  }

  // ----- daily planning -------------------------------------------------------------------------

  void plan(LocalDate date) {
    long now = sim.now();
    syncStations();
    if (allocation != null) {
      allocation.plan();
    }
    militia.plan();
    for (StationTask t : stations) {
      keepStation(t, now);
    }
    resupplies.plan(now);
    policy.fonops().ifPresent(f -> {
      if (sim.draws.chance(f.perYear() / 365.0, RandomDraws.Stream.SORTIE, sim.context().nationIndex(code()), now / 24, 0)) {
        fonops.launch(f, now);
      }
    });
  }

  /**
   * Brings the presence and swarm tasks up to the live parameters (ships, swarm sizes,
   * priorities) when they changed; the allocation and the swarms' dynamics then set the day's
   * numbers from these.
   */
  private void syncStations() {
    LiveParameters p = sim.parameters();
    if (p.version() == syncedVersion) {
      return;
    }
    syncedVersion = p.version();
    boolean reorder = false;
    for (StationTask t : stations) {
      if (t.entry < 0) {
        continue;
      }
      int wanted = t.type == MissionType.SWARM ? p.swarmVessels(code(), t.entry) : p.presenceShips(code(), t.entry);
      if (wanted != t.minimum) {
        t.minimum = wanted;
        t.ships = wanted;
      }
      if (t.type == MissionType.PRESENCE && p.presencePriority(code(), t.entry) != t.priority) {
        t.priority = p.presencePriority(code(), t.entry);
        reorder = true;
      }
    }
    if (reorder) {
      stations.sort(StationTask.BY_PRIORITY);
    }
  }

  private void keepStation(StationTask t, long now) {
    int before = t.assigned.size();
    t.assigned.removeIf(v -> v.mission == null || v.mission.task != t);
    if (t.ships == 0 && t.type != MissionType.SWARM) {
      return;
    }
    if (!t.continuous()) {
      patrol(t, now, before);
      return;
    }
    int counted = 0;
    List<Vessel> dueForRelief = new ArrayList<>();
    for (Vessel v : t.assigned) {
      boolean onStation = v.state == VesselState.ON_STATION;
      if (onStation && v.relief == null && departure(v) - now <= leadHours(t, v)) {
        dueForRelief.add(v);
      } else if (!(onStation && v.relief != null)) {
        counted++;
      }
    }
    for (Vessel leaving : dueForRelief) {
      if (counted >= t.ships) {
        continue; // no longer needed there: it leaves when its time is up, without a relief
      }
      Vessel r = pickReady(t.agency, null, t.cell, t.stationHours);
      if (r == null) {
        counted++; // no relief available: it stays, endurance permitting
        continue;
      }
      sendToStation(t, r);
      leaving.relief = r;
      counted++; // the relief takes the leaving ship's place
    }
    while (counted < t.ships) {
      Vessel r = pickReady(t.agency, null, t.cell, t.stationHours);
      if (r == null) {
        break;
      }
      sendToStation(t, r);
      counted++;
    }
    // A swarm that shrank (a dispersal, the end of a surge) sends its extra vessels home now.
    if (t.type == MissionType.SWARM) {
      for (int i = t.assigned.size() - 1; i >= 0 && t.assigned.size() > t.ships; i--) {
        Vessel v = t.assigned.get(i);
        t.assigned.remove(i);
        sim.voyages.endMission(v, now);
      }
    }
  }

  /** Presence as a series of patrols: sail when the last patrol has been gone long enough. */
  private void patrol(StationTask t, long now, int assignedBefore) {
    if (t.assigned.isEmpty() && assignedBefore > 0) {
      t.nextPatrol = now + (long) Math.ceil(t.gapHours);
    }
    if (!t.assigned.isEmpty() || now < t.nextPatrol) {
      return;
    }
    for (int i = 0; i < t.ships; i++) {
      Vessel r = pickReady(t.agency, null, t.cell, t.stationHours);
      if (r == null) {
        break;
      }
      sendToStation(t, r);
    }
  }

  /**
   * When a ship on station will leave: at the end of its station time, or earlier when its
   * endurance will force it home. Reliefs are timed against the earlier of the two.
   */
  private long departure(Vessel v) {
    return Math.min(v.leaveAt, sim.voyages.enduranceDeadline(v));
  }

  private double leadHours(StationTask t, Vessel onStation) {
    Hull h = onStation.hull();
    return sim.routes.seaDistanceNm(h.homePort(), t.cell) / h.type().cruiseKn() + RELIEF_MARGIN_HOURS;
  }

  private void sendToStation(StationTask t, Vessel v) {
    Mission m = new Mission(new Tasking(t.type, nation.code(), t.feature, t.cell, t.stationHours));
    m.task = t;
    t.assigned.add(v);
    sim.voyages.dispatch(v, m, false);
  }

  /** Whether a vessel on station should wait for a relief before it leaves. */
  boolean wantsRelief(Vessel v, long now) {
    StationTask t = v.mission == null ? null : v.mission.task;
    // It waits for a relief only while the task still needs it: fewer others than wanted.
    return t != null && t.continuous() && t.assigned.contains(v) && t.assigned.size() - 1 < t.ships;
  }

  /**
   * The ready vessel nearest (by sea) to a destination, of an agency or a class; null if none
   * can reach it and stay {@code stationHours} within its endurance. The distance is worked out
   * once per run of vessels in the same port (a fleet's hulls share a home port and ids).
   */
  Vessel pickReady(Agency agency, String vesselClass, int cell, double stationHours) {
    long now = sim.now();
    Vessel best = null;
    double bestNm = Double.POSITIVE_INFINITY;
    Place port = null;
    double portNm = 0;
    for (Vessel v : own) {
      if (!v.ready(now)) {
        continue;
      }
      if (agency != null && v.hull().agency() != agency) {
        continue;
      }
      if (vesselClass != null && !v.hull().type().id().equals(vesselClass)) {
        continue;
      }
      if (v.port != port) {
        port = v.port;
        portNm = sim.routes.seaDistanceNm(port, cell);
      }
      double nm = portNm;
      if (nm >= bestNm || Double.isInfinite(nm)) {
        continue;
      }
      double hours = 2 * nm / v.hull().type().cruiseKn() + Math.min(stationHours, 24) + Vessel.RESERVE_HOURS;
      if (hours <= v.enduranceHours()) {
        best = v;
        bestNm = nm;
      }
    }
    return best;
  }

  /** The nation's vessels, by id (not to be changed). */
  Vessel[] vessels() {
    return own;
  }
}
