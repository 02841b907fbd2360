package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Policy;

/**
 * A command's resupply programmes: every cadence it sends supply boats and escorts to an
 * outpost, counts each boat through or turned back, and settles the run when every boat has
 * (or when it has been held up too long).
 */
final class Resupplies {
  /** Hours a supply boat spends unloading at the outpost (assumption, see ODD). */
  static final double UNLOADING_HOURS = 4;
  /**
   * Days beyond a round trip after which a run whose boats are neither through nor turned back
   * gives up: a safety valve for a run held up without end (assumption, see ODD; no run in the
   * starter scenarios needs it, so it was taken out of the scenario format).
   */
  static final double GIVE_UP_DAYS = 2;

  /** A resupply programme to one outpost. */
  static final class Task {
    final Policy.Resupply spec;
    final Place outpost;
    final int cell;
    final Place from;
    long nextTick;
    ResupplyRun current;
    Mission boatsMission;

    Task(Policy.Resupply spec, Place outpost, int cell, Place from) {
      this.spec = spec;
      this.outpost = outpost;
      this.cell = cell;
      this.from = from;
    }
  }

  private final SeaStateSim sim;
  private final Command command;
  private final String code;
  private final List<Task> tasks = new ArrayList<>();

  /** The programmes of the policy; each one's first run at a random point of its first cadence. */
  Resupplies(SeaStateSim sim, Command command, List<Policy.Resupply> specs) {
    this.sim = sim;
    this.command = command;
    this.code = command.code();
    for (Policy.Resupply r : specs) {
      Place outpost = sim.context().scenario().place(r.outpost());
      Task t = new Task(r, outpost, sim.routes.cellOf(outpost), sim.context().scenario().place(r.from()));
      double u = sim.draws.uniform(RandomDraws.Stream.RESUPPLY_START, sim.context().nationIndex(code), tasks.size(), 0);
      t.nextTick = (long) (u * r.cadenceDays() * 24);
      tasks.add(t);
    }
  }

  /** The day's step of every programme. */
  void plan(long now) {
    for (Task t : tasks) {
      run(t, now);
    }
  }

  private void run(Task t, long now) {
    if (t.current != null && !t.current.done) {
      double giveUp = t.current.startTick + GIVE_UP_DAYS * 24
          + 2 * sim.routes.seaDistanceNm(t.from, t.cell) / slowest(t);
      if (now > giveUp) {
        ResupplyRun run = t.current;
        run.boatsTurnedBack = run.boatsOut - run.boatsThrough; // the boats still out give up
        finishRun(t, run);
        for (Vessel v : new ArrayList<>(t.boatsMission.vessels())) {
          sim.voyages.endMission(v, now);
        }
      }
      return;
    }
    if (now < t.nextTick) {
      return;
    }
    List<Vessel> boats = new ArrayList<>();
    for (int i = 0; i < t.spec.boats(); i++) {
      Vessel b = command.pickReady(null, t.spec.supplyClass(), t.cell, UNLOADING_HOURS);
      if (b == null) {
        break;
      }
      boats.add(b);
      b.readyAt = Long.MAX_VALUE; // reserved while the run is assembled
    }
    if (boats.isEmpty()) {
      return; // try again tomorrow
    }
    List<Vessel> escorts = new ArrayList<>();
    for (int i = 0; i < t.spec.escorts(); i++) {
      Vessel e = command.pickReady(t.spec.escortAgency(), null, t.cell, UNLOADING_HOURS);
      if (e == null) {
        break;
      }
      escorts.add(e);
      e.readyAt = Long.MAX_VALUE;
    }
    double speed = Double.POSITIVE_INFINITY;
    for (Vessel v : boats) {
      speed = Math.min(speed, v.hull().type().cruiseKn());
    }
    for (Vessel v : escorts) {
      speed = Math.min(speed, v.hull().type().cruiseKn());
    }
    ResupplyRun run = new ResupplyRun(t.spec, now);
    run.boatsOut = boats.size();
    t.current = run;
    t.nextTick = now + (long) Math.ceil(t.spec.cadenceDays() * 24);
    sim.metrics.resupplyStarted(code, t.outpost.id());
    Mission boatsMission = new Mission(new Tasking(MissionType.RESUPPLY, code, t.outpost, t.cell, UNLOADING_HOURS));
    boatsMission.resupply = run;
    boatsMission.groupSpeedKn = speed;
    t.boatsMission = boatsMission;
    Mission escortMission = new Mission(new Tasking(MissionType.ESCORT, code, t.outpost, t.cell, UNLOADING_HOURS));
    escortMission.resupply = run;
    escortMission.groupSpeedKn = speed;
    for (Vessel v : boats) {
      v.readyAt = now;
      sim.voyages.dispatch(v, boatsMission, false);
    }
    for (Vessel v : escorts) {
      v.readyAt = now;
      sim.voyages.dispatch(v, escortMission, false);
    }
  }

  private double slowest(Task t) {
    return t.boatsMission == null || t.boatsMission.groupSpeedKn <= 0 ? 10 : t.boatsMission.groupSpeedKn;
  }

  /** A supply boat reached its outpost: it unloads, and the run counts it through. */
  void arrived(Vessel boat, Mission m, long now) {
    ResupplyRun run = m.resupply;
    if (run != null && !run.done) {
      run.boatsThrough++;
      if (boat.encounter != null && boat.encounter.run == run) {
        boat.encounter.boatsThrough++;
      }
      settleIfDone(run);
    }
    boat.state = VesselState.ON_STATION;
    boat.leaveAt = now + (long) UNLOADING_HOURS;
  }

  /** A supply boat was turned back by a rival (or seized). */
  void turnedBack(Vessel boat) {
    Mission m = boat.mission;
    if (m == null || m.resupply == null || m.resupply.done) {
      return;
    }
    m.resupply.boatsTurnedBack++;
    settleIfDone(m.resupply);
  }

  private void settleIfDone(ResupplyRun run) {
    if (!run.allBoatsDone()) {
      return;
    }
    for (Task t : tasks) {
      if (t.current == run) {
        finishRun(t, run);
      }
    }
  }

  private void finishRun(Task t, ResupplyRun run) {
    run.done = true;
    run.outcome = run.settle();
    sim.metrics.resupplyFinished(code, t.outpost.id(), run);
  }
}
