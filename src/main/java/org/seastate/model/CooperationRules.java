package org.seastate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seastate.geo.Place;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Agreement;
import org.seastate.scenario.Effect;
import org.seastate.scenario.MissionType;

/**
 * What the agreements in force allow on one day, as answers to the questions the model asks:
 * "may JP use Subic Bay today?", "who shares contacts with PH?", "what commitments cover this
 * PH coast-guard vessel?". No code here or elsewhere names a particular treaty: every answer
 * is derived from the effects listed in the scenario, so a hypothetical agreement behaves like a
 * real one.
 *
 * <p>Immutable: the simulation builds a new view on each day an agreement's dates change what
 * holds (and when a user toggles an agreement), so an answer never changes in the middle of a
 * tick.
 */
public final class CooperationRules {

  /** A cap on escalation that binds an actor against a target, kept with a probability. */
  public record Cap(int maxLevel, double compliance, Effect.Deescalation effect) {}

  /** A joint patrol programme in force: who sails, where, how often. */
  public record JointPatrolProgramme(String agreementId, List<String> participants, Effect.JointPatrols effect) {}

  private final LocalDate date;
  private final List<Agreement> inForce;
  private final Set<String> partnerPairs = new HashSet<>();
  private final Set<String> sharingPairs = new HashSet<>();
  private final Map<String, Double> detectionBonus = new HashMap<>();
  private final Map<String, Set<String>> openPorts = new HashMap<>();
  private final Map<String, List<Effect.DefenseCommitment>> commitments = new HashMap<>();
  private final List<Agreement> deescalations = new ArrayList<>();
  private final List<JointPatrolProgramme> jointPatrols = new ArrayList<>();
  private final List<Effect.RadarDelivery> radars = new ArrayList<>();
  private final List<String> nations;
  /** Per pair of nations: bits (by agency ordinal) of b's agencies that a cooperates with. */
  private final Map<String, Integer> agencyMasks = new HashMap<>();
  private final int[][] maskMatrix;
  private final boolean[][] partnerMatrix;
  private final boolean[][] sharingMatrix;
  private final double[] bonusByIndex;

  /**
   * Builds the view for a date.
   *
   * @param agreements all agreements of the scenario, in file order
   * @param enabled current on/off switch per agreement id (events and the GUI may change it)
   * @param date the day
   */
  public CooperationRules(Map<String, Agreement> agreements, Map<String, Boolean> enabled, LocalDate date) {
    this(agreements, enabled, date, List.of());
  }

  /**
   * As above, with the scenario's nations in order, so hot loops can ask
   * {@link #partners(int, int)} by index.
   */
  public CooperationRules(
      Map<String, Agreement> agreements, Map<String, Boolean> enabled, LocalDate date, List<String> nations) {
    this.date = date;
    this.nations = List.copyOf(nations);
    List<Agreement> active = new ArrayList<>();
    for (Agreement a : agreements.values()) {
      boolean on = enabled.getOrDefault(a.id(), a.enabled());
      if (on && !date.isBefore(a.inForce()) && a.end().map(date::isBefore).orElse(true)) {
        active.add(a);
      }
    }
    this.inForce = List.copyOf(active);
    for (Agreement a : inForce) {
      index(a);
    }
    int n = this.nations.size();
    partnerMatrix = new boolean[n][n];
    maskMatrix = new int[n][n];
    sharingMatrix = new boolean[n][n];
    bonusByIndex = new double[n];
    for (int i = 0; i < n; i++) {
      bonusByIndex[i] = detectionBonusNm(this.nations.get(i));
      for (int j = 0; j < n; j++) {
        partnerMatrix[i][j] = partners(this.nations.get(i), this.nations.get(j));
        maskMatrix[i][j] = agencyMasks.getOrDefault(this.nations.get(i) + '>' + this.nations.get(j), 0);
        sharingMatrix[i][j] = sharesPicture(this.nations.get(i), this.nations.get(j));
      }
    }
  }

  /** {@link #sharesPicture(String, String)} by nation index. */
  public boolean sharesPicture(int observer, int source) {
    return sharingMatrix[observer][source];
  }

  /** {@link #detectionBonusNm(String)} by nation index. */
  public double detectionBonusNm(int nation) {
    return bonusByIndex[nation];
  }

  /** {@link #partners(String, String)} by nation index (see the four-argument constructor). */
  public boolean partners(int a, int b) {
    return partnerMatrix[a][b];
  }

  /**
   * Whether nation {@code a} cooperates with vessels of nation {@code b} of this agency: an
   * agreement in force between them has a cooperative effect that covers the agency (port
   * access: navies and coast guards; joint patrols: the patrol's agency; information sharing:
   * every agency; a defence commitment: the covered agencies of the protectee and the
   * guarantor's navy).
   */
  public boolean partners(int a, int b, Agency agencyOfB) {
    return (maskMatrix[a][b] & (1 << agencyOfB.ordinal())) != 0;
  }

  /** Whether nation {@code a} cooperates with vessels of some agency of nation {@code b} (by index). */
  public boolean partnersAnyAgency(int a, int b) {
    return maskMatrix[a][b] != 0;
  }

  private void cover(String a, String b, Collection<Agency> agencies) {
    if (a.equals(b)) {
      return;
    }
    int bits = 0;
    for (Agency g : agencies) {
      bits |= 1 << g.ordinal();
    }
    agencyMasks.merge(a + '>' + b, bits, (x, y) -> x | y);
  }

  private void coverAll(List<String> parties, Collection<Agency> agencies) {
    for (String p : parties) {
      for (String q : parties) {
        cover(p, q, agencies);
      }
    }
  }

  private void index(Agreement a) {
    boolean cooperative = false;
    for (Effect e : a.effects()) {
      if (e instanceof Effect.PortAccess pa) {
        cooperative = true;
        List<String> guests = pa.guests().isEmpty() ? others(a.parties(), pa.host()) : pa.guests();
        List<String> both = new ArrayList<>(guests);
        both.add(pa.host());
        coverAll(both, List.of(Agency.NAVY, Agency.COAST_GUARD));
        for (String guest : guests) {
          openPorts.computeIfAbsent(guest, k -> new HashSet<>()).addAll(pa.ports());
        }
      } else if (e instanceof Effect.InfoSharing is) {
        cooperative = true;
        coverAll(a.parties(), List.of(Agency.values()));
        for (String p : a.parties()) {
          detectionBonus.merge(p, is.detectionBonusNm(), Math::max);
          for (String q : a.parties()) {
            sharingPairs.add(pair(p, q));
          }
        }
      } else if (e instanceof Effect.DefenseCommitment dc) {
        cooperative = true;
        commitments.computeIfAbsent(dc.protectee(), k -> new ArrayList<>()).add(dc);
        cover(dc.guarantor(), dc.protectee(), dc.coverage());
        cover(dc.protectee(), dc.guarantor(), List.of(Agency.NAVY));
      } else if (e instanceof Effect.JointPatrols jp) {
        cooperative = true;
        List<String> who = jp.participants().isEmpty() ? a.parties() : jp.participants();
        jointPatrols.add(new JointPatrolProgramme(a.id(), List.copyOf(who), jp));
        coverAll(who, List.of(jp.agency()));
      } else if (e instanceof Effect.Capacity cap) {
        cooperative = true;
        for (Effect.RadarDelivery r : cap.radars()) {
          if (!date.isBefore(r.date())) {
            radars.add(r);
          }
        }
      } else if (e instanceof Effect.Deescalation) {
        if (!deescalations.contains(a)) {
          deescalations.add(a);
        }
      }
    }
    // An arrangement between rivals (de-escalation only) does not make them partners.
    if (cooperative) {
      for (String p : a.parties()) {
        for (String q : a.parties()) {
          if (!p.equals(q)) {
            partnerPairs.add(pair(p, q));
          }
        }
      }
    }
  }

  private static List<String> others(List<String> parties, String host) {
    return parties.stream().filter(p -> !p.equals(host)).toList();
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + '|' + b : b + '|' + a;
  }

  /** The day the view was built for (it holds until the next of {@link #changeDays}). */
  public LocalDate date() {
    return date;
  }

  /** The agreements whose effects hold today, in file order. */
  public List<Agreement> inForce() {
    return inForce;
  }

  /**
   * Whether two nations cooperate today in any way (an agreement in force with a cooperative
   * effect); see {@link #partners(int, int, Agency)} for the per-agency answer.
   */
  public boolean partners(String a, String b) {
    return !a.equals(b) && partnerPairs.contains(pair(a, b));
  }

  /** Whether a vessel of {@code nation} may use {@code port} (its own, or opened to it). */
  public boolean mayUsePort(String nation, Place port) {
    if (!port.kind().berthsVessels()) {
      return false;
    }
    if (nation.equals(port.holder())) {
      return true;
    }
    Set<String> open = openPorts.get(nation);
    return open != null && open.contains(port.id());
  }

  /** Whether {@code observer} sees what {@code source}'s vessels and radars see. */
  public boolean sharesPicture(String observer, String source) {
    return observer.equals(source) || sharingPairs.contains(pair(observer, source));
  }

  /** Nautical miles added to the sensor range of a nation's vessels by information sharing. */
  public double detectionBonusNm(String nation) {
    Double b = detectionBonus.get(nation);
    return b == null ? 0 : b;
  }

  /**
   * For each level (index), the summed strength of the commitments covering a vessel of this
   * nation and agency whose threshold is at or below that level: a commitment adds nothing
   * below its threshold rung.
   */
  public void commitmentsByLevel(String nation, Agency agency, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (Effect.DefenseCommitment dc : commitments.getOrDefault(nation, List.of())) {
      if (dc.coverage().contains(agency)) {
        for (int l = dc.threshold(); l < out.length; l++) {
          out[l] += dc.strength();
        }
      }
    }
  }

  /**
   * The de-escalation caps that bind {@code actor} when it escalates against {@code other}'s
   * vessel on a mission of type {@code mission}; {@code nearPlace} says whether the encounter is
   * within an effect's radius of one of its places (the caller knows the geometry).
   */
  public List<Cap> caps(String actor, String other, MissionType mission, PlaceTest nearPlace) {
    List<Cap> caps = new ArrayList<>();
    for (Agreement a : deescalations) {
      if (!a.parties().contains(actor) || !a.parties().contains(other)) {
        continue;
      }
      for (Effect.Deescalation d : a.effects(Effect.Deescalation.class)) {
        boolean missionCovered = d.missions().isEmpty() || (mission != null && d.missions().contains(mission));
        boolean placeCovered = d.places().isEmpty() || nearPlace.near(d.places(), d.radiusNm());
        if (missionCovered && placeCovered) {
          caps.add(new Cap(d.maxLevel(), d.compliance(), d));
        }
      }
    }
    return caps;
  }

  /**
   * The lowest cap of the de-escalation arrangements in force that bind {@code nation} at a
   * place (listed in the effect, or everywhere), or -1 when none does.
   */
  public int deescalationCapAt(String nation, String placeId) {
    int cap = -1;
    for (Agreement a : deescalations) {
      if (!a.parties().contains(nation)) {
        continue;
      }
      for (Effect.Deescalation d : a.effects(Effect.Deescalation.class)) {
        if (d.places().isEmpty() || d.places().contains(placeId)) {
          cap = cap < 0 ? d.maxLevel() : Math.min(cap, d.maxLevel());
        }
      }
    }
    return cap;
  }

  /** Coastal radars delivered and working today. */
  public List<Effect.RadarDelivery> radars() {
    return radars;
  }

  /** The joint patrol programmes in force today. */
  public List<JointPatrolProgramme> jointPatrols() {
    return jointPatrols;
  }


  /**
   * Ports that any agreement of the scenario (in force or not yet) may open to a nation's
   * vessels: the candidates a command considers; whether one is open today is
   * {@link #mayUsePort}.
   */
  public static Set<String> portsEverOpenTo(Collection<Agreement> agreements, String nation) {
    Set<String> ports = new java.util.LinkedHashSet<>();
    for (Agreement a : agreements) {
      for (Effect.PortAccess pa : a.effects(Effect.PortAccess.class)) {
        boolean guest = pa.guests().isEmpty()
            ? a.parties().contains(nation) && !pa.host().equals(nation) : pa.guests().contains(nation);
        if (guest) {
          ports.addAll(pa.ports());
        }
      }
    }
    return ports;
  }

  /**
   * The days on which the view may differ from the day before with the same switches: an
   * agreement comes into force or ends, or a radar it delivers starts working. On any other day
   * the simulation keeps the view it has.
   */
  public static Set<LocalDate> changeDays(Collection<Agreement> agreements) {
    Set<LocalDate> days = new HashSet<>();
    for (Agreement a : agreements) {
      days.add(a.inForce());
      a.end().ifPresent(days::add);
      for (Effect.Capacity cap : a.effects(Effect.Capacity.class)) {
        for (Effect.RadarDelivery r : cap.radars()) {
          days.add(r.date());
        }
      }
    }
    return days;
  }

  /** A vessel an agreement's capacity effect delivers. */
  public record Delivery(String agreementId, Effect.VesselDelivery vessels) {}

  /** Every vessel delivery of the scenario's agreements, in file order. */
  public static List<Delivery> vesselDeliveries(Collection<Agreement> agreements) {
    List<Delivery> out = new ArrayList<>();
    for (Agreement a : agreements) {
      for (Effect.Capacity cap : a.effects(Effect.Capacity.class)) {
        for (Effect.VesselDelivery d : cap.vessels()) {
          out.add(new Delivery(a.id(), d));
        }
      }
    }
    return out;
  }

  /** Geometry callback for {@link #caps}: is the encounter within radius of any of these places? */
  @FunctionalInterface
  public interface PlaceTest {
    boolean near(List<String> placeIds, double radiusNm);
  }
}
