package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Agreement;
import org.seastate.scenario.Capability;
import org.seastate.scenario.Claim;
import org.seastate.scenario.Effect;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.PerLevel;
import org.seastate.scenario.FleetEntry;
import org.seastate.scenario.Horizon;
import org.seastate.scenario.MetricSettings;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;
import org.seastate.scenario.Posture;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;
import org.seastate.scenario.TheaterSpec;
import org.seastate.scenario.VesselClass;

/**
 * A small world built in code for tests of mechanisms: China's coast guard and militia hold
 * Scarborough and Second Thomas; the Philippines patrols and resupplies; Japan and the United
 * States sail with the Philippines. Each test changes one thing with the {@code with…}
 * methods and compares.
 */
final class TestWorld {
  LocalDate start = LocalDate.of(2023, 1, 1);
  LocalDate end = LocalDate.of(2023, 6, 30);
  double cnIntensity = 0.8;
  double phIntensity = 0.3;
  boolean interdiction = true;
  boolean subicAccessForJp = false;
  boolean coastGuardCovered = true;
  double commitmentStrength = 1.0;
  Optional<Effect.Deescalation> deescalation = Optional.empty();
  /** Vessels a capacity-building agreement (JP to PH) delivers, if any. */
  List<Effect.VesselDelivery> deliveries = new ArrayList<>();
  boolean capacityEnabled = true;
  double cnResolve = 1.2;
  double jointPatrolsPerMonth = 2;
  List<FleetEntry> extraPh = new ArrayList<>();
  /** China's coast-guard rules-of-engagement cap. */
  int cnCoastGuardRoe = 5;
  /** Lowest rung the US–PH commitment covers. */
  int commitmentThreshold = 6;
  /** China's blockade of Second Thomas Shoal: chance a run entering the band is intercepted, and the band. */
  double blockadeProbability = 0.9;
  double blockadeBandNm = 20;
  double phPublicity = 0.8;
  List<ScenarioEvent> events = List.of();
  /** China's cutters carry guns (level 7, an armed clash, becomes feasible). */
  boolean cnArmed = false;
  /** The escalation settings, if not the default ones. */
  EscalationSettings escalationSettings = escalation();
  /** China's allocation of coast-guard hulls, if any; with it the presence list's ships are minimums. */
  Optional<Policy.Allocation> cnAllocation = Optional.empty();
  int cnScarboroughShips = 2;
  int cnSecondThomasShips = 2;
  Policy.MilitiaDynamics cnMilitia = Policy.MilitiaDynamics.NONE;
  /** Extra Philippine presence tasks (e.g. a cutter held at Sabina Shoal). */
  List<Policy.Presence> extraPhPresence = new ArrayList<>();

  static final double[] EFFECT = {0, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0};
  static final double[] RISK = {0, 0.02, 0.05, 0.12, 0.3, 0.7, 1.2, 4.0};

  static EscalationSettings escalation() {
    return escalation(RISK, false);
  }

  /** The test world's escalation settings with other risks per level, stopping at a crisis or not. */
  static EscalationSettings escalation(double[] risk, boolean stopOnCrisis) {
    return new EscalationSettings(6, PerLevel.nonNegative("effect", EFFECT), PerLevel.nonNegative("risk", risk), 0.6, 0.1, 3.0, 0.3, 0.5, 0.5, 0.3,
        Map.of(Agency.NAVY, 6.0, Agency.SUPPLY, 0.8), 0.4, 0.3, 14,
        0.05, 0.02, 30, 0.2, stopOnCrisis);
  }

  Scenario build() {
    Map<String, VesselClass> classes = new LinkedHashMap<>();
    classes.put("ccg-cutter", new VesselClass("ccg-cutter", Agency.COAST_GUARD, 15, 20, 30, 20, 4000,
        cnArmed ? EnumSet.of(Capability.WATER_CANNON, Capability.ACOUSTIC_DEVICE, Capability.BOARDING, Capability.ARMED)
            : EnumSet.of(Capability.WATER_CANNON, Capability.ACOUSTIC_DEVICE, Capability.BOARDING)));
    classes.put("militia", new VesselClass("militia", Agency.MILITIA, 10, 11, 40, 8, 500, Set.of()));
    classes.put("pcg-mrrv", new VesselClass("pcg-mrrv", Agency.COAST_GUARD, 15, 24, 20, 16, 2300, Set.of()));
    classes.put("supply", new VesselClass("supply", Agency.SUPPLY, 9, 10, 10, 6, 300, Set.of()));
    classes.put("jcg-cutter", new VesselClass("jcg-cutter", Agency.COAST_GUARD, 16, 25, 30, 20, 3500, Set.of()));
    classes.put("us-ddg", new VesselClass("us-ddg", Agency.NAVY, 16, 30, 45, 30, 9000, EnumSet.of(Capability.ARMED)));

    Map<Agency, Integer> cnCaps = Map.of(Agency.COAST_GUARD, cnCoastGuardRoe, Agency.MILITIA, 5, Agency.NAVY, 2);
    Map<Agency, Integer> phCaps = Map.of(Agency.COAST_GUARD, 3, Agency.SUPPLY, 2, Agency.NAVY, 3);
    Map<String, Nation> nations = new LinkedHashMap<>();
    nations.put("CN", new Nation("CN", "China", new Posture(cnResolve, 0.3, cnCaps, 2,
        Map.of("second-thomas-shoal", 0.9, "scarborough-shoal", 0.9), 0.5, 0.2), Claim.DASHED_LINE));
    nations.put("PH", new Nation("PH", "Philippines", new Posture(1.0, 0.2, phCaps, 2,
        Map.of("second-thomas-shoal", 1.0), 0.5, phPublicity), Claim.EEZ));
    nations.put("JP", new Nation("JP", "Japan", new Posture(0.5, 0.2, Map.of(), 2, Map.of(), 0.3, 0.2), Claim.NONE));
    nations.put("US", new Nation("US", "United States", new Posture(0.6, 0.2, Map.of(), 3, Map.of(), 0.3, 0.2), Claim.NONE));

    Map<String, List<FleetEntry>> fleets = new LinkedHashMap<>();
    fleets.put("CN", List.of(
        new FleetEntry("ccg-cutter", 10, "yulin", Optional.empty()),
        new FleetEntry("militia", 12, "mischief-reef", Optional.empty())));
    List<FleetEntry> ph = new ArrayList<>(List.of(
        new FleetEntry("pcg-mrrv", 6, "puerto-princesa", Optional.empty()),
        new FleetEntry("supply", 2, "oyster-bay", Optional.empty())));
    ph.addAll(extraPh);
    fleets.put("PH", ph);
    fleets.put("JP", List.of(new FleetEntry("jcg-cutter", 3, "naha", Optional.empty())));
    fleets.put("US", List.of(new FleetEntry("us-ddg", 2, "yokosuka", Optional.empty())));

    Map<String, Policy> policies = new LinkedHashMap<>();
    Set<Agency> cnPolice = interdiction ? Set.of(Agency.COAST_GUARD, Agency.MILITIA) : Set.of();
    policies.put("CN", new Policy(
        List.of(new Policy.Presence("scarborough-shoal", Agency.COAST_GUARD, cnScarboroughShips, 2, 14, 0),
            new Policy.Presence("second-thomas-shoal", Agency.COAST_GUARD, cnSecondThomasShips, 3, 14, 0)),
        List.of(),
        new Policy.Interdiction(interdiction ? cnIntensity : 0, cnPolice, 25),
        new Policy.Response(120, 2, false),
        Optional.empty(),
        List.of(new Policy.Swarm("second-thomas-shoal", 4, 10)),
        blockadeProbability > 0
            ? List.of(new Policy.Blockade("second-thomas-shoal", blockadeBandNm, blockadeProbability, 4))
            : List.of(),
        cnAllocation, cnMilitia));
    List<Policy.Presence> phPresence = new ArrayList<>(
        List.of(new Policy.Presence("scarborough-shoal", Agency.COAST_GUARD, 1, 1, 3, 4)));
    phPresence.addAll(extraPhPresence);
    policies.put("PH", new Policy(
        phPresence,
        List.of(new Policy.Resupply("second-thomas-shoal", "oyster-bay", 20, "supply", 2, 2,
            Agency.COAST_GUARD)),
        new Policy.Interdiction(interdiction ? phIntensity : 0,
            interdiction ? Set.of(Agency.COAST_GUARD) : Set.of(), 15),
        new Policy.Response(100, 1, true),
        Optional.empty(),
        List.of(), List.of()));
    policies.put("US", new Policy(List.of(), List.of(), Policy.Interdiction.NONE, Policy.Response.NONE,
        Optional.of(new Policy.Fonops(6, List.of("mischief-reef", "subi-reef"), Agency.NAVY)), List.of(), List.of()));

    Map<String, Agreement> agreements = new LinkedHashMap<>();
    Set<Agency> coverage = coastGuardCovered ? EnumSet.of(Agency.NAVY, Agency.COAST_GUARD) : EnumSet.of(Agency.NAVY);
    agreements.put("us-ph-mdt", new Agreement("us-ph-mdt", "Mutual Defense Treaty", List.of("US", "PH"),
        Optional.of(LocalDate.of(1951, 8, 30)), LocalDate.of(1952, 8, 27), Optional.empty(), true,
        List.of(new Effect.DefenseCommitment("US", "PH", commitmentStrength, coverage, commitmentThreshold))));
    List<Effect> raa = new ArrayList<>();
    raa.add(new Effect.JointPatrols(jointPatrolsPerMonth, List.of("scarborough-shoal"), List.of(), 1, 3, Agency.COAST_GUARD));
    if (subicAccessForJp) {
      raa.add(new Effect.PortAccess("PH", List.of("JP"), List.of("subic-bay")));
    }
    agreements.put("jp-ph", new Agreement("jp-ph", "Japan–Philippines cooperation", List.of("JP", "PH"),
        Optional.empty(), start, Optional.empty(), true, raa));
    if (!deliveries.isEmpty()) {
      agreements.put("jp-ph-capacity", new Agreement("jp-ph-capacity", "Capacity building", List.of("JP", "PH"),
          Optional.empty(), start, Optional.empty(), capacityEnabled,
          List.of(new Effect.Capacity(deliveries, List.of()))));
    }
    deescalation.ifPresent(d -> agreements.put("cn-ph-arrangement", new Agreement("cn-ph-arrangement",
        "Provisional arrangement", List.of("CN", "PH"), Optional.empty(), start, Optional.empty(), true,
        List.of(d))));

    return new Scenario("test-world", "A small world for tests", TheaterSpec.DEFAULT, new Horizon(start, end),
        Map.of(), nations, classes, fleets, policies, agreements, events, escalationSettings,
        new MetricSettings(12, Map.of(), 1));
  }

  static Effect.Deescalation capResupply(int maxLevel, double compliance) {
    return new Effect.Deescalation(maxLevel, Set.of(MissionType.RESUPPLY, MissionType.ESCORT),
        List.of("second-thomas-shoal"), 30, compliance);
  }
}
