package org.seastate.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;

/**
 * The parameters that may change while a run goes on: nations' resolve and risk tolerance,
 * interdiction intensity, agreements' on/off switches and the escalation settings. Dated
 * scenario events and the GUI's Model tab change them; every other part of the scenario is
 * fixed for the run.
 *
 * <p>Paths are the ones sweeps use. Supported: {@code nations.X.posture.resolve},
 * {@code nations.X.posture.risk_tolerance}, {@code policies.X.interdiction.intensity},
 * {@code agreements.ID.enabled}, and {@code escalation.K} for K in rationality, base_risk,
 * w_presence, w_commitment, w_visibility, visibility, tension_feedback.
 */
public final class LiveParameters {
  private final Map<String, Double> resolve = new LinkedHashMap<>();
  private final Map<String, Double> riskTolerance = new LinkedHashMap<>();
  private final Map<String, Double> intensity = new LinkedHashMap<>();
  private final Map<String, Boolean> enabled = new LinkedHashMap<>();
  private EscalationSettings escalation;
  private int version;

  public LiveParameters(Scenario scenario) {
    for (Nation n : scenario.nations().values()) {
      resolve.put(n.code(), n.posture().resolve());
      riskTolerance.put(n.code(), n.posture().riskTolerance());
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
        if (p[3].equals("resolve")) {
          setResolve(p[1], number(path, value));
        } else {
          setRiskTolerance(p[1], number(path, value));
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

  private static boolean bool(String path, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(path + " needs true or false, got '" + v + "'");
  }
}
