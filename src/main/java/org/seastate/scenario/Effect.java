package org.seastate.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing an agreement changes. Effects are data, not code per treaty: a hypothetical
 * agreement written in YAML works exactly like a real one. Each effect holds while its
 * agreement is enabled and in force.
 */
public sealed interface Effect {

  /** The YAML key of this effect ({@code port_access}, ...). */
  String kind();

  /**
   * Guest forces may use the host's listed ports: shorter transits, longer time on station.
   *
   * @param host nation whose ports are opened
   * @param guests nations allowed in; empty means every other party of the agreement
   * @param ports place ids of the ports opened
   */
  record PortAccess(String host, List<String> guests, List<String> ports) implements Effect {
    public PortAccess {
      Objects.requireNonNull(host, "host");
      guests = List.copyOf(guests);
      ports = List.copyOf(Checks.nonEmpty("ports", ports));
    }

    @Override
    public String kind() {
      return "port_access";
    }
  }

  /**
   * Joint patrols or sails by the parties.
   *
   * @param perMonth expected patrols a month (Poisson rate)
   * @param area features the patrol visits
   * @param participants nations that each send ships; empty means all parties
   * @param shipsPerParty ships each participant sends
   * @param durationDays days the patrol spends in the area
   * @param agency agency the participants send
   */
  record JointPatrols(
      double perMonth,
      List<String> area,
      List<String> participants,
      int shipsPerParty,
      double durationDays,
      Agency agency) implements Effect {
    public JointPatrols {
      Checks.nonNegative("per_month", perMonth);
      area = List.copyOf(Checks.nonEmpty("area", area));
      participants = List.copyOf(participants);
      Checks.atLeast("ships_per_party", shipsPerParty, 1);
      Checks.positive("duration_days", durationDays);
      Objects.requireNonNull(agency, "agency");
    }

    @Override
    public String kind() {
      return "joint_patrols";
    }
  }

  /**
   * The parties share a maritime picture: each sees what any party's vessels and radars see.
   *
   * @param detectionBonusNm added to the sensor range of the parties' vessels
   */
  record InfoSharing(double detectionBonusNm) implements Effect {
    public InfoSharing {
      Checks.nonNegative("detection_bonus_nm", detectionBonusNm);
    }

    @Override
    public String kind() {
      return "info_sharing";
    }
  }

  /**
   * A guarantor commits to the defence of a protectee's vessels of the covered agencies. It
   * raises a rival's expected cost of escalating against a covered vessel to the threshold level
   * or beyond, so coercion tends to stay just below it.
   *
   * @param guarantor nation that commits
   * @param protectee nation whose vessels are covered
   * @param strength weight of the commitment (0..1; 1 = a treaty commitment affirmed in public)
   * @param coverage agencies of the protectee covered (e.g. navy and coast guard)
   * @param threshold lowest escalation level the commitment covers (7 = armed attack); below it
   *     the commitment adds no cost
   */
  record DefenseCommitment(String guarantor, String protectee, double strength, Set<Agency> coverage,
      int threshold) implements Effect {
    public DefenseCommitment {
      Objects.requireNonNull(guarantor, "guarantor");
      Objects.requireNonNull(protectee, "protectee");
      Checks.probability("strength", strength);
      coverage = Checks.ordered(Checks.nonEmpty("coverage", coverage));
      Checks.level("threshold", threshold);
    }

    @Override
    public String kind() {
      return "defense_commitment";
    }
  }

  /**
   * Vessels and coastal radars delivered on dates (capacity building).
   *
   * @param vessels vessels that join the recipient's fleet on their dates
   * @param radars coastal radars that start to see on their dates
   */
  record Capacity(List<VesselDelivery> vessels, List<RadarDelivery> radars) implements Effect {
    public Capacity {
      vessels = List.copyOf(vessels);
      radars = List.copyOf(radars);
      if (vessels.isEmpty() && radars.isEmpty()) {
        throw new IllegalArgumentException("capacity must deliver at least one vessel or radar");
      }
    }

    @Override
    public String kind() {
      return "capacity";
    }
  }

  /** Vessels joining a nation's fleet. */
  record VesselDelivery(LocalDate date, String nation, String vesselClass, int count, String homePort) {
    public VesselDelivery {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(nation, "nation");
      Objects.requireNonNull(vesselClass, "class");
      Checks.atLeast("count", count, 1);
      Objects.requireNonNull(homePort, "home_port");
    }
  }

  /** A coastal radar: its nation sees vessels within {@code rangeNm} of the site. */
  record RadarDelivery(LocalDate date, String nation, String site, double rangeNm) {
    public RadarDelivery {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(nation, "nation");
      Objects.requireNonNull(site, "site");
      Checks.positive("range_nm", rangeNm);
    }
  }

  /**
   * An arrangement between rivals capping escalation for some missions at some places, kept
   * with a probability each time it binds.
   *
   * @param maxLevel highest level the parties use while it binds
   * @param missions mission types covered (of the vessel challenged); empty means all
   * @param places features near which it applies; empty means everywhere
   * @param radiusNm distance from a listed place within which it applies
   * @param compliance probability that a party honours the cap when it binds
   */
  record Deescalation(
      int maxLevel, Set<MissionType> missions, List<String> places, double radiusNm, double compliance)
      implements Effect {
    public Deescalation {
      Checks.level("max_level", maxLevel);
      missions = Checks.ordered(missions);
      places = List.copyOf(places);
      Checks.nonNegative("radius_nm", radiusNm);
      Checks.probability("compliance", compliance);
    }

    @Override
    public String kind() {
      return "deescalation";
    }
  }

}
