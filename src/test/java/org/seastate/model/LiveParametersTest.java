package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seastate.scenario.Agency;
import org.seastate.scenario.EscalationSettings;

class LiveParametersTest {

  private final LiveParameters p = new LiveParameters(new TestWorld().build());

  @Test
  void startsFromThePosturesWithACapForEveryAgency() {
    assertThat(p.publicity("PH")).isEqualTo(0.8);
    assertThat(p.roeCap("CN", Agency.COAST_GUARD)).isEqualTo(5);
    assertThat(p.roeCap("CN", Agency.SUPPLY)).isEqualTo(2); // not listed: the default cap
    assertThat(p.roeCap("US", Agency.NAVY)).isEqualTo(3);
  }

  @Test
  void eventsSetCapsAndPublicity() {
    int before = p.version();
    p.set("nations.CN.posture.roe_cap.coast_guard", 4L);
    p.set("nations.CN.posture.roe_cap.law_enforcement", 3L);
    p.set("nations.PH.posture.publicity", 0.9);
    assertThat(p.roeCap("CN", Agency.COAST_GUARD)).isEqualTo(4);
    assertThat(p.roeCap("CN", Agency.LAW_ENFORCEMENT)).isEqualTo(3);
    assertThat(p.roeCap("CN", Agency.MILITIA)).isEqualTo(5);
    assertThat(p.roeCap("PH", Agency.COAST_GUARD)).isEqualTo(3);
    assertThat(p.publicity("PH")).isEqualTo(0.9);
    assertThat(p.publicity("CN")).isEqualTo(0.2);
    assertThat(p.version()).isEqualTo(before + 3);
  }

  @Test
  void eventsSetTheNewEscalationWeights() {
    EscalationSettings e = p.escalation();
    p.set("escalation.reciprocity", 1.5);
    p.set("escalation.standoff_gain", 0.7);
    assertThat(p.escalation().reciprocity()).isEqualTo(1.5);
    assertThat(p.escalation().standoffGain()).isEqualTo(0.7);
    assertThat(LiveParameters.withEscalation(p.escalation(), "reciprocity", e.reciprocity()))
        .isEqualTo(LiveParameters.withEscalation(e, "standoff_gain", 0.7));
  }

  @Test
  void refusesValuesOutOfRange() {
    assertThatThrownBy(() -> p.set("nations.CN.posture.roe_cap.coast_guard", 9L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roe_cap.coast_guard of CN must be an escalation level from 0 to 7, was 9");
    assertThatThrownBy(() -> p.set("nations.CN.posture.roe_cap.coast_guard", 4.5))
        .hasMessageContaining("needs a whole number");
    assertThatThrownBy(() -> p.set("nations.PH.posture.publicity", 1.5))
        .hasMessageContaining("publicity of PH must be a probability between 0 and 1, was 1.5");
    assertThatThrownBy(() -> p.set("escalation.standoff_gain", 1.5))
        .hasMessageContaining("standoff_gain must be a probability");
    assertThatThrownBy(() -> p.set("escalation.reciprocity", -1.0))
        .hasMessageContaining("reciprocity must be a number >= 0");
    assertThatThrownBy(() -> p.set("nations.CN.posture.roe_cap.coastguard", 4L))
        .hasMessageContaining("cannot change during a run");
    assertThat(p.roeCap("CN", Agency.COAST_GUARD)).isEqualTo(5);
    assertThat(p.publicity("PH")).isEqualTo(0.8);
  }
}
