package org.seastate.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a nation's command tries to do each day. The command turns these standing orders into
 * missions and assigns ready vessels to them by priority and distance.
 *
 * @param presence ships to keep on station at features
 * @param resupply supply runs to outposts on a cadence
 * @param interdiction how hard the nation contests rivals' missions inside its claim
 * @param response reinforcement of own or partner vessels in an encounter
 * @param fonops freedom-of-navigation transits past features
 * @param swarms militia massed at features
 * @param blockades interception of rivals' missions in bands around features
 * @param allocation a budget of hulls the command spreads over features each day from what it
 *     sees; empty: presence is exactly the presence list
 * @param militia how the swarms surge and disperse
 */
public record Policy(
    List<Presence> presence,
    List<Resupply> resupply,
    Interdiction interdiction,
    Response response,
    Optional<Fonops> fonops,
    List<Swarm> swarms,
    List<Blockade> blockades,
    Optional<Allocation> allocation,
    MilitiaDynamics militia) {

  /** An empty policy: the nation's vessels stay in port. */
  public static final Policy NONE = new Policy(
      List.of(), List.of(), Interdiction.NONE, Response.NONE, Optional.empty(), List.of(), List.of());

  /** A policy with fixed presence and swarms of constant size. */
  public Policy(List<Presence> presence, List<Resupply> resupply, Interdiction interdiction, Response response,
      Optional<Fonops> fonops, List<Swarm> swarms, List<Blockade> blockades) {
    this(presence, resupply, interdiction, response, fonops, swarms, blockades, Optional.empty(),
        MilitiaDynamics.NONE);
  }

  public Policy {
    presence = List.copyOf(presence);
    resupply = List.copyOf(resupply);
    Objects.requireNonNull(interdiction, "interdiction");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(fonops, "fonops");
    swarms = List.copyOf(swarms);
    blockades = List.copyOf(blockades);
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(militia, "militia");
  }

  /**
   * Keep {@code ships} vessels of an agency on station at a feature.
   *
   * @param feature place id
   * @param agency which agency's vessels to send
   * @param ships target number on station at once
   * @param priority larger is served first when vessels are short
   * @param stationDays how long one vessel stays before it is relieved (it stays until its
   *     relief arrives, endurance permitting)
   * @param gapDays 0 keeps ships there continuously, each relieved before it leaves; a positive
   *     value makes the presence a series of patrols, the next one sailing this many days after
   *     the last one left (e.g. the Philippine "three-day patrols" at Scarborough)
   */
  public record Presence(String feature, Agency agency, int ships, int priority, double stationDays, double gapDays) {
    public Presence {
      Checks.nonNegative("gap_days", gapDays);
      Objects.requireNonNull(feature, "feature");
      Objects.requireNonNull(agency, "agency");
      LiveParameter.PRESENCE_SHIPS.check("ships", ships);
      Checks.positive("station_days", stationDays);
    }
  }

  /**
   * Resupply an outpost every {@code cadenceDays} days.
   *
   * @param outpost place id of the feature supplied (e.g. second-thomas-shoal)
   * @param from port the run leaves from
   * @param cadenceDays days between runs
   * @param supplyClass vessel class of the supply boats
   * @param boats supply boats per run
   * @param escorts escorting vessels per run
   * @param escortAgency agency of the escorts
   */
  public record Resupply(
      String outpost,
      String from,
      double cadenceDays,
      String supplyClass,
      int boats,
      int escorts,
      Agency escortAgency) {
    public Resupply {
      Checks.id("outpost", outpost);
      Checks.id("from", from);
      Checks.positive("cadence_days", cadenceDays);
      Checks.id("supply_class", supplyClass);
      Checks.atLeast("boats", boats, 1);
      Checks.atLeast("escorts", escorts, 0);
      Checks.required("escort_agency", escortAgency);
    }
  }

  /**
   * How a nation contests rivals inside its claim.
   *
   * @param intensity probability that a policing vessel that detects a rival inside the claim
   *     opens an encounter (0 = never interdicts)
   * @param agencies agencies that police the claim
   * @param radiusNm rivals within this distance of a feature are challenged, and a standoff
   *     there lasts while both sides stay within it
   */
  public record Interdiction(double intensity, Set<Agency> agencies, double radiusNm) {
    public static final Interdiction NONE = new Interdiction(0, Set.of(), 0);

    public Interdiction {
      LiveParameter.INTERDICTION_INTENSITY.check("intensity", intensity);
      agencies = Checks.ordered(agencies);
      LiveParameter.INTERDICTION_RADIUS.check("radius_nm", radiusNm);
    }

    public boolean active() {
      return intensity > 0 && !agencies.isEmpty();
    }
  }

  /**
   * Reinforcing vessels in an encounter.
   *
   * @param radiusNm ready vessels at sea within this distance may be sent
   * @param maxVessels at most this many reinforcements per encounter
   * @param forPartners also reinforce partners' vessels (those covered by an agreement in force)
   */
  public record Response(double radiusNm, int maxVessels, boolean forPartners) {
    public static final Response NONE = new Response(0, 0, false);

    public Response {
      Checks.nonNegative("radius_nm", radiusNm);
      Checks.atLeast("max_vessels", maxVessels, 0);
    }
  }

  /**
   * Freedom-of-navigation transits.
   *
   * @param perYear expected transits a year (a Poisson rate)
   * @param features features the transit passes within 12 nm of
   * @param agency agency that sails them
   */
  public record Fonops(double perYear, List<String> features, Agency agency) {
    public Fonops {
      Checks.nonNegative("per_year", perYear);
      features = List.copyOf(Checks.nonEmpty("features", features));
      Objects.requireNonNull(agency, "agency");
    }
  }

  /**
   * Militia massed at a feature.
   *
   * @param feature place id
   * @param vessels target number of militia vessels on station
   * @param stationDays days one militia vessel stays before rotating home
   */
  public record Swarm(String feature, int vessels, double stationDays) {
    public Swarm {
      Objects.requireNonNull(feature, "feature");
      LiveParameter.SWARM_VESSELS.check("vessels", vessels);
      Checks.positive("station_days", stationDays);
    }
  }

  /**
   * Interception of rivals' missions to a feature before they reach it (e.g. the cordon around
   * Second Thomas Shoal that resupply runs must pass).
   *
   * @param feature place id of the feature guarded
   * @param bandNm distance from the feature within which rivals' missions to it are intercepted
   * @param probability chance a mission entering the band is intercepted
   * @param vessels policing vessels that take part in one interception
   */
  public record Blockade(String feature, double bandNm, double probability, int vessels) {
    public Blockade {
      Objects.requireNonNull(feature, "feature");
      LiveParameter.BLOCKADE_BAND.check("band_nm", bandNm);
      LiveParameter.BLOCKADE_PROBABILITY.check("probability", probability);
      Checks.atLeast("vessels", vessels, 1);
    }
  }

  /**
   * A budget of hulls of one agency kept on station, spread over features each day. The
   * presence list's ships are minimums; the rest of the budget goes where contesting is worth
   * most: {@code stake × priority × (1 + rival_weight × rivals remembered there) × value of
   * contesting / (1 + w_presence × outside navies remembered there)}, the value of contesting
   * being lower where a de-escalation arrangement caps the ladder. Rivals at a feature not on the
   * list draw hulls too.
   *
   * @param agency agency whose hulls are allocated
   * @param ships hulls on station in all, minimums included
   * @param rivalWeight how much each rival vessel remembered at a feature raises its claim
   * @param memoryDays half-life of what the command remembers of rivals and episodes, days
   * @param stationDays days on station of hulls sent to features not on the presence list
   */
  public record Allocation(Agency agency, int ships, double rivalWeight, double memoryDays, double stationDays) {
    public Allocation {
      Objects.requireNonNull(agency, "agency");
      LiveParameter.ALLOCATION_SHIPS.check("ships", ships);
      Checks.nonNegative("rival_weight", rivalWeight);
      Checks.positive("memory_days", memoryDays);
      Checks.positive("station_days", stationDays);
    }
  }

  /**
   * How militia swarms change size: surges (more vessels for some days, at random or in answer
   * to a rival's mission to a nearby feature) and dispersals (the swarm leaves, e.g. ahead of a
   * storm).
   *
   * @param surgesPerMonth expected random surges a month at each swarm
   * @param surgeShare extra vessels in a surge, as a share of the swarm's size
   * @param surgeDays days a surge lasts
   * @param responseSurges whether an interception or standoff with a rival near a swarm's
   *     feature starts a surge there
   * @param dispersalsPerYear expected dispersals a year (all swarms at once)
   * @param dispersalDays days a dispersal lasts
   */
  public record MilitiaDynamics(double surgesPerMonth, double surgeShare, double surgeDays, boolean responseSurges,
      double dispersalsPerYear, double dispersalDays) {
    public static final MilitiaDynamics NONE = new MilitiaDynamics(0, 0, 1, false, 0, 1);

    public MilitiaDynamics {
      Checks.nonNegative("surges_per_month", surgesPerMonth);
      Checks.nonNegative("surge_share", surgeShare);
      Checks.positive("surge_days", surgeDays);
      Checks.nonNegative("dispersals_per_year", dispersalsPerYear);
      Checks.positive("dispersal_days", dispersalDays);
    }
  }
}
