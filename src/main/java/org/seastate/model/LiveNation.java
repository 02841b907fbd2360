package org.seastate.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;

/**
 * The live posture and policy values of one nation, as they stand now: arrays by list index
 * and agency, so that the model reads them as cheaply as the records they start from.
 */
final class LiveNation {
  double resolve;
  double riskTolerance;
  double publicity;
  /** Every agency's cap, listed or not, so that an event can change a cap that was a default. */
  final int[] roeCap = new int[Agency.values().length];
  final Map<String, Double> stakes;
  double defaultStake;
  final int[] presenceShips;
  final int[] presencePriority;
  final int[] swarmVessels;
  final double[] blockadeProbability;
  final double[] blockadeBandNm;
  double intensity;
  double radiusNm;
  /** The allocation's budget; -1 without an allocation. */
  int allocationShips;

  LiveNation(Nation n, Policy p) {
    resolve = n.posture().resolve();
    riskTolerance = n.posture().riskTolerance();
    publicity = n.posture().publicity();
    for (Agency a : Agency.values()) {
      roeCap[a.ordinal()] = n.posture().roeCapOf(a);
    }
    stakes = new LinkedHashMap<>(n.posture().stakes());
    defaultStake = n.posture().defaultStake();
    presenceShips = p.presence().stream().mapToInt(Policy.Presence::ships).toArray();
    presencePriority = p.presence().stream().mapToInt(Policy.Presence::priority).toArray();
    swarmVessels = p.swarms().stream().mapToInt(Policy.Swarm::vessels).toArray();
    blockadeProbability = p.blockades().stream().mapToDouble(Policy.Blockade::probability).toArray();
    blockadeBandNm = p.blockades().stream().mapToDouble(Policy.Blockade::bandNm).toArray();
    intensity = p.interdiction().intensity();
    radiusNm = p.interdiction().radiusNm();
    allocationShips = p.allocation().map(Policy.Allocation::ships).orElse(-1);
  }

  double stake(String featureId) {
    Double v = featureId == null ? null : stakes.get(featureId);
    return v == null ? defaultStake : v;
  }
}
