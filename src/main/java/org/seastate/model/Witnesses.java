package org.seastate.model;

/**
 * Who watches an episode on behalf of the side acted against: partners' vessels and radars that
 * can see it. Witnesses raise the cost of coercion (the ladder's exposure) and the chance an
 * incident becomes public (the reporting model).
 */
final class Witnesses {
  private final SeaStateSim sim;

  Witnesses(SeaStateSim sim) {
    this.sim = sim;
  }

  /**
   * Third parties watching on behalf of the victim's nation: its partners' vessels (of the
   * agencies their agreements cover) that can see the spot, within their sensor range widened
   * by any picture they share with it, and coastal radars whose picture it shares.
   */
  int count(Encounter e, int victimNation) {
    int count = 0;
    double lat = e.lat();
    double lon = e.lon();
    String side = sim.nationCode(victimNation);
    for (org.seastate.scenario.Effect.RadarDelivery r : sim.rules().radars()) {
      if (sim.rules().sharesPicture(side, r.nation())) {
        org.seastate.geo.LatLon site = sim.context().scenario().place(r.site()).position();
        if (Encounters.distanceNm(lat, lon, site.lat(), site.lon()) <= r.rangeNm()) {
          count++;
        }
      }
    }
    for (int oi = 0, n = sim.nationCount(); oi < n; oi++) {
      if (oi == victimNation || oi == e.contact.challengerIndex() || oi == e.contact.targetIndex()
          || !sim.rules().partnersAnyAgency(victimNation, oi)) {
        continue; // none of its vessels watches for the victim
      }
      double bonus = sim.rules().sharesPicture(victimNation, oi) ? sim.rules().detectionBonusNm(oi) : 0;
      for (Vessel v : sim.commandByIndex(oi).vessels()) {
        if (v.state.atSea() && sim.rules().partners(victimNation, oi, v.hull().agency())
            && Encounters.distanceNm(lat, lon, v.lat(), v.lon()) <= v.hull().type().sensorNm() + bonus) {
          count++;
        }
      }
    }
    return count;
  }
}
