package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Places;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Agreement;
import org.seastate.scenario.Effect;
import org.seastate.scenario.MissionType;

class CooperationRulesTest {
  static final LocalDate IN_FORCE = LocalDate.of(2025, 9, 11);

  private static Map<String, Agreement> agreements() {
    Map<String, Agreement> m = new LinkedHashMap<>();
    m.put("raa", new Agreement("raa", "access", List.of("JP", "PH"), Optional.empty(), IN_FORCE,
        Optional.of(LocalDate.of(2030, 1, 1)), true, List.of(
            new Effect.PortAccess("PH", List.of(), List.of("subic-bay")),
            new Effect.InfoSharing(10),
            new Effect.Capacity(List.of(), List.of(new Effect.RadarDelivery(LocalDate.of(2026, 2, 11), "PH", "subic-bay", 40))))));
    m.put("mdt", new Agreement("mdt", "treaty", List.of("US", "PH"), Optional.empty(), LocalDate.of(1952, 8, 27),
        Optional.empty(), true, List.of(new Effect.DefenseCommitment("US", "PH", 1.0, EnumSet.of(Agency.NAVY, Agency.COAST_GUARD), 7))));
    m.put("arrangement", new Agreement("arrangement", "rivals", List.of("CN", "PH"), Optional.empty(),
        LocalDate.of(2024, 7, 21), Optional.empty(), true, List.of(new Effect.Deescalation(2,
            Set.of(MissionType.RESUPPLY), List.of("second-thomas-shoal"), 12, 0.8))));
    return m;
  }

  private static CooperationRules on(LocalDate date, Map<String, Boolean> switches) {
    return new CooperationRules(agreements(), switches, date, List.of("CN", "PH", "JP", "US"));
  }

  @Test
  void portsOpenToGuestsOnlyWhileTheAgreementHolds() {
    var subic = Places.standard().get("subic-bay");
    assertThat(on(IN_FORCE.minusDays(1), Map.of()).mayUsePort("JP", subic)).isFalse();
    assertThat(on(IN_FORCE, Map.of()).mayUsePort("JP", subic)).isTrue();
    assertThat(on(IN_FORCE, Map.of("raa", false)).mayUsePort("JP", subic)).isFalse();
    assertThat(on(LocalDate.of(2030, 1, 1), Map.of()).mayUsePort("JP", subic)).as("end is exclusive").isFalse();
    assertThat(on(IN_FORCE, Map.of()).mayUsePort("PH", subic)).as("the host's own port").isTrue();
    assertThat(on(IN_FORCE, Map.of()).mayUsePort("US", subic)).isFalse();
  }

  @Test
  void partnersShareAPictureButRivalsWithAnArrangementAreNotPartners() {
    CooperationRules r = on(IN_FORCE, Map.of());
    assertThat(r.partners("JP", "PH")).isTrue();
    assertThat(r.partners(2, 1)).isTrue();
    assertThat(r.partners("CN", "PH")).isFalse();
    assertThat(r.sharesPicture("JP", "PH")).isTrue();
    assertThat(r.sharesPicture("US", "PH")).isFalse();
    assertThat(r.detectionBonusNm("PH")).isEqualTo(10);
    assertThat(r.detectionBonusNm("US")).isZero();
  }

  @Test
  void commitmentsCoverOnlyTheirAgenciesAndOnlyFromTheirThreshold() {
    CooperationRules r = on(IN_FORCE, Map.of());
    double[] byLevel = new double[8];
    r.commitmentsByLevel("PH", Agency.COAST_GUARD, byLevel);
    assertThat(byLevel).containsExactly(0, 0, 0, 0, 0, 0, 0, 1.0);
    r.commitmentsByLevel("PH", Agency.SUPPLY, byLevel);
    assertThat(byLevel).containsOnly(0);
    r.commitmentsByLevel("JP", Agency.NAVY, byLevel);
    assertThat(byLevel).containsOnly(0);
  }

  @Test
  void partnershipIsPerAgencyAndAnArrangementBetweenRivalsMakesNone() {
    CooperationRules r = on(IN_FORCE, Map.of());
    int cn = 0;
    int ph = 1;
    int jp = 2;
    int us = 3;
    // Information sharing (the RAA here) covers every agency of the parties.
    assertThat(r.partners(ph, jp, Agency.COAST_GUARD)).isTrue();
    assertThat(r.partners(ph, jp, Agency.NAVY)).isTrue();
    // The MDT covers the guarantor's navy for the protectee, and the covered agencies the other way.
    assertThat(r.partners(ph, us, Agency.NAVY)).isTrue();
    assertThat(r.partners(ph, us, Agency.COAST_GUARD)).isFalse();
    assertThat(r.partners(us, ph, Agency.COAST_GUARD)).isTrue();
    assertThat(r.partners(us, ph, Agency.SUPPLY)).isFalse();
    assertThat(r.partners(cn, ph, Agency.COAST_GUARD)).isFalse();
  }

  @Test
  void capsBindBothRivalsForTheirMissionsAndPlacesOnly() {
    CooperationRules r = on(IN_FORCE, Map.of());
    assertThat(r.caps("CN", "PH", MissionType.RESUPPLY, (ids, radius) -> true)).hasSize(1);
    assertThat(r.caps("PH", "CN", MissionType.RESUPPLY, (ids, radius) -> true)).hasSize(1);
    assertThat(r.caps("CN", "PH", MissionType.PRESENCE, (ids, radius) -> true)).isEmpty();
    assertThat(r.caps("CN", "PH", MissionType.RESUPPLY, (ids, radius) -> false)).isEmpty();
    assertThat(r.caps("CN", "VN", MissionType.RESUPPLY, (ids, radius) -> true)).isEmpty();
  }

  @Test
  void radarsWorkFromTheirDeliveryDate() {
    assertThat(on(LocalDate.of(2026, 2, 10), Map.of()).radars()).isEmpty();
    assertThat(on(LocalDate.of(2026, 2, 11), Map.of()).radars()).hasSize(1);
    assertThat(on(LocalDate.of(2026, 2, 11), Map.of("raa", false)).radars()).isEmpty();
  }
}
