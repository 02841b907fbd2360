package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seastate.geo.DistanceField;
import org.seastate.geo.OffMapEntry;
import org.seastate.geo.Place;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterGrid;
import org.seastate.scenario.Effect;
import org.seastate.scenario.FleetEntry;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The simulation of one scenario with one seed, on MASON. One tick is one hour. At the start of
 * each day (order 0) dated events apply, the cooperation rules are rebuilt and each nation's
 * {@link Command} tasks its vessels; every hour (order 1) vessels move in id order, policing
 * vessels look for rivals, encounters play a round of the escalation ladder, and presence is
 * observed.
 *
 * <p>A run is a pure function of (scenario, seed): every random draw is a keyed draw of
 * {@link RandomDraws} from the run seed (never MASON's shared {@code random} stream, so common
 * random numbers pair runs), and everything iterates in a
 * fixed order. The model writes nothing; results go to {@link RunListener}s.
 */
public class SeaStateSim extends SimState {
  private static final long serialVersionUID = 1L;
  /** Mean days in a month (365.25 / 12), to turn monthly rates into daily probabilities. */
  static final double DAYS_PER_MONTH = 30.4375;

  private final transient Scenario scenario;
  private final transient Theater theater;
  private final transient List<RunListener> listeners = new ArrayList<>();
  private final int days;

  transient LiveParameters parameters;
  transient CooperationRules rules;
  private transient int rulesVersion = -1;
  transient Tension tension;
  transient EscalationLadder ladder;
  /** Every random choice of the run (see {@link RandomDraws}). */
  transient RandomDraws draws;
  transient Encounters encounters;
  transient Detection detection;
  transient Interception interception;
  transient RunMetrics metrics;
  transient List<Vessel> vessels;
  transient List<Command> commands;
  transient Map<String, Command> commandByNation;
  private transient FieldCache fieldsByCell;
  private transient Map<LocalDate, List<Vessel>> deliveries;
  private transient int nextMissionId;
  private transient Stoppable hourly;
  private transient Stoppable daily;
  private transient boolean finished;
  private transient Integer crisisDay;
  /**
   * The schedule's time as a whole hour while a step of this model runs (MASON's
   * {@code Schedule.getTime()} takes a lock, and the hot loops ask for the hour often).
   */
  private transient long tick;
  private transient boolean inStep;
  /** Commands by nation index (the scenario's nation order). */
  private transient Command[] commandByIndex;
  /**
   * Counts the times a vessel was set sailing (in transit or on station) outside its own hourly
   * step, so detection knows when the list of vessels at sea it took may be incomplete.
   */
  transient int sailings;

  /**
   * @param scenario the world
   * @param theater the map (shared read-only between runs)
   * @param seed the run seed
   */
  public SeaStateSim(Scenario scenario, Theater theater, long seed) {
    this(scenario, theater, seed, scenario.horizon().days());
  }

  /** A run limited to its first {@code days} days. */
  public SeaStateSim(Scenario scenario, Theater theater, long seed, int days) {
    super(seed);
    if (days < 1 || days > scenario.horizon().days()) {
      throw new IllegalArgumentException(
          "days must be between 1 and " + scenario.horizon().days() + ", was " + days);
    }
    this.scenario = scenario;
    this.theater = theater;
    this.days = days;
  }

  public void addListener(RunListener listener) {
    listeners.add(listener);
  }

  @Override
  public void start() {
    super.start();
    finished = false;
    crisisDay = null;
    nextMissionId = 0;
    fieldsByCell = new FieldCache();
    parameters = new LiveParameters(scenario);
    draws = new RandomDraws(seed());
    ladder = new EscalationLadder(parameters.escalation());
    tension = new Tension(List.copyOf(scenario.nations().keySet()));
    vessels = new ArrayList<>();
    deliveries = new HashMap<>();
    createFleets();
    commands = new ArrayList<>();
    commandByNation = new HashMap<>();
    for (Nation n : scenario.nations().values()) {
      Command c = new Command(this, n);
      commands.add(c);
      commandByNation.put(n.code(), c);
    }
    commandByIndex = commands.toArray(new Command[0]);
    encounters = new Encounters(this);
    detection = new Detection(this, encounters);
    interception = new Interception(this, encounters, detection);
    metrics = new RunMetrics(this);
    refreshRules(true);
    daily = schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> step(true), 24.0);
    hourly = schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> step(false), 1.0);
  }

  /** One scheduled step, with the hour cached for its duration. */
  private void step(boolean day) {
    tick = (long) schedule.getTime();
    inStep = true;
    try {
      if (day) {
        startOfDay();
      } else {
        hour();
      }
    } finally {
      inStep = false;
    }
  }

  // ----- setup ------------------------------------------------------------------------------

  private void createFleets() {
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
  }

  private Vessel newVessel(String nation, String classId, String homePortId, Map<String, Integer> counters) {
    int n = counters.merge(nation + "/" + classId, 1, Integer::sum);
    Vessel v = new Vessel(vessels.size(), nation + "-" + classId + "-" + n, nation,
        nationIndex(nation), scenario.vesselClass(classId), scenario.place(homePortId));
    placeInPort(v, v.homePort());
    vessels.add(v);
    return v;
  }

  void placeInPort(Vessel v, Place port) {
    v.port = port;
    if (theater.isOffMap(port)) {
      OffMapEntry entry = theater.offMapEntry(port);
      v.pos[0] = entry.entry().lat();
      v.pos[1] = entry.entry().lon();
      v.cell = entry.cell();
    } else {
      int c = theater.berthCell(port);
      v.pos[0] = grid().centreLat(grid().row(c));
      v.pos[1] = grid().centreLon(grid().col(c));
      v.cell = c;
    }
  }

  // ----- the day ------------------------------------------------------------------------------

  private void startOfDay() {
    int day = dayIndex();
    LocalDate date = date();
    if (day > 0) {
      encounters.closeIncidents(); // the day's incidents count in the day's series
      metrics.endOfDay(day - 1);
    }
    if (day >= days || finished) {
      finish(day);
      return;
    }
    for (ScenarioEvent e : scenario.events()) {
      if (e.date().equals(date)) {
        e.set().forEach(parameters::set);
      }
    }
    refreshRules(true);
    deliver(date);
    for (Command c : commands) {
      c.plan(date);
    }
    launchJointPatrols();
  }

  /** Each joint patrol programme in force sails with its monthly rate (a Poisson process). */
  private void launchJointPatrols() {
    long day = now() / 24;
    int programme = 0;
    for (CooperationRules.JointPatrolProgramme p : rules.jointPatrols()) {
      programme++;
      if (!draws.chance(p.effect().perMonth() / DAYS_PER_MONTH, RandomDraws.Stream.JOINT_PATROL, programme, day, 0)) {
        continue;
      }
      List<String> area = p.effect().area();
      int pick = (int) (draws.uniform(RandomDraws.Stream.JOINT_PATROL, programme, day, 1) * area.size());
      Place where = scenario.place(area.get(pick));
      int nationsSailing = 0;
      for (String code : p.participants()) {
        Command c = commandByNation.get(code);
        if (c != null && c.joinPatrol(p, where) > 0) {
          nationsSailing++;
        }
      }
      if (nationsSailing >= 2) {
        metrics.jointPatrol();
      }
    }
  }

  private void deliver(LocalDate date) {
    for (Map.Entry<LocalDate, List<Vessel>> e : deliveries.entrySet()) {
      if (e.getKey().isAfter(date)) {
        continue;
      }
      for (Vessel v : e.getValue()) {
        boolean allowed = v.deliveredBy == null || parameters.agreementEnabled(v.deliveredBy);
        if (v.state == VesselState.NOT_DELIVERED && allowed) {
          v.state = VesselState.IN_PORT;
          v.readyAt = now();
        }
      }
    }
  }

  /** Rebuilds the cooperation rules if a parameter changed (or once a day when forced). */
  void refreshRules(boolean force) {
    if (force || rulesVersion != parameters.version()) {
      rules = new CooperationRules(scenario.agreements(), parameters.agreementSwitches(), date(),
          List.copyOf(scenario.nations().keySet()));
      ladder.setSettings(parameters.escalation());
      rulesVersion = parameters.version();
    }
  }

  private void hour() {
    if (finished) {
      return;
    }
    refreshRules(false);
    long now = now();
    for (int i = 0, n = vessels.size(); i < n; i++) {
      stepVessel(vessels.get(i), now);
    }
    detection.index();
    interception.step();
    detection.detect();
    encounters.step();
    metrics.observeHour();
    tension.decay(1, parameters.escalation().tensionHalfLifeDays());
  }

  private void finish(int daysDone) {
    if (hourly != null) {
      hourly.stop();
      daily.stop();
      hourly = null;
      encounters.closeAll();
      RunSummary summary = metrics.summary(daysDone, Optional.ofNullable(crisisDay));
      for (RunListener l : listeners) {
        l.finished(summary);
      }
    }
    finished = true;
  }

  /** Called by encounters when an armed clash happens. */
  void crisis() {
    if (crisisDay == null) {
      crisisDay = dayIndex();
    }
    if (parameters.escalation().stopOnCrisis()) {
      finished = true;
    }
  }

  /** Runs the whole horizon (or until a crisis stops it). */
  public RunSummary runToEnd() {
    RunSummary[] out = new RunSummary[1];
    addListener(new RunListener() {
      @Override
      public void finished(RunSummary summary) {
        out[0] = summary;
      }
    });
    start();
    while (out[0] == null && schedule.step(this)) {
      // step until the daily step finishes the run
    }
    super.finish();
    return out[0];
  }

  // ----- vessels ------------------------------------------------------------------------------

  void stepVessel(Vessel v) {
    stepVessel(v, now());
  }

  private void stepVessel(Vessel v, long now) {
    switch (v.state) {
      case IN_PORT, NOT_DELIVERED -> { }
      case REPAIRING -> {
        if (now >= v.repairUntil) {
          v.state = VesselState.IN_PORT;
          v.damaged = false;
          v.readyAt = now;
        }
      }
      case OFF_MAP -> {
        if (now >= v.offMapUntil) {
          if (v.inbound) {
            v.state = VesselState.TRANSIT;
          } else {
            arriveInPort(v, now);
          }
        }
      }
      case TRANSIT -> {
        if (checkEndurance(v, now)) {
          return;
        }
        double speed = v.speedKn() * v.impede;
        if (v.impede < 1 && v.mission != null && v.mission.type() == MissionType.RESUPPLY
            && v.mission.resupply() != null) {
          v.mission.resupply().delayHours += 1 - v.impede; // the share of this hour lost to blocking
        }
        v.impede = 1;
        if (move(v, speed)) {
          if (v.responseTo != null && v.responding) {
            encounters.responders.arrived(v);
          } else {
            arriveAtDestination(v, now);
          }
        }
      }
      case ON_STATION -> {
        if (checkEndurance(v, now)) {
          return;
        }
        // Handover: a ship whose relief has taken station leaves, even before its own time is up
        // (the relief was sent because it was due, or because its endurance was running out).
        boolean handedOver = v.relief != null && sameTask(v.relief, v)
            && v.relief.state == VesselState.ON_STATION;
        // A responder waits at the feature while the episode it was sent to lasts.
        if (v.responseTo == null && (handedOver || (now >= v.leaveAt && relievedOrAlone(v, now)))) {
          endMission(v, now);
        }
      }
      case RETURNING -> {
        if (move(v, v.speedKn())) {
          if (theater.isOffMap(v.port)) {
            v.state = VesselState.OFF_MAP;
            v.inbound = false;
            v.offMapUntil = now + (long) Math.ceil(theater.offMapTransitHours(v.port, v.type().cruiseKn()));
          } else {
            arriveInPort(v, now);
          }
        }
      }
      default -> throw new IllegalStateException("unhandled state " + v.state);
    }
  }

  /** Moves a vessel one hour along its field; true when it has arrived. */
  private boolean move(Vessel v, double speedKn) {
    double lat0 = v.pos[0];
    double lon0 = v.pos[1];
    double want = speedKn;
    double moved = v.field.advance(v.pos, want);
    v.cell = grid().cellOf(v.pos[0], v.pos[1]);
    if (moved > 0) {
      v.courseDeg = Math.toDegrees(Math.atan2(
          (v.pos[1] - lon0) * Math.cos(Math.toRadians(lat0)), v.pos[0] - lat0));
    }
    return moved + 1e-9 < want;
  }

  /** Sends a vessel home if staying longer would leave too little endurance; true if it turned. */
  private boolean checkEndurance(Vessel v, long now) {
    if (now < v.enduranceCheckAt) {
      return false; // the slack found at the last check cannot have run out yet
    }
    double hoursLeft = v.enduranceHours() - v.hoursAtSea(now);
    double needed = hoursHome(v) + Vessel.RESERVE_HOURS;
    double slack = hoursLeft - needed;
    if (slack > 0) {
      // Each hour the slack shrinks by at most one hour at sea plus the change in hours home:
      // the distance moved (at most top speed, with a margin for the route's metric) and one
      // cell's step of the distance field, at cruise speed. Checking again only once that much
      // could have gone keeps the decision on exactly the same hour as checking every hour.
      double maxLossPerHour = 1 + (v.type().maxKn() * 1.2 + 8) / v.type().cruiseKn();
      v.enduranceCheckAt = now + Math.max(1, (long) Math.floor(slack / maxLossPerHour));
      return false;
    }
    if (v.encounter != null) {
      v.encounter.leave(v);
    }
    endMission(v, now);
    return true;
  }

  /** The hour at which, staying where it is, the vessel will have to head home. */
  long enduranceDeadline(Vessel v) {
    return v.sortieStart + (long) (v.enduranceHours() - hoursHome(v) - Vessel.RESERVE_HOURS);
  }

  /** Hours to the port the vessel would return to, at cruise speed. */
  private double hoursHome(Vessel v) {
    if (v.returnField == null) {
      setReturnPort(v, v.returnPort != null ? v.returnPort : v.homePort());
    }
    return (v.returnField.distanceNm(v.cell) + v.returnExtraNm) / v.type().cruiseKn();
  }

  private void setReturnPort(Vessel v, Place p) {
    v.enduranceCheckAt = 0; // a new port or a new sortie: check from scratch
    v.returnPort = p;
    v.returnField = fieldTo(p);
    v.returnExtraNm = theater.isOffMap(p) ? theater.offMapEntry(p).distanceNm() : 0;
  }

  /** Index of a nation in the scenario's order. */
  int nationIndex(String code) {
    int i = 0;
    for (String c : scenario.nations().keySet()) {
      if (c.equals(code)) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException("unknown nation '" + code + "'");
  }

  private boolean relievedOrAlone(Vessel v, long now) {
    Mission m = v.mission;
    if (m == null) {
      return true;
    }
    if (m.type() != MissionType.PRESENCE && m.type() != MissionType.SWARM) {
      return true;
    }
    // Ships stay until a replacement arrives (FACTS.md §2.2, AMTI); the command sends one.
    if (v.relief == null) {
      return !commandByIndex[v.nationIndex].wantsRelief(v, now);
    }
    Vessel r = v.relief;
    if (!sameTask(r, v)) {
      v.relief = null; // the relief was diverted; the command will find another
      return false;
    }
    return r.state == VesselState.ON_STATION;
  }

  /** Whether two vessels serve the same standing task (a relief and the ship it relieves). */
  private static boolean sameTask(Vessel a, Vessel b) {
    return a.mission != null && b.mission != null && a.mission.task != null && a.mission.task == b.mission.task;
  }

  void arriveAtDestination(Vessel v, long now) {
    sailings++;
    Mission m = v.mission;
    if (!v.resuming) {
      metrics.transit(v, m, now - v.legStart);
    }
    v.responding = false;
    if (m == null) {
      endMission(v, now);
      return;
    }
    switch (m.type()) {
      case RESUPPLY -> commandByNation.get(v.nation()).resupplies().arrived(v, m, now);
      case RESPONSE -> endMission(v, now);
      case FONOP -> commandByNation.get(v.nation()).fonopWaypoint(v, m, now);
      default -> {
        v.state = VesselState.ON_STATION;
        if (!v.resuming) {
          v.leaveAt = now + (long) Math.ceil(m.stationHours());
        }
        v.resuming = false;
      }
    }
  }

  /** The vessel's mission is over for it: it heads for the nearest usable port. */
  void endMission(Vessel v, long now) {
    Mission m = v.mission;
    if (m != null) {
      m.vessels().remove(v);
    }
    v.mission = null;
    v.relief = null;
    v.responding = false;
    v.responseTo = null;
    v.resuming = false;
    v.encounter = null;
    v.impede = 1;
    Place port = nearestUsablePort(v);
    v.port = port;
    setReturnPort(v, port);
    v.field = v.returnField;
    v.state = VesselState.RETURNING;
  }

  private void arriveInPort(Vessel v, long now) {
    double sortie = now - v.sortieStart;
    placeInPort(v, v.port);
    if (v.damaged) {
      v.state = VesselState.REPAIRING;
      v.repairUntil = now + (long) Math.ceil(parameters.escalation().repairDays() * 24);
    } else {
      v.state = VesselState.IN_PORT;
      v.readyAt = now + (long) Math.ceil(Vessel.turnaroundHours(sortie));
    }
  }

  /** Sends a ready vessel (in port) to a mission. */
  void dispatch(Vessel v, Mission m, boolean responding) {
    sailings++;
    long now = now();
    assign(v, m, responding, now);
    v.relief = null;
    v.sortieStart = now;
    setReturnPort(v, v.port);
    if (v.state == VesselState.IN_PORT && theater.isOffMap(v.port)) {
      v.state = VesselState.OFF_MAP;
      v.inbound = true;
      v.offMapUntil = now + (long) Math.ceil(theater.offMapTransitHours(v.port, v.speedKn()));
    } else {
      v.state = VesselState.TRANSIT;
    }
  }

  /** Redirects a vessel already at sea to a new mission (keeps its sortie clock). */
  void redirect(Vessel v, Mission m, boolean responding) {
    sailings++;
    assign(v, m, responding, now());
    v.state = VesselState.TRANSIT;
  }

  /** Moves a vessel from whatever mission it had to {@code m}, on a new leg towards its destination. */
  private void assign(Vessel v, Mission m, boolean responding, long now) {
    if (v.mission != null) {
      v.mission.vessels().remove(v);
    }
    v.mission = m;
    m.vessels().add(v);
    v.responding = responding;
    v.responseTo = null;
    v.resuming = false;
    v.legStart = now;
    v.field = fieldToCell(m.destinationCell());
  }

  /**
   * Sends a vessel at sea to reinforce an encounter at top speed; it keeps its mission and goes
   * back to it when the encounter is over.
   */
  void respond(Vessel v, int cell) {
    sailings++;
    v.resuming = v.state == VesselState.ON_STATION || v.resuming;
    v.responding = true;
    v.field = fieldToCell(cell);
    v.state = VesselState.TRANSIT;
  }

  /** The usable port nearest to the vessel by sea: its own nation's, or opened to it by agreement. */
  Place nearestUsablePort(Vessel v) {
    Place best = v.homePort();
    double bestNm = portDistanceNm(v, best);
    for (Place p : commandByIndex[v.nationIndex].candidatePorts()) {
      if (p != v.homePort() && rules.mayUsePort(v.nation(), p)) {
        double d = portDistanceNm(v, p);
        if (d < bestNm) {
          best = p;
          bestNm = d;
        }
      }
    }
    return best;
  }

  private double portDistanceNm(Vessel v, Place p) {
    double d = fieldTo(p).distanceNm(v.cell);
    return theater.isOffMap(p) ? d + theater.offMapEntry(p).distanceNm() : d;
  }

  // ----- geography helpers ----------------------------------------------------------------------

  /** The navigable cell a place is reached at (its berth, or its map-edge entry if off-map). */
  int cellOf(Place p) {
    return theater.isOffMap(p) ? theater.offMapEntry(p).cell() : theater.berthCell(p);
  }

  DistanceField fieldTo(Place p) {
    return fieldToCell(cellOf(p));
  }

  DistanceField fieldToCell(int cell) {
    DistanceField f = fieldsByCell.get(cell);
    if (f == null) {
      f = theater.navigation().fieldTo(cell);
      fieldsByCell.put(cell, f);
    }
    return f;
  }

  /** Sea distance from a place to a cell, nm, including any off-map leg. */
  double seaDistanceNm(Place from, int toCell) {
    double d = fieldToCell(toCell).distanceNm(cellOf(from));
    return theater.isOffMap(from) ? d + theater.offMapEntry(from).distanceNm() : d;
  }

  TheaterGrid grid() {
    return theater.grid();
  }

  Mission newMission(MissionType type, String nation, Place place, int cell, double stationHours) {
    return new Mission(nextMissionId++, type, nation, place, cell, stationHours, now());
  }

  void emit(SeaEvent event) {
    for (RunListener l : listeners) {
      l.event(event);
    }
  }

  Command commandByIndex(int nation) {
    return commandByIndex[nation];
  }

  String nationCode(int nation) {
    return commandByIndex[nation].code();
  }

  int nationCount() {
    return commandByIndex.length;
  }

  void emit(DayReport report) {
    for (RunListener l : listeners) {
      l.day(report);
    }
  }

  // ----- views --------------------------------------------------------------------------------

  public Scenario scenario() {
    return scenario;
  }

  public Theater theater() {
    return theater;
  }

  public List<Vessel> vessels() {
    return vessels;
  }

  public CooperationRules rules() {
    return rules;
  }

  public LiveParameters parameters() {
    return parameters;
  }

  public Tension tension() {
    return tension;
  }

  public List<Encounter> openEncounters() {
    return encounters.open();
  }

  /** The current hour of the run (0 at the start). */
  public long now() {
    return inStep ? tick : (long) schedule.getTime();
  }

  /** Days this run simulates. */
  public int days() {
    return days;
  }

  /** 0-based day of the current tick. */
  public int dayIndex() {
    return (int) (Math.max(0, now()) / 24);
  }

  public LocalDate date() {
    return scenario.horizon().start().plusDays(dayIndex());
  }

  public boolean isFinished() {
    return finished;
  }
}
