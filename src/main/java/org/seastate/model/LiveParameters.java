package org.seastate.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.seastate.scenario.Agency;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.LiveParameter;
import org.seastate.scenario.LivePath;
import org.seastate.scenario.Lookup;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Scenario;

/**
 * The values of a run that may change while it goes on: those of the {@link LiveParameter}
 * registry, which says what they are, their types and ranges. Dated scenario events and the
 * GUI's Model tab change them by path; the model reads them here rather than from the
 * scenario's records, so a change takes effect from the moment it is made (the commands plan
 * with it from the next day). Every other part of the scenario is fixed for the run.
 */
public final class LiveParameters {
  private final Map<String, LiveNation> nations = new LinkedHashMap<>();
  /** The same, by nation index (the scenario's order), for the hot loops. */
  private final LiveNation[] byIndex;
  private final Map<String, Boolean> enabled = new LinkedHashMap<>();
  private EscalationSettings escalation;
  private int version;

  public LiveParameters(Scenario scenario) {
    for (Nation n : scenario.nations().values()) {
      nations.put(n.code(), new LiveNation(n, scenario.policy(n.code())));
    }
    byIndex = nations.values().toArray(new LiveNation[0]);
    scenario.agreements().forEach((id, a) -> enabled.put(id, a.enabled()));
    escalation = scenario.escalation();
  }

  /** {@link #resolve(String)} by nation index. */
  public double resolve(int nation) {
    return byIndex[nation].resolve;
  }

  /** {@link #riskTolerance(String)} by nation index. */
  public double riskTolerance(int nation) {
    return byIndex[nation].riskTolerance;
  }

  /** {@link #roeCap(String, Agency)} by nation index. */
  public int roeCap(int nation, Agency agency) {
    return byIndex[nation].roeCap[agency.ordinal()];
  }

  /** {@link #stake(String, String)} by nation index. */
  public double stake(int nation, String featureId) {
    return byIndex[nation].stake(featureId);
  }

  private LiveNation nation(String code) {
    return Lookup.known(nations, code, "id");
  }

  public double resolve(String nation) {
    return nation(nation).resolve;
  }

  public double riskTolerance(String nation) {
    return nation(nation).riskTolerance;
  }

  public double publicity(String nation) {
    return nation(nation).publicity;
  }

  /** The rules-of-engagement cap of a nation's agency as it stands now. */
  public int roeCap(String nation, Agency agency) {
    return nation(nation).roeCap[agency.ordinal()];
  }

  /** The value of a feature (or of a mission near it, null: none) to a nation. */
  public double stake(String nation, String featureId) {
    return nation(nation).stake(featureId);
  }

  /** {@link #interdictionIntensity(String)} by nation index. */
  public double interdictionIntensity(int nation) {
    return byIndex[nation].intensity;
  }

  /** {@link #interdictionRadiusNm(String)} by nation index. */
  public double interdictionRadiusNm(int nation) {
    return byIndex[nation].radiusNm;
  }

  public double interdictionIntensity(String nation) {
    return nation(nation).intensity;
  }

  /** The distance from a feature within which the nation challenges rivals (its standoff zone), nm. */
  public double interdictionRadiusNm(String nation) {
    return nation(nation).radiusNm;
  }

  /** Ships wanted by entry {@code i} of the nation's presence list (a minimum under an allocation). */
  public int presenceShips(String nation, int i) {
    return nation(nation).presenceShips[i];
  }

  public int presencePriority(String nation, int i) {
    return nation(nation).presencePriority[i];
  }

  /** Base size of swarm {@code i} of the nation's policy. */
  public int swarmVessels(String nation, int i) {
    return nation(nation).swarmVessels[i];
  }

  public double blockadeProbability(String nation, int i) {
    return nation(nation).blockadeProbability[i];
  }

  public double blockadeBandNm(String nation, int i) {
    return nation(nation).blockadeBandNm[i];
  }

  /** The budget of the nation's allocation; -1 if it has none. */
  public int allocationShips(String nation) {
    return nation(nation).allocationShips;
  }

  public boolean agreementEnabled(String id) {
    return Lookup.known(enabled, id, "id");
  }

  /** The on/off switch of every agreement, by id. */
  public Map<String, Boolean> agreementSwitches() {
    return enabled;
  }

  public EscalationSettings escalation() {
    return escalation;
  }

  /** Increases whenever a parameter changes, so views derived from them know to rebuild. */
  public int version() {
    return version;
  }

  /** Whether {@link #set} understands a path: a path of the {@link LiveParameter} registry. */
  public static boolean supports(String path) {
    return LivePath.parse(path).isPresent();
  }

  /** The current value at a live path: a Double, Integer or Boolean as the registry types it. */
  public Object get(String path) {
    LivePath p = live(path);
    return switch (p.parameter()) {
      case RESOLVE -> nation(p).resolve;
      case RISK_TOLERANCE -> nation(p).riskTolerance;
      case PUBLICITY -> nation(p).publicity;
      case ROE_CAP -> nation(p).roeCap[agency(p).ordinal()];
      case STAKE -> nation(p).stakes.get(listedStake(p));
      case DEFAULT_STAKE -> nation(p).defaultStake;
      case PRESENCE_SHIPS -> nation(p).presenceShips[index(p, nation(p).presenceShips)];
      case PRESENCE_PRIORITY -> nation(p).presencePriority[index(p, nation(p).presencePriority)];
      case SWARM_VESSELS -> nation(p).swarmVessels[index(p, nation(p).swarmVessels)];
      case BLOCKADE_PROBABILITY -> nation(p).blockadeProbability[index(p, nation(p).blockadeProbability)];
      case BLOCKADE_BAND -> nation(p).blockadeBandNm[index(p, nation(p).blockadeBandNm)];
      case INTERDICTION_INTENSITY -> nation(p).intensity;
      case INTERDICTION_RADIUS -> nation(p).radiusNm;
      case ALLOCATION_SHIPS -> nation(p).allocationShips;
      case AGREEMENT_ENABLED -> agreementEnabled(p.owner());
      case RATIONALITY, BASE_RISK, W_PRESENCE, W_COMMITMENT, W_VISIBILITY, VISIBILITY, RECIPROCITY,
          STANDOFF_GAIN, TENSION_FEEDBACK -> LiveEscalation.get(escalation, p.parameter());
    };
  }

  /**
   * Applies one {@code path = value} change.
   *
   * @throws IllegalArgumentException for a path the registry does not list or the run does not
   *     have, a value of the wrong type, or one outside the parameter's range
   */
  public void set(String path, Object value) {
    LivePath p = live(path);
    switch (p.parameter()) {
      case RESOLVE -> nation(p).resolve = number(p, value);
      case RISK_TOLERANCE -> nation(p).riskTolerance = number(p, value);
      case PUBLICITY -> nation(p).publicity = number(p, value);
      case ROE_CAP -> nation(p).roeCap[agency(p).ordinal()] = integer(p, value);
      case STAKE -> nation(p).stakes.put(listedStake(p), number(p, value));
      case DEFAULT_STAKE -> nation(p).defaultStake = number(p, value);
      case PRESENCE_SHIPS -> nation(p).presenceShips[index(p, nation(p).presenceShips)] = integer(p, value);
      case PRESENCE_PRIORITY -> nation(p).presencePriority[index(p, nation(p).presencePriority)] = integer(p, value);
      case SWARM_VESSELS -> nation(p).swarmVessels[index(p, nation(p).swarmVessels)] = integer(p, value);
      case BLOCKADE_PROBABILITY ->
          nation(p).blockadeProbability[index(p, nation(p).blockadeProbability)] = number(p, value);
      case BLOCKADE_BAND -> nation(p).blockadeBandNm[index(p, nation(p).blockadeBandNm)] = number(p, value);
      case INTERDICTION_INTENSITY -> nation(p).intensity = number(p, value);
      case INTERDICTION_RADIUS -> nation(p).radiusNm = number(p, value);
      case ALLOCATION_SHIPS -> {
        if (nation(p).allocationShips < 0) {
          throw new IllegalArgumentException(p.owner() + " has no allocation to change (" + path + ")");
        }
        nation(p).allocationShips = integer(p, value);
      }
      case AGREEMENT_ENABLED -> {
        agreementEnabled(p.owner());
        enabled.put(p.owner(), bool(path, value));
      }
      case RATIONALITY, BASE_RISK, W_PRESENCE, W_COMMITMENT, W_VISIBILITY, VISIBILITY, RECIPROCITY,
          STANDOFF_GAIN, TENSION_FEEDBACK ->
          escalation = LiveEscalation.with(escalation, p.parameter(), number(p, value));
    }
    version++;
  }

  private static LivePath live(String path) {
    return LivePath.parse(path).orElseThrow(
        () -> new IllegalArgumentException("parameter '" + path + "' cannot change during a run"));
  }

  private LiveNation nation(LivePath p) {
    return nation(p.owner());
  }

  private static Agency agency(LivePath p) {
    return Agency.valueOf(p.key().toUpperCase(Locale.ROOT));
  }

  /** The list index of a path, checked against the run's list. */
  private static int index(LivePath p, int[] list) {
    return index(p, list.length);
  }

  private static int index(LivePath p, double[] list) {
    return index(p, list.length);
  }

  private static int index(LivePath p, int size) {
    int i = p.index();
    if (i >= size) {
      throw new IllegalArgumentException(p.path() + ": " + p.owner() + " has " + size + " such entries");
    }
    return i;
  }

  /** The feature of a stakes path, which the nation must list (others take the default stake). */
  private String listedStake(LivePath p) {
    if (!nation(p).stakes.containsKey(p.key())) {
      throw new IllegalArgumentException(p.owner() + " lists no stake in '" + p.key() + "' (" + p.path()
          + "); change default_stake, or list the feature in stakes");
    }
    return p.key();
  }

  /** A number in the parameter's range. */
  private static double number(LivePath p, Object v) {
    if (v instanceof Number n) {
      return p.parameter().check(p.name(), n.doubleValue());
    }
    throw new IllegalArgumentException(p.path() + " needs a number, got '" + v + "'");
  }

  /** A whole number in the parameter's range. */
  private static int integer(LivePath p, Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return p.parameter().check(p.name(), n.intValue());
    }
    throw new IllegalArgumentException(p.path() + " needs a whole number, got '" + v + "'");
  }

  private static boolean bool(String path, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(path + " needs true or false, got '" + v + "'");
  }

  /** The escalation settings with one of the live weights changed (by its file key). */
  static EscalationSettings withEscalation(EscalationSettings e, String key, double v) {
    return LiveEscalation.with(e, LivePath.parse("escalation." + key).orElseThrow().parameter(), v);
  }
}
