package org.seastate.model;

import ec.util.MersenneTwisterFast;
import org.seastate.scenario.EscalationSettings;

/**
 * The choice of a level on the escalation ladder: 0 monitor, 1 radio challenge, 2 shadow,
 * 3 block / dangerous manoeuvre, 4 water cannon / laser / acoustic device, 5 collision /
 * ramming, 6 boarding / seizure, 7 armed clash.
 *
 * <p>A side picks level {@code l} among the feasible ones with probability proportional to
 * {@code exp(λ·U(l))} (a logit quantal response), where
 * {@code U(l) = resolve·stake·effect[l] − (1 − riskTolerance)·risk[l]·exposure} and
 * {@code exposure = baseRisk + wPresence·partnersNear + wCommitment·commitments +
 * wVisibility·visibility}. Not thread-safe: one ladder per simulation.
 */
public final class EscalationLadder {
  public static final int LEVELS = EscalationSettings.MAX_LEVEL + 1;

  private EscalationSettings settings;
  private final double[] weights = new double[LEVELS];

  public EscalationLadder(EscalationSettings settings) {
    this.settings = settings;
  }

  public EscalationSettings settings() {
    return settings;
  }

  /** Replaces the settings (a dated event or the GUI changed them). */
  public void setSettings(EscalationSettings settings) {
    this.settings = settings;
  }

  /** The cost multiplier of escalating against a target, before risk tolerance. */
  public double exposure(double partnersNear, double commitments) {
    return settings.baseRisk()
        + settings.wPresence() * partnersNear
        + settings.wCommitment() * commitments
        + settings.wVisibility() * settings.visibility();
  }

  /** Utility of a level for a side. */
  public double utility(int level, double resolve, double stake, double riskTolerance, double exposure) {
    return resolve * stake * settings.effect(level)
        - (1 - riskTolerance) * settings.risk(level) * exposure;
  }

  /**
   * Draws a level.
   *
   * @param maxLevel highest level allowed (rules of engagement, capabilities, caps)
   * @param feasible which levels the side's vessels can carry out (index = level)
   * @return the chosen level, 0 if nothing above monitoring is feasible
   */
  public int choose(
      double resolve,
      double stake,
      double riskTolerance,
      double exposure,
      int maxLevel,
      boolean[] feasible,
      MersenneTwisterFast random) {
    double lambda = settings.rationality();
    double best = Double.NEGATIVE_INFINITY;
    for (int l = 0; l <= maxLevel; l++) {
      if (l == 0 || feasible[l]) {
        best = Math.max(best, utility(l, resolve, stake, riskTolerance, exposure));
      }
    }
    double total = 0;
    for (int l = 0; l < LEVELS; l++) {
      double w = 0;
      if (l <= maxLevel && (l == 0 || feasible[l])) {
        // Subtracting the best utility keeps exp() finite for any rationality.
        w = Math.exp(lambda * (utility(l, resolve, stake, riskTolerance, exposure) - best));
      }
      weights[l] = w;
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int l = 0; l < LEVELS; l++) {
      u -= weights[l];
      if (u < 0 && weights[l] > 0) {
        return l;
      }
    }
    for (int l = LEVELS - 1; l >= 0; l--) {
      if (weights[l] > 0) {
        return l;
      }
    }
    return 0;
  }

  /** Probability of each level under the same rule (for tests and inspectors). */
  public double[] probabilities(
      double resolve, double stake, double riskTolerance, double exposure, int maxLevel, boolean[] feasible) {
    double lambda = settings.rationality();
    double[] p = new double[LEVELS];
    double best = Double.NEGATIVE_INFINITY;
    for (int l = 0; l <= maxLevel; l++) {
      if (l == 0 || feasible[l]) {
        best = Math.max(best, utility(l, resolve, stake, riskTolerance, exposure));
      }
    }
    double total = 0;
    for (int l = 0; l <= maxLevel; l++) {
      if (l == 0 || feasible[l]) {
        p[l] = Math.exp(lambda * (utility(l, resolve, stake, riskTolerance, exposure) - best));
        total += p[l];
      }
    }
    for (int l = 0; l < LEVELS; l++) {
      p[l] /= total;
    }
    return p;
  }
}
