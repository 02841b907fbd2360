package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seastate.geo.Place;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterGrid;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The simulation of one scenario with one seed, on MASON. One tick is one hour. At the start of
 * each day (order 0) dated events apply, the cooperation rules are brought up to date and each
 * nation's {@link Command} tasks its vessels; every hour (order 1) vessels move in id order,
 * policing vessels look for rivals, encounters play a round of the escalation ladder, and
 * presence is observed.
 *
 * <p>A run is a pure function of (scenario, seed): every random draw is a keyed draw of
 * {@link RandomDraws} from the run seed (never MASON's shared {@code random} stream, so common
 * random numbers pair runs), and everything iterates in a
 * fixed order. The model writes nothing; results go to {@link RunListener}s.
 *
 * <p>This class is the run's lifecycle, schedule and public views; the parts it steps do the
 * work: {@link Fleets} (the vessels and their deliveries), {@link Voyages} (each vessel's hour),
 * {@link Command} (each nation's daily tasking), {@link JointPatrols}, {@link Detection},
 * {@link Interception}, {@link Encounters} and {@link RunMetrics}.
 */
public class SeaStateSim extends SimState {
  private static final long serialVersionUID = 1L;
  /** Mean days in a month (365.25 / 12), to turn monthly rates into daily probabilities. */
  static final double DAYS_PER_MONTH = 30.4375;

  private final transient RunContext context;
  private final transient List<RunListener> listeners = new ArrayList<>();

  transient LiveParameters parameters;
  transient CooperationRules rules;
  private transient int rulesVersion = -1;
  /** The days on which the agreements' dates change the rules ({@link CooperationRules#changeDays}). */
  private transient java.util.Set<LocalDate> ruleChangeDays;
  transient Tension tension;
  transient EscalationLadder ladder;
  /** Every random choice of the run (see {@link RandomDraws}). */
  transient RandomDraws draws;
  transient Encounters encounters;
  transient Detection detection;
  transient Interception interception;
  transient RunMetrics metrics;
  transient List<Command> commands;
  transient Map<String, Command> commandByNation;
  /** Sea routes and the run's distance fields. */
  transient Routes routes;
  /** The vessels' state machine: movement, endurance, arrival, dispatch. */
  transient Voyages voyages;
  /** The fleets and the vessels delivered later. */
  transient Fleets fleets;
  /** Joint patrols of the programmes in force. */
  transient JointPatrols jointPatrols;
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

  /** A run of the scenario's whole horizon on the map {@code theater} (shared read-only). */
  public SeaStateSim(Scenario scenario, Theater theater, long seed) {
    this(new RunContext(scenario, theater), seed);
  }

  /** A run limited to its first {@code days} days. */
  public SeaStateSim(Scenario scenario, Theater theater, long seed, int days) {
    this(new RunContext(scenario, theater, days), seed);
  }

  /** A run of {@code context} from the run seed {@code seed}. */
  public SeaStateSim(RunContext context, long seed) {
    super(seed);
    this.context = context;
  }

  public void addListener(RunListener listener) {
    listeners.add(listener);
  }

  @Override
  public void start() {
    super.start();
    finished = false;
    crisisDay = null;
    Scenario scenario = context.scenario();
    parameters = new LiveParameters(scenario);
    draws = new RandomDraws(seed());
    ladder = new EscalationLadder(parameters.escalation());
    tension = new Tension(List.copyOf(scenario.nations().keySet()));
    routes = new Routes(context.theater());
    voyages = new Voyages(this, routes);
    fleets = new Fleets(this);
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
    jointPatrols = new JointPatrols(this);
    rulesVersion = -1;
    ruleChangeDays = CooperationRules.changeDays(scenario.agreements().values());
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

  // ----- the day ------------------------------------------------------------------------------

  private void startOfDay() {
    int day = dayIndex();
    LocalDate date = date();
    if (day > 0) {
      encounters.closeIncidents(); // the day's incidents count in the day's series
      metrics.endOfDay(day - 1);
    }
    if (day >= context.days() || finished) {
      finish(day);
      return;
    }
    for (ScenarioEvent e : context.scenario().events()) {
      if (e.date().equals(date)) {
        e.set().forEach(parameters::set);
      }
    }
    refreshRules(true);
    fleets.deliver(date, now());
    for (Command c : commands) {
      c.plan(date);
    }
    jointPatrols.launch();
  }

  /**
   * Rebuilds the cooperation rules if a parameter changed, or at the start of a day on which an
   * agreement's dates change them ({@code newDay}).
   */
  void refreshRules(boolean newDay) {
    if (rulesVersion != parameters.version() || (newDay && ruleChangeDays.contains(date()))) {
      Scenario scenario = context.scenario();
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
    for (Vessel v : fleets.byId()) {
      if (v.state != VesselState.IN_PORT) { // most are; a vessel in port only waits for a mission
        voyages.step(v, now);
      }
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

  // ----- shared helpers ----------------------------------------------------------------------

  TheaterGrid grid() {
    return context.theater().grid();
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

  public RunContext context() {
    return context;
  }

  /** {@link #vessels()} as an array, for the hourly loops (not to be changed). */
  Vessel[] vesselsById() {
    return fleets.byId();
  }

  /** Every vessel of the run, by id, delivered or not (null before the run starts). */
  public List<Vessel> vessels() {
    return fleets == null ? null : fleets.vessels();
  }

  public List<Encounter> openEncounters() {
    return encounters.open();
  }

  /**
   * Who is within each feature's presence radius in the current hour, by nation and agency, by
   * the rule the presence counts use (empty before the run starts); the counts themselves come
   * with each {@link DayReport}.
   */
  public List<FeaturePresence.Present> presentAtFeatures() {
    return metrics == null ? List.of() : metrics.presence.presentNow();
  }

  /** The live values: the scenario's, as dated events, {@code --set} and the GUI's knobs change them. */
  public LiveParameters parameters() {
    return parameters;
  }

  /** The cooperation rules in force, rebuilt at the next hour after a parameter changes. */
  public CooperationRules rules() {
    return rules;
  }

  public Tension tension() {
    return tension;
  }

  /** The current hour of the run (0 at the start). */
  public long now() {
    return inStep ? tick : (long) schedule.getTime();
  }

  /** 0-based day of the current tick. */
  public int dayIndex() {
    return (int) (Math.max(0, now()) / 24);
  }

  public LocalDate date() {
    return context.date(dayIndex());
  }

  public boolean isFinished() {
    return finished;
  }
}
