package org.seastate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.TheaterGrid;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Capability;
import org.seastate.scenario.Claim;
import org.seastate.scenario.EscalationSettings;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;

/**
 * Detection of rivals inside a claim, and the hour-by-hour play of every open encounter on the
 * escalation ladder (see {@link EscalationLadder} for the choice rule). Owns the spatial index
 * of vessels at sea, rebuilt every hour without allocation.
 */
final class Encounters {
  /** An encounter that neither blocks nor lets through ends as a standoff after this many hours (assumption, see ODD). */
  static final int MAX_HOURS = 12;
  /** Radius within which an encounter counts as "at" a feature, nm (assumption, see ODD). */
  static final double FEATURE_RADIUS_NM = 30;
  /** Target-side vessels of the same mission within this distance join the target side, nm (assumption). */
  static final double GROUP_RADIUS_NM = 10;
  /** Size of the spatial index's buckets, degrees. */
  private static final double BUCKET_DEG = 0.5;

  private final SeaStateSim sim;
  private final List<String> nations;
  private final List<Encounter> open = new ArrayList<>();
  private int nextId;

  // spatial index: the bucket of every vessel at sea, and per nation its policing vessels at sea
  private final int bucketRows;
  private final int bucketCols;
  private final TheaterGrid grid;
  /** Bucket of each vessel (by id) when the index was built; -1 when it was not at sea. */
  private final int[] bucketOf;
  /** Per nation: ids of its vessels of a policing agency (static), increasing. */
  private final int[][] policers;
  /** Per nation: the ids in {@link #policers} that were at sea when the index was built, increasing. */
  private final int[][] policersAtSea;
  private final int[] policersAtSeaCount;
  /** Per nation: whether an agency (by ordinal) polices its claim. */
  private final boolean[][] policingAgency;
  /** Per nation: the longest sensor range of its policing vessels, nm (static). */
  private final double[] maxPolicingRange;
  /** Ids of the vessels in transit or on station when the index was built, increasing. */
  private final int[] sailing;
  private int sailingCount;

  /** Features within {@link #FEATURE_RADIUS_NM} of each cell (shared by all runs). */
  private final FeatureCells near;

  private final boolean[] feasibleC = new boolean[EscalationLadder.LEVELS];
  private final boolean[] feasibleT = new boolean[EscalationLadder.LEVELS];

  Encounters(SeaStateSim sim) {
    this.sim = sim;
    this.nations = List.copyOf(sim.scenario().nations().keySet());
    this.grid = sim.grid();
    this.bucketRows = (int) Math.ceil((grid.north() - grid.south()) / BUCKET_DEG) + 1;
    this.bucketCols = (int) Math.ceil((grid.east() - grid.west()) / BUCKET_DEG) + 1;
    this.bucketOf = new int[sim.vessels().size()];
    this.sailing = new int[sim.vessels().size()];
    int nn = nations.size();
    this.policers = new int[nn][];
    this.policersAtSea = new int[nn][];
    this.policersAtSeaCount = new int[nn];
    this.policingAgency = new boolean[nn][Agency.values().length];
    this.maxPolicingRange = new double[nn];
    for (int ni = 0; ni < nn; ni++) {
      for (Agency a : sim.scenario().policy(nations.get(ni)).interdiction().agencies()) {
        policingAgency[ni][a.ordinal()] = true;
      }
      int count = 0;
      for (Vessel v : sim.vessels()) {
        if (v.nationIndex == ni && policingAgency[ni][v.agency().ordinal()]) {
          count++;
        }
      }
      policers[ni] = new int[count];
      policersAtSea[ni] = new int[count];
      int k = 0;
      for (Vessel v : sim.vessels()) {
        if (v.nationIndex == ni && policingAgency[ni][v.agency().ordinal()]) {
          policers[ni][k++] = v.id();
          maxPolicingRange[ni] = Math.max(maxPolicingRange[ni], v.type().sensorNm());
        }
      }
    }
    for (Vessel v : sim.vessels()) {
      v.lastConsidered = new int[nations.size()];
      Arrays.fill(v.lastConsidered, -1);
    }
    near = FeatureCells.of(sim.theater(), sim.scenario(), p -> FEATURE_RADIUS_NM);
  }

  /** Local flat-earth distance in nm; accurate to well under 1% at the ranges used here. */
  static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
    double dy = (lat2 - lat1) * 60.0;
    double dx = (lon2 - lon1) * 60.0 * Math.cos(Math.toRadians((lat1 + lat2) * 0.5));
    return Math.sqrt(dx * dx + dy * dy);
  }

  List<Encounter> open() {
    return open;
  }

  /** The feature nearest a cell within {@link #FEATURE_RADIUS_NM}, or null. */
  Place featureNear(int cell) {
    return near.nearest(cell);
  }

  double featureDistanceNm(int cell) {
    return near.nearestNm(cell);
  }

  // ----- detection ----------------------------------------------------------------------------

  private int bucket(double lat, double lon) {
    int r = (int) ((lat - grid.south()) / BUCKET_DEG);
    int c = (int) ((lon - grid.west()) / BUCKET_DEG);
    r = Math.max(0, Math.min(bucketRows - 1, r));
    c = Math.max(0, Math.min(bucketCols - 1, c));
    return r * bucketCols + c;
  }

  private void index() {
    List<Vessel> vs = sim.vessels();
    int s = 0;
    for (int i = 0, n = vs.size(); i < n; i++) {
      Vessel v = vs.get(i);
      bucketOf[i] = v.state.atSea() ? bucket(v.lat(), v.lon()) : -1;
      if (v.state == VesselState.TRANSIT || v.state == VesselState.ON_STATION) {
        sailing[s++] = i;
      }
    }
    sailingCount = s;
    for (int ni = 0; ni < policers.length; ni++) {
      int[] all = policers[ni];
      int[] atSea = policersAtSea[ni];
      int k = 0;
      for (int id : all) {
        if (bucketOf[id] >= 0) {
          atSea[k++] = id;
        }
      }
      policersAtSeaCount[ni] = k;
    }
  }

  /**
   * Policing vessels look for rivals inside their nation's claim and may challenge them. The
   * search runs from the rivals' side: each candidate rival (at sea, not yet considered today by
   * this nation, inside its claim, on a mission or near a feature) looks for the lowest-id
   * policing vessel of the nation that can see it.
   */
  void detect() {
    index();
    int day = sim.dayIndex();
    List<Vessel> all = sim.vessels();
    // Candidates come from the list of sailing vessels taken by index(); if an encounter sets
    // another vessel sailing (a responder leaving port), the rest of the hour scans all vessels.
    int sailingsAtIndex = sim.sailings;
    boolean scanAll = false;
    for (int ni = 0; ni < nations.size(); ni++) {
      String code = nations.get(ni);
      Nation nation = sim.scenario().nation(code);
      Policy.Interdiction rule = sim.scenario().policy(code).interdiction();
      double intensity = sim.parameters().interdictionIntensity(code);
      if (nation.claim() == Claim.NONE || intensity <= 0 || rule.agencies().isEmpty()) {
        continue;
      }
      if (!anyPolicerFree(ni, day)) {
        // policerSeeing would find no one: during detection a policing vessel can only become
        // unable to challenge (engaged, or it challenged today), never able again
        continue;
      }
      double bonus = sim.rules().detectionBonusNm(code);
      double reach = maxPolicingRange[ni] + bonus;
      for (int k = 0, i = -1, n = all.size(); ; ) {
        if (!scanAll && sim.sailings != sailingsAtIndex) {
          scanAll = true;
        }
        if (scanAll) {
          if (++i >= n) {
            break;
          }
        } else {
          if (k >= sailingCount) {
            break;
          }
          i = sailing[k++];
        }
        Vessel t = all.get(i);
        if (t.nationIndex == ni || t.lastConsidered[ni] == day || t.encounter != null
            || !(t.state == VesselState.TRANSIT || t.state == VesselState.ON_STATION)
            || sim.rules().partners(ni, t.nationIndex)) {
          continue;
        }
        if (t.mission == null && featureDistanceNm(t.cell) > rule.radiusNm()) {
          continue;
        }
        if (!insideClaim(nation, t.cell)) {
          continue;
        }
        Vessel p = policerSeeing(t, ni, bonus, reach, day);
        if (p == null) {
          continue;
        }
        t.lastConsidered[ni] = day;
        if (sim.random.nextDouble() < intensity) {
          // A policing ship opens at most one encounter a day; a swarm is challenged as a group.
          p.lastChallengeDay = day;
          openEncounter(p, t);
        }
      }
    }
  }

  /**
   * The lowest-id policing vessel of nation {@code ni} free to challenge {@code t} and seeing it,
   * among the vessels at sea (when the index was built) in the buckets within {@code reach} of
   * the target. The nation's policing vessels at sea are kept in id order, so the first that
   * qualifies is the answer.
   */
  private Vessel policerSeeing(Vessel t, int ni, double bonus, double reach, int day) {
    int[] ids = policersAtSea[ni];
    List<Vessel> all = sim.vessels();
    boolean window = false;
    int r0 = 0;
    int r1 = 0;
    int c0 = 0;
    int c1 = 0;
    for (int k = 0, n = policersAtSeaCount[ni]; k < n; k++) {
      int id = ids[k];
      Vessel p = all.get(id);
      if (!free(p, day)) {
        continue;
      }
      if (!window) { // the window of buckets around the target, worked out when first needed
        window = true;
        int spanR = (int) Math.ceil(reach / (BUCKET_DEG * 60));
        int spanC = (int) Math.ceil(reach / (BUCKET_DEG * 60 * Math.cos(Math.toRadians(Math.abs(t.lat()) + 1))));
        int b = bucket(t.lat(), t.lon());
        int br = b / bucketCols;
        int bc = b % bucketCols;
        r0 = Math.max(0, br - spanR);
        r1 = Math.min(bucketRows - 1, br + spanR);
        c0 = Math.max(0, bc - spanC);
        c1 = Math.min(bucketCols - 1, bc + spanC);
      }
      int pb = bucketOf[id];
      int pr = pb / bucketCols;
      int pc = pb % bucketCols;
      if (pr < r0 || pr > r1 || pc < c0 || pc > c1) {
        continue;
      }
      if (distanceNm(p.lat(), p.lon(), t.lat(), t.lon()) <= p.type().sensorNm() + bonus) {
        return p;
      }
    }
    return null;
  }

  /** Whether a policing vessel may open an encounter now (it still needs to see the target). */
  private static boolean free(Vessel p, int day) {
    return p.encounter == null && !p.damaged && p.lastChallengeDay != day
        && (p.state == VesselState.ON_STATION || p.state == VesselState.TRANSIT)
        && (p.mission == null || p.mission.type() != MissionType.RESPONSE);
  }

  /** Whether any policing vessel of nation {@code ni} at sea when the index was built is {@link #free}. */
  private boolean anyPolicerFree(int ni, int day) {
    int[] ids = policersAtSea[ni];
    List<Vessel> all = sim.vessels();
    for (int k = 0, n = policersAtSeaCount[ni]; k < n; k++) {
      if (free(all.get(ids[k]), day)) {
        return true;
      }
    }
    return false;
  }

  private boolean insideClaim(Nation nation, int cell) {
    if (cell < 0) {
      return false;
    }
    return switch (nation.claim()) {
      case DASHED_LINE -> sim.theater().insideDashedLine(cell);
      case EEZ -> nation.code().equals(sim.theater().eezOwnerCode(cell));
      case NONE -> false;
    };
  }

  // ----- opening ------------------------------------------------------------------------------

  private void openEncounter(Vessel policer, Vessel target) {
    long now = sim.now();
    MissionType mission = target.mission == null ? null : target.mission.type();
    Encounter e = new Encounter(nextId++, now, policer.nation(), target.nation(), featureNear(target.cell),
        mission, target.lat(), target.lon());
    engage(e, policer, true);
    engage(e, target, false);
    boolean[] policing = policingAgency[policer.nationIndex];
    double bonus = sim.rules().detectionBonusNm(policer.nation());
    for (Vessel v : sim.commandByNation.get(policer.nation()).vessels()) {
      if (v != policer && v.encounter == null && !v.damaged && v.state.atSea() && v.state != VesselState.RETURNING
          && policing[v.agency().ordinal()]
          && distanceNm(v.lat(), v.lon(), target.lat(), target.lon()) <= v.type().sensorNm() + bonus) {
        engage(e, v, true);
      }
    }
    if (target.mission != null) {
      for (Vessel v : sim.commandByNation.get(target.nation()).vessels()) {
        if (v != target && v.encounter == null && v.state.atSea() && v.mission != null
            && sameGroup(v.mission, target.mission)
            && distanceNm(v.lat(), v.lon(), target.lat(), target.lon()) <= GROUP_RADIUS_NM) {
          engage(e, v, false);
        }
      }
    }
    // De-escalation caps: each side decides once per encounter whether it honours them.
    e.challengerCap = honouredCap(policer.nation(), target.nation(), mission, e);
    e.targetCap = honouredCap(target.nation(), policer.nation(), mission, e);
    open.add(e);
    callResponders(e);
  }

  private static boolean sameGroup(Mission a, Mission b) {
    return a == b || (a.resupply() != null && a.resupply() == b.resupply());
  }

  private int honouredCap(String actor, String other, MissionType mission, Encounter e) {
    int cap = Integer.MAX_VALUE;
    for (CooperationRules.Cap c : sim.rules().caps(actor, other, mission,
        (ids, radius) -> nearAny(ids, radius, e.lat(), e.lon()))) {
      if (sim.random.nextDouble() < c.compliance()) {
        cap = Math.min(cap, c.maxLevel());
      }
    }
    return cap;
  }

  private boolean nearAny(List<String> placeIds, double radiusNm, double lat, double lon) {
    for (String id : placeIds) {
      Place p = sim.scenario().place(id);
      if (distanceNm(lat, lon, p.position().lat(), p.position().lon()) <= radiusNm) {
        return true;
      }
    }
    return false;
  }

  private void engage(Encounter e, Vessel v, boolean challengerSide) {
    v.beforeEngaged = v.state;
    v.state = VesselState.ENGAGED;
    e.join(v, challengerSide);
  }

  private void callResponders(Encounter e) {
    // Commands reinforce encounters at features (where their ships are and routes are shared);
    // an encounter in open water is left to the ships on scene, so no route to an arbitrary cell
    // is ever built.
    if (e.feature == null) {
      return;
    }
    long now = sim.now();
    List<Command> senders = new ArrayList<>();
    senders.add(sim.commandByNation.get(e.challenger));
    senders.add(sim.commandByNation.get(e.target));
    for (Command c : sim.commands) {
      if (!senders.contains(c) && c.policy().response().forPartners() && sim.rules().partners(c.code(), e.target)) {
        senders.add(c);
      }
    }
    int cell = sim.cellOf(e.feature);
    for (Command c : senders) {
      for (Vessel v : c.responders(e, now)) {
        if (v.state == VesselState.IN_PORT) {
          Mission m = sim.newMission(MissionType.RESPONSE, c.code(),
              e.feature == null ? v.homePort() : e.feature, cell, 0);
          m.setEncounter(e);
          sim.dispatch(v, m, true);
          v.responseTo = e;
        } else {
          sim.respond(v, e, cell);
        }
      }
    }
  }

  /** A responder reached the encounter: it joins its side, or goes back to its mission if it is over. */
  void responderArrived(Vessel v) {
    Encounter e = v.responseTo;
    v.responseTo = null;
    v.responding = false;
    if (e.closed) {
      resumeAfter(v);
      return;
    }
    engage(e, v, v.nation().equals(e.challenger));
  }

  /** Back to the mission the vessel had before it was drawn away, or home. */
  private void resumeAfter(Vessel v) {
    long now = sim.now();
    if (v.mission == null || v.mission.type() == MissionType.RESPONSE || v.mission.isClosed()) {
      sim.endMission(v, now);
      return;
    }
    // Supply boats and escorts whose run is over (delivered or given up) head home rather than
    // sail back to the outpost to deliver again.
    if (v.mission.resupply() != null && v.mission.resupply().done) {
      sim.endMission(v, now);
      return;
    }
    v.field = sim.fieldToCell(v.mission.destinationCell());
    v.state = VesselState.TRANSIT;
  }

  // ----- playing the ladder -------------------------------------------------------------------

  void step() {
    for (int i = 0; i < open.size(); i++) {
      Encounter e = open.get(i);
      round(e);
    }
    open.removeIf(e -> e.closed);
  }

  private void round(Encounter e) {
    long now = sim.now();
    e.challengers.removeIf(v -> v.encounter != e);
    e.targets.removeIf(v -> v.encounter != e);
    if (e.challengers.isEmpty()) {
      close(e, "through", now);
      return;
    }
    if (e.targets.isEmpty()) {
      close(e, "withdrew", now);
      return;
    }
    e.hours++;
    EscalationSettings s = sim.parameters().escalation();
    Vessel leadT = e.targets.get(0);
    Vessel leadC = e.challengers.get(0);

    // A side climbs at most one rung of the ladder per hour (it may drop any number).
    int maxC = Math.min(feasible(e.challengers, feasibleC, e.challengerCap), e.lastChallengerLevel + 1);
    int maxT = Math.min(feasible(e.targets, feasibleT, e.targetCap), e.lastTargetLevel + 1);
    double exposureC = sim.ladder.exposure(partnersNear(e, e.target, e.targets),
        sim.rules().commitmentCovering(e.target, leadT.agency()));
    double exposureT = sim.ladder.exposure(partnersNear(e, e.challenger, e.challengers),
        sim.rules().commitmentCovering(e.challenger, leadC.agency()));
    int lc = sim.ladder.choose(resolve(e.challenger, e.target), stake(e.challenger, e),
        sim.parameters().riskTolerance(e.challenger), exposureC, maxC, feasibleC, sim.random);
    int lt = sim.ladder.choose(resolve(e.target, e.challenger), stake(e.target, e),
        sim.parameters().riskTolerance(e.target), exposureT, maxT, feasibleT, sim.random);
    e.lastChallengerLevel = lc;
    e.lastTargetLevel = lt;
    sim.metrics.action(leadT.nationIndex, leadT.agency(), lc);
    sim.metrics.action(leadC.nationIndex, leadC.agency(), lt);
    raise(e, lc, true);
    raise(e, lt, false);
    for (Vessel v : e.targets) {
      if (v.mission != null && v.mission.resupply() != null) {
        v.mission.resupply().engagedHours++;
        break;
      }
    }

    if (lc == EscalationSettings.MAX_LEVEL || lt == EscalationSettings.MAX_LEVEL) {
      sim.crisis();
      close(e, "crisis", now);
      return;
    }
    if (lc >= 4 && sim.random.nextDouble() < s.injuryProbability()) {
      e.injuries++;
    }
    if (lt >= 4 && sim.random.nextDouble() < s.injuryProbability()) {
      e.injuries++;
    }
    if (lc == 5 || lt == 5) {
      if (sim.random.nextDouble() < s.collisionDamage()) {
        Vessel hit = leadT.type().tonnage() <= leadC.type().tonnage() ? leadT : leadC;
        damage(e, hit, now);
        if (e.closed) {
          return;
        }
      }
    }
    if (lc == 6) {
      // Boarding: the lead target is seized and taken out of the encounter.
      damage(e, leadT, now);
      if (e.closed) {
        return;
      }
    }
    if (lc >= 3 && !e.targets.isEmpty()) {
      double tonC = tonnage(e.challengers);
      double tonT = tonnage(e.targets);
      double strengthC = s.effect(lc) * tonC;
      double strengthT = (0.25 + s.effect(lt)) * tonT;
      double pBlock = s.blockPerEffect() * s.effect(lc) * strengthC / (strengthC + strengthT);
      if (sim.random.nextDouble() < pBlock) {
        block(e, now);
        return;
      }
    }
    // Not blocked: the targets press on, slowed by the challenger's manoeuvres.
    double slow = 1 - s.effect(lc) / Math.max(1e-9, s.effect(EscalationSettings.MAX_LEVEL));
    for (Vessel t : new ArrayList<>(e.targets)) {
      if (t.beforeEngaged == VesselState.TRANSIT && t.field != null && t.mission != null) {
        double want = t.speedKn() * Math.max(0.1, slow);
        double moved = t.field.advance(t.pos, want);
        t.cell = grid.cellOf(t.pos[0], t.pos[1]);
        if (moved + 1e-9 < want) {
          e.leave(t);
          t.state = VesselState.TRANSIT;
          t.resuming = false;
          sim.arriveAtDestination(t, now);
        }
      }
    }
    if (e.targets.isEmpty()) {
      close(e, "through", now);
      return;
    }
    shadow(e);
    Nation challengerNation = sim.scenario().nation(e.challenger);
    if (!insideClaim(challengerNation, e.targets.get(0).cell)) {
      close(e, "through", now);
      return;
    }
    if (e.hours >= MAX_HOURS) {
      close(e, "standoff", now);
    }
  }

  private double resolve(String nation, String other) {
    EscalationSettings s = sim.parameters().escalation();
    return sim.parameters().resolve(nation) * (1 + s.tensionFeedback() * sim.tension.get(nation, other));
  }

  private double stake(String nation, Encounter e) {
    return sim.scenario().nation(nation).posture().stakeOf(e.feature == null ? null : e.feature.id());
  }

  /**
   * Feasible levels of a side: a level is feasible if one of its vessels may use it under its
   * agency's rules of engagement and has the equipment for it. Returns the highest.
   */
  private int feasible(List<Vessel> side, boolean[] out, int cap) {
    Arrays.fill(out, false);
    out[0] = true;
    int max = 0;
    for (Vessel v : side) {
      int roe = Math.min(cap, sim.scenario().nation(v.nation()).posture().roeCapOf(v.agency()));
      for (int l = 1; l <= Math.min(roe, EscalationSettings.MAX_LEVEL); l++) {
        if (capable(v, l)) {
          out[l] = true;
          max = Math.max(max, l);
        }
      }
    }
    return max;
  }

  private static boolean capable(Vessel v, int level) {
    return switch (level) {
      case 4 -> v.has(Capability.WATER_CANNON) || v.has(Capability.LASER) || v.has(Capability.ACOUSTIC_DEVICE);
      case 6 -> v.has(Capability.BOARDING);
      case 7 -> v.has(Capability.ARMED);
      default -> true;
    };
  }

  /**
   * Witnesses on {@code side}'s behalf: vessels of its partners (not of its own nation) that can
   * see the encounter, each within its own sensor range extended by information sharing, plus
   * coastal radars of the side or of nations sharing their picture with it that cover the spot.
   */
  private int partnersNear(Encounter e, String side, List<Vessel> sideVessels) {
    int count = 0;
    double lat = e.lat();
    double lon = e.lon();
    int si = nations.indexOf(side);
    for (org.seastate.scenario.Effect.RadarDelivery r : sim.rules().radars()) {
      if (sim.rules().sharesPicture(side, r.nation())) {
        org.seastate.geo.LatLon site = sim.scenario().place(r.site()).position();
        if (distanceNm(lat, lon, site.lat(), site.lon()) <= r.rangeNm()) {
          count++;
        }
      }
    }
    for (int oi = 0; oi < nations.size(); oi++) {
      if (oi == si || !sim.rules().partners(si, oi)) {
        continue;
      }
      double bonus = sim.rules().detectionBonusNm(oi);
      for (Vessel v : sim.commandByNation.get(nations.get(oi)).vessels()) {
        if (v.state.atSea() && !sideVessels.contains(v)
            && distanceNm(lat, lon, v.lat(), v.lon()) <= v.type().sensorNm() + bonus) {
          count++;
        }
      }
    }
    return count;
  }

  private static double tonnage(List<Vessel> side) {
    double t = 0;
    for (Vessel v : side) {
      t += v.type().tonnage();
    }
    return t;
  }

  private void raise(Encounter e, int level, boolean challengerSide) {
    int before = challengerSide ? e.challengerMax : e.targetMax;
    if (level > before) {
      int overallBefore = Math.max(e.challengerMax, e.targetMax);
      if (challengerSide) {
        e.challengerMax = level;
      } else {
        e.targetMax = level;
      }
      int overall = Math.max(e.challengerMax, e.targetMax);
      if (overall > overallBefore) {
        double add = sim.parameters().escalation().tensionPerSeverity()
            * (overall * overall - overallBefore * overallBefore);
        sim.tension.add(e.challenger, e.target, add);
      }
    }
  }

  private void damage(Encounter e, Vessel v, long now) {
    e.damaged++;
    v.damaged = true;
    boolean wasTarget = e.targets.contains(v);
    e.leave(v);
    if (wasTarget) {
      turnBack(v, now);
    } else {
      sim.endMission(v, now);
    }
    if (e.targets.isEmpty()) {
      close(e, "blocked", now);
    } else if (e.challengers.isEmpty()) {
      close(e, "through", now);
    }
  }

  private void block(Encounter e, long now) {
    for (Vessel t : new ArrayList<>(e.targets)) {
      e.leave(t);
      turnBack(t, now);
    }
    close(e, "blocked", now);
  }

  private void turnBack(Vessel t, long now) {
    if (t.mission != null && t.mission.type() == MissionType.RESUPPLY) {
      sim.commandByNation.get(t.nation()).boatTurnedBack(t);
    }
    sim.endMission(t, now);
  }

  /** Challengers keep close to the lead target, never crossing land. */
  private void shadow(Encounter e) {
    Vessel lead = e.targets.get(0);
    for (Vessel c : e.challengers) {
      double d = distanceNm(c.lat(), c.lon(), lead.lat(), lead.lon());
      double step = c.type().maxKn();
      if (d <= step) {
        c.pos[0] = lead.pos[0];
        c.pos[1] = lead.pos[1];
        c.cell = lead.cell;
        continue;
      }
      // Close in along the straight line in 1-nm steps, stopping short of land.
      double f = 1.0 / Math.ceil(d);
      double dLat = (lead.lat() - c.lat()) * f;
      double dLon = (lead.lon() - c.lon()) * f;
      for (double done = 0; done + 1 <= step; done += 1) {
        double lat = c.pos[0] + dLat;
        double lon = c.pos[1] + dLon;
        int cell = grid.cellOf(lat, lon);
        if (cell < 0 || !sim.theater().isNavigable(cell)) {
          break;
        }
        c.pos[0] = lat;
        c.pos[1] = lon;
        c.cell = cell;
      }
    }
  }

  private void close(Encounter e, String outcome, long now) {
    if (e.closed) {
      return;
    }
    e.closed = true;
    e.outcome = outcome;
    for (Vessel v : new ArrayList<>(e.challengers)) {
      e.leave(v);
      resume(v, now);
    }
    for (Vessel v : new ArrayList<>(e.targets)) {
      e.leave(v);
      resume(v, now);
    }
    sim.metrics.encounterClosed(e);
    if (e.getMaxLevel() >= 1) {
      List<String> ca = List.copyOf(e.challengerAgencies);
      List<String> ta = List.copyOf(e.targetAgencies);
      sim.emit(new Incident(e.id, e.openedTick, sim.scenario().horizon().start().plusDays(e.openedTick / 24),
          (int) e.hours, e.feature == null ? "" : e.feature.id(), round(e.lat0), round(e.lon0),
          e.challenger, e.target, String.join(";", ca), String.join(";", ta),
          e.targetMission == null ? "" : e.targetMission.key(), List.copyOf(e.involved),
          e.getMaxLevel(), e.challengerMax, e.targetMax, outcome, e.damaged, e.injuries));
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  /** After an encounter a vessel picks up where it was, unless it was sent home. */
  private void resume(Vessel v, long now) {
    if (v.state != VesselState.ENGAGED) {
      return;
    }
    v.resuming = v.resuming || v.beforeEngaged == VesselState.ON_STATION;
    resumeAfter(v);
  }
}
