package org.seastate.model;

import org.seastate.scenario.MetricSettings;

/**
 * How the public sources see the simulated sea: AIS broadcasts behind AMTI's presence counts,
 * and the reporting of incidents behind the public incident record. Each draw is a uniform
 * number made from (run seed, what, when) by the SplitMix64 finaliser, so the observation
 * models never draw from the run's random generator and never change what happens at sea.
 */
final class ObservationModel {
  private ObservationModel() {}

  /** Whether a vessel broadcasts AIS on a day, with the given probability. */
  static boolean broadcasts(long seed, int vesselId, int day, double probability) {
    return unit(seed ^ 0x41495321L, vesselId, day) < probability; // "AIS!" keeps the stream apart
  }

  /** Whether the incident of an episode on a day becomes public, with the given probability. */
  static boolean reported(long seed, int episodeId, int day, double probability) {
    return unit(seed ^ 0x52455054L, episodeId, day) < probability; // "REPT"
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

  private static double unit(long stream, int id, int day) {
    long z = mix64(stream);
    z = mix64(z ^ ((long) id * 0x9E3779B97F4A7C15L));
    z = mix64(z ^ ((long) day * 0xC2B2AE3D27D4EB4FL));
    return (z >>> 11) * 0x1.0p-53;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
