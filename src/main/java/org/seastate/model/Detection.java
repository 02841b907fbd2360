package org.seastate.model;

import java.util.Arrays;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.geo.TheaterGrid;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Claim;
import org.seastate.scenario.MissionType;
import org.seastate.scenario.Nation;
import org.seastate.scenario.Policy;

/**
 * Who sees whom: a spatial index of the vessels at sea, rebuilt every hour without allocation,
 * and the daily challenge of rivals near features inside a nation's claim, which opens a
 * standoff episode. A rival is considered once a day by each policing nation; a policing ship
 * that sees it challenges with the nation's interdiction intensity.
 */
final class Detection {
  /** Size of the spatial index's buckets, degrees. */
  private static final double BUCKET_DEG = 0.5;

  private final SeaStateSim sim;
  private final Encounters encounters;
  private final List<String> nations;
  /** Per nation: whether it challenges rivals at all (a claim, and agencies that police it). */
  private final boolean[] interdicts;
  private final Nation[] nationByIndex;
  /** Per nation: its owner number in the theater's EEZ raster (1 + index), or -1 when it owns no zone there. */
  private final int[] eezOwner;
  private final TheaterGrid grid;
  private final int bucketRows;
  private final int bucketCols;
  /** Bucket row and column of each policing vessel (by id) at sea when the index was built; only those are read. */
  private final int[] bucketRowOf;
  private final int[] bucketColOf;
  /** Per vessel (by id): whether it is of an agency that polices its nation's claim (static). */
  private final boolean[] policing;
  /** Per vessel (by id): its nation's index, read here without going through the vessel. */
  private final int[] nationOf;
  /** Per policing nation, per vessel (by id): the day the nation last considered challenging it, or -1. */
  private final int[][] lastConsidered;
  /** Per nation: ids of its policing vessels that were at sea when the index was built, increasing. */
  private final int[][] policersAtSea;
  private final int[] policersAtSeaCount;
  /** Per nation: whether an agency (by ordinal) polices its claim. */
  private final boolean[][] policingAgency;
  /** Per nation: the longest sensor range of its policing vessels, nm (static). */
  private final double[] maxPolicingRange;
  /** Ids of the vessels in transit or on station when the index was built, increasing. */
  private final int[] sailing;
  /** The cell of each of {@link #sailing} when the index was built (encounters move vessels later). */
  private final int[] sailingCell;
  private int sailingCount;
  /** How many sailings {@link Voyages} had counted when the index was built. */
  private int sailingsAtIndex;
  /** Ids of the vessels in transit when the index was built, increasing. */
  private final int[] inTransit;
  private int inTransitCount;
  /**
   * Per feature (index in {@link #near}'s list): ids of the sailing vessels within the radius,
   * increasing. Built from {@link #sailing} when an hour first asks for it: most hours no
   * episode needs it.
   */
  private final int[][] nearFeature;
  private final int[] nearFeatureCount;
  /** The features near cells when the index was built; null once {@link #nearFeature} is built from it. */
  private FeatureCells nearPending;
  private final java.util.Map<Place, Integer> featureIndex = new java.util.IdentityHashMap<>();
  /** Features within the largest interdiction radius of each cell (shared by all runs). */
  private FeatureCells near;
  /** The radius {@link #near} was built for; it grows when a live standoff radius outgrows it. */
  private double nearRadiusNm;

  Detection(SeaStateSim sim, Encounters encounters) {
    this.sim = sim;
    this.encounters = encounters;
    this.nations = List.copyOf(sim.context().scenario().nations().keySet());
    this.grid = sim.grid();
    this.bucketRows = (int) Math.ceil((grid.north() - grid.south()) / BUCKET_DEG) + 1;
    this.bucketCols = (int) Math.ceil((grid.east() - grid.west()) / BUCKET_DEG) + 1;
    this.bucketRowOf = new int[sim.vessels().size()];
    this.bucketColOf = new int[sim.vessels().size()];
    this.sailing = new int[sim.vessels().size()];
    this.sailingCell = new int[sim.vessels().size()];
    this.inTransit = new int[sim.vessels().size()];

    int nn = nations.size();
    this.policing = new boolean[sim.vessels().size()];
    this.nationOf = new int[sim.vessels().size()];
    this.lastConsidered = new int[nn][sim.vessels().size()];
    this.policersAtSea = new int[nn][];
    this.policersAtSeaCount = new int[nn];
    this.policingAgency = new boolean[nn][Agency.values().length];
    this.maxPolicingRange = new double[nn];
    this.interdicts = new boolean[nn];
    this.nationByIndex = new Nation[nn];
    this.eezOwner = new int[nn];
    double radius = 1;
    for (int ni = 0; ni < nn; ni++) {
      Policy.Interdiction rule = sim.context().scenario().policy(nations.get(ni)).interdiction();
      radius = Math.max(radius, rule.radiusNm());
      nationByIndex[ni] = sim.context().scenario().nation(nations.get(ni));
      interdicts[ni] = nationByIndex[ni].claim() != Claim.NONE && !rule.agencies().isEmpty();
      int owner = sim.context().theater().nations().indexOf(nations.get(ni));
      eezOwner[ni] = owner < 0 ? -1 : owner + 1;
      for (Agency a : rule.agencies()) {
        policingAgency[ni][a.ordinal()] = true;
      }
      int count = 0;
      for (Vessel v : sim.vessels()) {
        if (v.hull().nationIndex() == ni && policingAgency[ni][v.hull().agency().ordinal()]) {
          policing[v.hull().id()] = true;
          count++;
          maxPolicingRange[ni] = Math.max(maxPolicingRange[ni], v.hull().type().sensorNm());
        }
      }
      policersAtSea[ni] = new int[count];
    }
    for (Vessel v : sim.vessels()) {
      nationOf[v.hull().id()] = v.hull().nationIndex();
    }
    for (int[] days : lastConsidered) {
      Arrays.fill(days, -1);
    }
    nearRadiusNm = radius;
    double r = radius;
    near = FeatureCells.of(sim.context().theater(), sim.context().scenario(), p -> r);
    int nf = near.features().size();
    nearFeature = new int[nf][8];
    nearFeatureCount = new int[nf];
    for (int f = 0; f < nf; f++) {
      featureIndex.put(near.features().get(f), f);
    }
  }

  /** Rebuilds the index of features near cells if a nation's standoff radius now reaches beyond it. */
  private void coverRadius(double radiusNm) {
    if (radiusNm > nearRadiusNm) {
      nearRadiusNm = radiusNm;
      near = FeatureCells.of(sim.context().theater(), sim.context().scenario(), p -> radiusNm);
    }
  }

  /** Whether nation {@code ni} polices with this agency. */
  boolean polices(int ni, Agency agency) {
    return policingAgency[ni][agency.ordinal()];
  }

  /** The policing vessels of a nation at sea when the index was built: ids, and how many. */
  int[] policersAtSea(int ni) {
    return policersAtSea[ni];
  }

  int policersAtSeaCount(int ni) {
    return policersAtSeaCount[ni];
  }

  /** The vessels in transit when the index was built: ids, increasing, and how many. */
  int[] inTransit() {
    return inTransit;
  }

  int inTransitCount() {
    return inTransitCount;
  }

  private int bucketRow(double lat) {
    return Math.max(0, Math.min(bucketRows - 1, (int) ((lat - grid.south()) / BUCKET_DEG)));
  }

  private int bucketCol(double lon) {
    return Math.max(0, Math.min(bucketCols - 1, (int) ((lon - grid.west()) / BUCKET_DEG)));
  }

  /** Rebuilds the index from where the vessels are now. */
  void index() {
    Vessel[] vs = sim.vesselsById();
    int s = 0;
    int t = 0;
    Arrays.fill(policersAtSeaCount, 0);
    for (int i = 0; i < vs.length; i++) {
      Vessel v = vs[i];
      VesselState state = v.state;
      if (state == VesselState.TRANSIT || state == VesselState.ON_STATION) {
        sailing[s] = i;
        sailingCell[s++] = v.cell;
        if (state == VesselState.TRANSIT) {
          inTransit[t++] = i;
        }
      }
      if (policing[i] && state.atSea()) {
        int ni = v.hull().nationIndex();
        bucketRowOf[i] = bucketRow(v.lat());
        bucketColOf[i] = bucketCol(v.lon());
        policersAtSea[ni][policersAtSeaCount[ni]++] = i;
      }
    }
    sailingCount = s;
    inTransitCount = t;
    nearPending = near;
    sailingsAtIndex = sim.voyages.sailings;
  }

  /** Lists the sailing vessels of the index near each feature (within the largest interdiction radius), in id order. */
  private void buildNearFeature() {
    FeatureCells cells = nearPending;
    nearPending = null;
    Arrays.fill(nearFeatureCount, 0);
    for (int k = 0; k < sailingCount; k++) {
      int start = cells.start(sailingCell[k]);
      if (start < 0) {
        continue;
      }
      for (int j = start; cells.at(j) >= 0; j++) {
        int f = cells.at(j);
        if (nearFeatureCount[f] == nearFeature[f].length) {
          nearFeature[f] = Arrays.copyOf(nearFeature[f], 2 * nearFeature[f].length);
        }
        nearFeature[f][nearFeatureCount[f]++] = sailing[k];
      }
    }
  }

  /**
   * The ids of the vessels that were sailing (in transit or on station) within the largest
   * interdiction radius of a feature when the index was built, increasing; {@link #nearCount}
   * of them are valid. Empty for a place that is not a feature on the map.
   */
  int[] near(Place feature) {
    Integer f = featureIndex.get(feature);
    if (f == null) {
      return new int[0];
    }
    if (nearPending != null) {
      buildNearFeature();
    }
    return nearFeature[f];
  }

  int nearCount(Place feature) {
    Integer f = featureIndex.get(feature);
    if (f == null) {
      return 0;
    }
    if (nearPending != null) {
      buildNearFeature();
    }
    return nearFeatureCount[f];
  }

  /**
   * Policing vessels look for rivals near features inside their nation's claim and may
   * challenge them. The search runs from the rivals' side: each candidate (sailing, not in an
   * episode, not yet considered today by this nation, within the interdiction radius of a
   * feature, inside the claim) looks for the lowest-id policing vessel of the nation that sees it.
   */
  void detect() {
    int day = sim.dayIndex();
    Vessel[] all = sim.vesselsById();
    // Candidates come from the list of sailing vessels taken by index(); if anything since then
    // (an interception, an episode's responder leaving port) set another vessel sailing, the rest
    // of the hour scans all vessels.
    boolean scanAll = false;
    for (int ni = 0; ni < nations.size(); ni++) {
      double intensity = sim.parameters().interdictionIntensity(ni);
      if (!interdicts[ni] || intensity <= 0) {
        continue;
      }
      double radiusNm = sim.parameters().interdictionRadiusNm(ni);
      coverRadius(radiusNm);
      if (!anyPolicerFree(ni, day)) {
        continue; // during detection a policing vessel only becomes unable to challenge, never able again
      }
      int[] considered = lastConsidered[ni];
      for (int k = 0, i = -1, n = all.length; ; ) {
        if (!scanAll && sim.voyages.sailings != sailingsAtIndex) {
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
        if (nationOf[i] != ni && considered[i] != day) {
          consider(all[i], ni, day, radiusNm, intensity);
        }
      }
    }
  }

  /**
   * Nation {@code ni} considers challenging a rival it has not considered today. A method of its
   * own: it is called often enough to be compiled in the first hours of a run, long before the
   * scan that calls it.
   */
  private void consider(Vessel t, int ni, int day, double radiusNm, double intensity) {
    if (t.encounter != null || !(t.state == VesselState.TRANSIT || t.state == VesselState.ON_STATION)
        || sim.rules().partners(ni, t.hull().nationIndex(), t.hull().agency())) {
      return;
    }
    Place feature = near.nearestWithin(t.cell, radiusNm);
    if (feature == null || !insideClaim(ni, t.cell) || sim.interception.handles(ni, t)) {
      return;
    }
    // Few rivals are seen; most are not, so the sight test comes before the search of the episodes.
    Vessel p = policerSeeing(t, ni, maxPolicingRange[ni], day);
    if (p == null || encounters.standoffAt(feature, ni, t.hull().nationIndex()) != null) {
      return; // an open standoff there takes the vessel in at its next round
    }
    lastConsidered[ni][t.hull().id()] = day;
    if (sim.draws.chance(intensity, RandomDraws.Stream.DETECTION, t.hull().id(), ni, day)) {
      p.lastChallengeDay = day;
      encounters.openStandoff(p, t, feature, radiusNm);
    }
  }

  /**
   * The lowest-id policing vessel of nation {@code ni} free to challenge {@code t} and seeing it,
   * among the vessels at sea (when the index was built) in the buckets within {@code reach} of
   * the target.
   */
  private Vessel policerSeeing(Vessel t, int ni, double reach, int day) {
    int[] ids = policersAtSea[ni];
    Vessel[] all = sim.vesselsById();
    boolean window = false;
    int r0 = 0;
    int r1 = 0;
    int c0 = 0;
    int c1 = 0;
    for (int k = 0, n = policersAtSeaCount[ni]; k < n; k++) {
      int id = ids[k];
      Vessel p = all[id];
      if (!free(p, day)) {
        continue;
      }
      if (!window) { // the window of buckets around the target, worked out when first needed
        window = true;
        int spanR = (int) Math.ceil(reach / (BUCKET_DEG * 60));
        int spanC = (int) Math.ceil(reach / (BUCKET_DEG * 60 * Math.cos(Math.toRadians(Math.abs(t.lat()) + 1))));
        int br = bucketRow(t.lat());
        int bc = bucketCol(t.lon());
        r0 = Math.max(0, br - spanR);
        r1 = Math.min(bucketRows - 1, br + spanR);
        c0 = Math.max(0, bc - spanC);
        c1 = Math.min(bucketCols - 1, bc + spanC);
      }
      int pr = bucketRowOf[id];
      int pc = bucketColOf[id];
      if (pr < r0 || pr > r1 || pc < c0 || pc > c1) {
        continue;
      }
      if (Encounters.distanceNm(p.lat(), p.lon(), t.lat(), t.lon()) <= p.hull().type().sensorNm()) {
        return p;
      }
    }
    return null;
  }

  /** Whether a policing vessel may open an episode now (it still needs to see the target). */
  private static boolean free(Vessel p, int day) {
    return p.encounter == null && !p.damaged && p.lastChallengeDay != day
        && (p.state == VesselState.ON_STATION || p.state == VesselState.TRANSIT)
        && (p.mission == null || p.mission.tasking().type() != MissionType.RESPONSE);
  }

  private boolean anyPolicerFree(int ni, int day) {
    int[] ids = policersAtSea[ni];
    Vessel[] all = sim.vesselsById();
    for (int k = 0, n = policersAtSeaCount[ni]; k < n; k++) {
      if (free(all[ids[k]], day)) {
        return true;
      }
    }
    return false;
  }

  private boolean insideClaim(int ni, int cell) {
    if (cell < 0) {
      return false;
    }
    return switch (nationByIndex[ni].claim()) {
      case DASHED_LINE -> sim.context().theater().insideDashedLine(cell);
      case EEZ -> sim.context().theater().eezOwnerIndex(cell) == eezOwner[ni];
      case NONE -> false;
    };
  }
}
