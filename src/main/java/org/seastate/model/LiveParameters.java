package org.seastate.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.seastate.scenario.Agency;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;

/**
 * The parameters that may change while a run goes on: nations' resolve, risk tolerance,
 * publicity and rules-of-engagement caps, interdiction intensity, agreements' on/off switches
 * and the escalation settings. Dated scenario events and the GUI's Model tab change them; every
 * other part of the scenario is fixed for the run.
 *
 * <p>Paths are the ones sweeps use. Supported: {@code nations.X.posture.resolve},
 * {@code nations.X.posture.risk_tolerance}, {@code nations.X.posture.publicity},
 * {@code nations.X.posture.roe_cap.AGENCY} (any agency, e.g. coast_guard),
 * {@code policies.X.interdiction.intensity}, {@code agreements.ID.enabled}, and
 * {@code escalation.K} for K in rationality, base_risk, w_presence, w_commitment, w_visibility,
 * visibility, reciprocity, standoff_gain, tension_feedback.
 */
public final class LiveParameters {
  private final Map<String, Double> resolve = new LinkedHashMap<>();
  private final Map<String, Double> riskTolerance = new LinkedHashMap<>();
  private final Map<String, Double> publicity = new LinkedHashMap<>();
  /** Every agency's cap, listed or not, so that an event can change a cap that was a default. */
  private final Map<String, Map<Agency, Integer>> roeCap = new LinkedHashMap<>();
  private final Map<String, Double> intensity = new LinkedHashMap<>();
  private final Map<String, Boolean> enabled = new LinkedHashMap<>();
  private EscalationSettings escalation;
  private int version;

  public LiveParameters(Scenario scenario) {
    for (Nation n : scenario.nations().values()) {
      resolve.put(n.code(), n.posture().resolve());
      riskTolerance.put(n.code(), n.posture().riskTolerance());
      publicity.put(n.code(), n.posture().publicity());
      Map<Agency, Integer> caps = new EnumMap<>(Agency.class);
      for (Agency a : Agency.values()) {
        caps.put(a, n.posture().roeCapOf(a));
      }
      roeCap.put(n.code(), caps);
      intensity.put(n.code(), scenario.policy(n.code()).interdiction().intensity());
    }
    scenario.agreements().forEach((id, a) -> enabled.put(id, a.enabled()));
    escalation = scenario.escalation();
  }

  public double resolve(String nation) {
    return resolve.get(nation);
  }

  public double riskTolerance(String nation) {
    return riskTolerance.get(nation);
  }

  public double publicity(String nation) {
    return publicity.get(nation);
  }

  /** The rules-of-engagement cap of a nation's agency as it stands now. */
  public int roeCap(String nation, Agency agency) {
    require(roeCap, nation);
    return roeCap.get(nation).get(agency);
  }

  public double interdictionIntensity(String nation) {
    return intensity.get(nation);
  }

  public boolean agreementEnabled(String id) {
    return enabled.get(id);
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

  public void setResolve(String nation, double value) {
    change(resolve, nation, value);
  }

  public void setRiskTolerance(String nation, double value) {
    change(riskTolerance, nation, value);
  }

  /** @throws IllegalArgumentException unless {@code value} is a probability */
  public void setPublicity(String nation, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("publicity of " + nation
          + " must be a probability between 0 and 1, was " + value);
    }
    change(publicity, nation, value);
  }

  /** @throws IllegalArgumentException unless {@code level} is an escalation level 0..7 */
  public void setRoeCap(String nation, Agency agency, int level) {
    if (level < 0 || level > EscalationSettings.MAX_LEVEL) {
      throw new IllegalArgumentException("roe_cap." + agency.key() + " of " + nation
          + " must be an escalation level from 0 to " + EscalationSettings.MAX_LEVEL + ", was " + level);
    }
    require(roeCap, nation);
    roeCap.get(nation).put(agency, level);
    version++;
  }

  public void setInterdictionIntensity(String nation, double value) {
    change(intensity, nation, value);
  }

  public void setAgreementEnabled(String id, boolean value) {
    change(enabled, id, value);
  }

  /** Sets a known key's value and marks the parameters as changed. */
  private <T> void change(Map<String, T> map, String key, T value) {
    require(map, key);
    map.put(key, value);
    version++;
  }

  public void setEscalation(EscalationSettings settings) {
    this.escalation = settings;
    version++;
  }

  /** Whether {@link #set} understands a path: exactly those {@link ScenarioEvent#mayChange} allows. */
  public static boolean supports(String path) {
    return ScenarioEvent.mayChange(path);
  }

  /** Applies one {@code path = value} change. */
  public void set(String path, Object value) {
    if (!supports(path)) {
      throw new IllegalArgumentException("parameter '" + path + "' cannot change during a run");
    }
    String[] p = path.split("\\.");
    switch (p[0]) {
      case "nations" -> {
        switch (p[3]) {
          case "resolve" -> setResolve(p[1], number(path, value));
          case "risk_tolerance" -> setRiskTolerance(p[1], number(path, value));
          case "publicity" -> setPublicity(p[1], number(path, value));
          default -> setRoeCap(p[1], Agency.valueOf(p[4].toUpperCase(Locale.ROOT)), integer(path, value));
        }
      }
      case "policies" -> setInterdictionIntensity(p[1], number(path, value));
      case "agreements" -> setAgreementEnabled(p[1], bool(path, value));
      default -> setEscalation(withEscalation(escalation, p[1], number(path, value)));
    }
  }

  static EscalationSettings withEscalation(EscalationSettings e, String key, double v) {
    return new EscalationSettings(
        key.equals("rationality") ? v : e.rationality(),
        e.effect(), e.risk(),
        key.equals("base_risk") ? v : e.baseRisk(),
        key.equals("w_presence") ? v : e.wPresence(),
        key.equals("w_commitment") ? v : e.wCommitment(),
        key.equals("w_visibility") ? v : e.wVisibility(),
        key.equals("visibility") ? v : e.visibility(),
        key.equals("reciprocity") ? v : e.reciprocity(),
        key.equals("standoff_gain") ? v : e.standoffGain(),
        e.targetRisk(),
        e.blockPerEffect(), e.collisionDamage(), e.repairDays(), e.injuryProbability(),
        e.tensionPerSeverity(), e.tensionHalfLifeDays(),
        key.equals("tension_feedback") ? v : e.tensionFeedback(),
        e.stopOnCrisis());
  }

  private static <T> void require(Map<String, T> map, String key) {
    if (!map.containsKey(key)) {
      throw new IllegalArgumentException("unknown id '" + key + "'");
    }
  }

  private static double number(String path, Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(path + " needs a number, got '" + v + "'");
  }

  private static int integer(String path, Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw new IllegalArgumentException(path + " needs a whole number, got '" + v + "'");
  }

  private static boolean bool(String path, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(path + " needs true or false, got '" + v + "'");
  }
}
