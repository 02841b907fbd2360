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
 * @param blockades interception of rivals' missions in a band around features
 */
public record Policy(
    List<Presence> presence,
    List<Resupply> resupply,
    Interdiction interdiction,
    Response response,
    Optional<Fonops> fonops,
    List<Swarm> swarms,
    List<Blockade> blockades) {

  /** An empty policy: the nation's vessels stay in port. */
  public static final Policy NONE = new Policy(
      List.of(), List.of(), Interdiction.NONE, Response.NONE, Optional.empty(), List.of(), List.of());

  public Policy {
    presence = List.copyOf(presence);
    resupply = List.copyOf(resupply);
    Objects.requireNonNull(interdiction, "interdiction");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(fonops, "fonops");
    swarms = List.copyOf(swarms);
    blockades = List.copyOf(blockades);
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
      Checks.atLeast("ships", ships, 0);
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
   * @param maxDelayDays days a blocked run keeps trying before it returns
   */
  public record Resupply(
      String outpost,
      String from,
      double cadenceDays,
      String supplyClass,
      int boats,
      int escorts,
      Agency escortAgency,
      double maxDelayDays) {
    public Resupply {
      Objects.requireNonNull(outpost, "outpost");
      Objects.requireNonNull(from, "from");
      Checks.positive("cadence_days", cadenceDays);
      Objects.requireNonNull(supplyClass, "supply_class");
      Checks.atLeast("boats", boats, 1);
      Checks.atLeast("escorts", escorts, 0);
      Objects.requireNonNull(escortAgency, "escort_agency");
      Checks.nonNegative("max_delay_days", maxDelayDays);
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
      Checks.probability("intensity", intensity);
      agencies = Checks.ordered(agencies);
      Checks.nonNegative("radius_nm", radiusNm);
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
      Checks.atLeast("vessels", vessels, 0);
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
      Checks.positive("band_nm", bandNm);
      Checks.probability("probability", probability);
      Checks.atLeast("vessels", vessels, 1);
    }
  }
}
