package org.seastate.model;

import org.seastate.scenario.MetricSettings;

/**
 * How the public sources see the simulated sea: AIS broadcasts behind AMTI's presence counts,
 * and the reporting of incidents behind the public incident record. Its draws are keyed draws
 * of their own streams ({@link RandomDraws}), so observing never changes what happens at sea.
 */
final class ObservationModel {
  private ObservationModel() {}

  /** Whether a vessel broadcasts AIS on a day, with the given probability. */
  static boolean broadcasts(RandomDraws draws, int vesselId, int day, double probability) {
    return draws.chance(probability, RandomDraws.Stream.AIS, vesselId, day, 0);
  }

  /** Whether the incident of one side of an episode on a day becomes public, with the given probability. */
  static boolean reported(RandomDraws draws, Encounter e, int side, int day, double probability) {
    return draws.chance(probability, RandomDraws.Stream.REPORTING, e.drawKey, side, day);
  }

  /**
   * The chance that an incident at {@code level} against a nation with the given publicity
   * becomes public: the nation itself publicises it with {@code report_probability[level] ×
   * publicity}, and each witness (a partner's vessel or radar on scene) independently with
   * {@code witness_report_probability}.
   */
  static double reportProbability(MetricSettings m, int level, double publicity, int witnesses) {
    double own = m.reportProbability(level) * publicity;
    return 1 - (1 - own) * Math.pow(1 - m.witnessReport(), witnesses);
  }
}
