package org.seastate.model;

import org.seastate.scenario.EscalationSettings;

/**
 * The choice of an act on the escalation ladder: 0 monitor, 1 radio challenge, 2 shadow,
 * 3 block / dangerous manoeuvre, 4 water cannon / laser / acoustic device, 5 collision /
 * ramming, 6 boarding / seizure, 7 armed clash.
 *
 * <p>Each hour of an episode each side picks level {@code l} among its feasible ones with
 * probability proportional to {@code exp(λ·U(l))}, a logit quantal response (McKelvey and
 * Palfrey 1995), where
 *
 * <pre>
 * U(l) = resolve·stake·share·effect[l]                       what the act achieves
 *      + reciprocity·(opponent's last act)·l / 49            matching the opponent (reciprocity)
 *      − (1 − riskTolerance)·risk[l]·exposure·targetRisk     what it may cost
 *      − w_commitment·Σ strength of commitments with threshold ≤ l
 * </pre>
 *
 * {@code share} is 1 in an interception (a mission is being denied) and {@code standoff_gain}
 * in a standoff (ships that only stay); {@code targetRisk} depends on the agency of the vessel acted against (warships are
 * expensive to coerce); {@code exposure = base_risk + w_presence·witnesses +
 * w_visibility·visibility}. A defence commitment costs nothing below its threshold rung and a
 * lot at and above it, so coercion gathers just below the threshold. A side climbs at most one
 * rung an hour (its own last act is the episode's memory); it may drop any number. Not
 * thread-safe: one ladder per simulation.
 */
public final class EscalationLadder {
  public static final int LEVELS = EscalationSettings.MAX_LEVEL + 1;

  /**
   * What one side knows when it chooses. A mutable scratch object the caller fills and the
   * ladder reads, so an hour of play allocates nothing.
   */
  public static final class Situation {
    public double resolve;
    public double stake;
    public double riskTolerance;
    /** Share of the gain of coercion: 1 in an interception, standoff_gain in a standoff. */
    public double gainShare = 1;
    /** Multiplier of risk for the agency of the vessel acted against. */
    public double targetRisk = 1;
    /** Third parties watching on the target's behalf (also read by the reporting model). */
    public int witnesses;
    /** base_risk + w_presence·witnesses + w_visibility·visibility. */
    public double exposure;
    /** Summed strength of the defence commitments that cover the target at each level. */
    public final double[] commitment = new double[LEVELS];
    /** The opponent's act in the last hour. */
    public int opponentLast;
    /** This side's act in the last hour. */
    public int ownLast;
    /** Highest feasible level (rules of engagement, capabilities, de-escalation caps). */
    public int maxLevel;
    /** Levels the side's vessels can carry out (index = level; 0 always). */
    public final boolean[] feasible = new boolean[LEVELS];

    /** Clears the commitments (no commitment covers the target). */
    public void noCommitment() {
      java.util.Arrays.fill(commitment, 0);
    }
  }

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

  /** The cost multiplier of escalating in front of {@code witnesses} third-party observers. */
  public double exposure(double witnesses) {
    return settings.baseRisk() + settings.wPresence() * witnesses
        + settings.wVisibility() * settings.visibility();
  }

  /** Utility of a level for a side in a situation. */
  public double utility(int level, Situation s) {
    return s.resolve * s.stake * s.gainShare * settings.effect(level)
        + settings.reciprocity() * s.opponentLast * level / 49.0
        - (1 - s.riskTolerance) * settings.risk(level) * s.exposure * s.targetRisk
        - settings.wCommitment() * s.commitment[level];
  }

  /** Highest level the side may choose this hour: feasible, and at most one rung above its last. */
  private static int top(Situation s) {
    return Math.min(s.maxLevel, Math.min(EscalationSettings.MAX_LEVEL, s.ownLast + 1));
  }

  private static boolean allowed(Situation s, int level, int top) {
    return level <= top && (level == 0 || s.feasible[level]);
  }

  /** Draws a level with the uniform number {@code uniform} in [0, 1). */
  public int choose(Situation s, double uniform) {
    double total = fill(s);
    double u = uniform * total;
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
  public double[] probabilities(Situation s) {
    double total = fill(s);
    double[] p = new double[LEVELS];
    for (int l = 0; l < LEVELS; l++) {
      p[l] = weights[l] / total;
    }
    return p;
  }

  /** Fills {@link #weights} with the unnormalised logit weights; returns their sum. */
  private double fill(Situation s) {
    double lambda = settings.rationality();
    int top = top(s);
    double best = Double.NEGATIVE_INFINITY;
    for (int l = 0; l <= top; l++) {
      if (allowed(s, l, top)) {
        best = Math.max(best, utility(l, s));
      }
    }
    double total = 0;
    for (int l = 0; l < LEVELS; l++) {
      // Subtracting the best utility keeps exp() finite for any rationality.
      double w = allowed(s, l, top) ? Math.exp(lambda * (utility(l, s) - best)) : 0;
      weights[l] = w;
      total += w;
    }
    return total;
  }
}
