package org.seastate.model;

import java.util.List;
import org.seastate.geo.Place;
import org.seastate.scenario.Effect;
import org.seastate.scenario.MissionType;

/**
 * Joint patrols under the agreements in force: each programme sails with its monthly rate (a
 * Poisson process, one keyed draw a day) to one feature of its area, and every participating
 * command sends its share of ready ships. It spans several commands, so it belongs to none.
 */
final class JointPatrols {
  private final SeaStateSim sim;

  JointPatrols(SeaStateSim sim) {
    this.sim = sim;
  }

  /** The day's draw for each programme in force; a patrol counts when two nations or more sail. */
  void launch() {
    long day = sim.now() / 24;
    int programme = 0;
    for (CooperationRules.JointPatrolProgramme p : sim.rules.jointPatrols()) {
      programme++;
      if (!sim.draws.chance(p.effect().perMonth() / SeaStateSim.DAYS_PER_MONTH, RandomDraws.Stream.JOINT_PATROL,
          programme, day, 0)) {
        continue;
      }
      List<String> area = p.effect().area();
      int pick = (int) (sim.draws.uniform(RandomDraws.Stream.JOINT_PATROL, programme, day, 1) * area.size());
      Place where = sim.context().scenario().place(area.get(pick));
      int nationsSailing = 0;
      for (String code : p.participants()) {
        Command c = sim.commandByNation.get(code);
        if (c != null && join(c, p, where) > 0) {
          nationsSailing++;
        }
      }
      if (nationsSailing >= 2) {
        sim.metrics.jointPatrol();
      }
    }
  }

  /** Sends up to the programme's ships per party of a command's ready vessels; returns how many went. */
  private int join(Command command, CooperationRules.JointPatrolProgramme programme, Place area) {
    Effect.JointPatrols jp = programme.effect();
    int cell = sim.routes.cellOf(area);
    int sent = 0;
    for (int i = 0; i < jp.shipsPerParty(); i++) {
      Vessel v = command.pickReady(jp.agency(), null, cell, jp.durationDays() * 24);
      if (v == null) {
        break;
      }
      Mission m = new Mission(
          new Tasking(MissionType.JOINT_PATROL, command.code(), area, cell, jp.durationDays() * 24));
      sim.voyages.dispatch(v, m, false);
      sent++;
    }
    return sent;
  }
}
