package org.seastate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.BitSet;
import org.seastate.scenario.Agency;

/**
 * An encounter episode: two nations' vessels in contact, from first challenge until a side
 * leaves, the intercepted mission arrives or turns back, or an armed clash ends it. Vessels
 * join and leave while it lasts. It remembers each side's last and highest act, so the next
 * choice on the {@link EscalationLadder} depends on what came before.
 *
 * <p>State only: {@link Encounters} plays it; the model reads its fields. The public accessors
 * are what the GUI's map and inspector show of an open episode.
 */
public final class Encounter {
  final int id;
  /** Who met whom, where and when: fixed for the whole episode. */
  final Contact contact;
  /** For an interception: the run it intercepts. */
  final ResupplyRun run;
  /** For an interception: a vessel of the intercepted group (identifies the group). */
  final Mission mission;
  final List<Vessel> challengers = new ArrayList<>();
  final List<Vessel> targets = new ArrayList<>();
  final List<String> involved = new ArrayList<>();
  /** Vessels sent to reinforce a side; released when the episode ends. */
  final List<Vessel> responders = new ArrayList<>();
  /** Agencies (bits by ordinal) of each side's vessels that took part. */
  int challengerAgencies;
  int targetAgencies;
  /** Ids of the vessels that took part (for {@link #involved} without a search). */
  private final BitSet involvedIds = new BitSet();
  /** Each side's de-escalation cap while it binds (MAX_VALUE when none). */
  int challengerCap = Integer.MAX_VALUE;
  int targetCap = Integer.MAX_VALUE;
  /** Whether the de-escalation check found a covered mission in the covered area. */
  boolean capBound;
  int challengerLast;
  int targetLast;
  int challengerMax;
  int targetMax;
  int damaged;
  int injuries;
  long hours;
  boolean closed;
  EpisodeEnd end;
  /** Boats of an intercepted run that got through / were turned back during the episode. */
  int boatsThrough;
  int boatsTurnedBack;
  /** Coercive acts, held until the episode ends and their incidents' reporting is known. */
  final List<SeaEvent.Act> acts = new ArrayList<>();
  /**
   * The incidents being gathered (a day's acts at level 3 or more against one side), index 0
   * against the target, 1 against the challenger: the day (-1 none), highest level, witnesses.
   */
  final int[] incidentDay = {-1, -1};
  final int[] incidentLevel = new int[2];
  final int[] incidentWitnesses = new int[2];
  int incidents;
  int reported;
  /** Incidents that became public, as 2 × day + side, for the acts' reported flag. */
  final List<Integer> reportedDays = new ArrayList<>();

  /** The key of this episode's random draws (see {@link RandomDraws}). */
  final long drawKey;

  /** An episode of {@code contact}; {@code intercepted}: the mission an interception stops, or null. */
  Encounter(int id, Contact contact, Mission intercepted) {
    this.id = id;
    this.contact = contact;
    this.run = intercepted == null ? null : intercepted.resupply;
    this.mission = intercepted;
    this.drawKey = contact.drawKey();
  }

  /** Where the encounter is now: at its lead target, or where it opened. */
  public double lat() {
    return targets.isEmpty() ? contact.lat() : targets.get(0).lat();
  }

  public double lon() {
    return targets.isEmpty() ? contact.lon() : targets.get(0).lon();
  }

  public int getId() {
    return id;
  }

  /** Who met whom, where and when. */
  public Contact contact() {
    return contact;
  }

  /** Highest level either side has used so far. */
  public int getMaxLevel() {
    return Math.max(challengerMax, targetMax);
  }

  /** The higher of the two sides' acts in the last hour. */
  public int getCurrentLevel() {
    return Math.max(challengerLast, targetLast);
  }

  public List<Vessel> challengers() {
    return challengers;
  }

  public List<Vessel> targets() {
    return targets;
  }

  /** Adds a vessel to a side (it must not be in another episode). */
  void join(Vessel v, boolean challengerSide) {
    (challengerSide ? challengers : targets).add(v);
    if (challengerSide) {
      challengerAgencies |= 1 << v.hull().agency().ordinal();
    } else {
      targetAgencies |= 1 << v.hull().agency().ordinal();
    }
    v.encounter = this;
    if (!involvedIds.get(v.hull().id())) {
      involvedIds.set(v.hull().id());
      involved.add(v.hull().name());
    }
  }

  /** The agency keys of a set of agency bits, in alphabetical order, joined by ';'. */
  static String agencies(int bits) {
    List<String> keys = new ArrayList<>();
    for (Agency a : Agency.values()) {
      if ((bits & (1 << a.ordinal())) != 0) {
        keys.add(a.key());
      }
    }
    java.util.Collections.sort(keys);
    return String.join(";", keys);
  }

  /** A vessel leaves; the episode goes on without it. */
  void leave(Vessel v) {
    challengers.remove(v);
    targets.remove(v);
    if (v.encounter == this) {
      v.encounter = null;
    }
  }

  /** Both sides' vessels leave (before membership is rebuilt, or at the end). */
  void releaseAll() {
    for (Vessel v : challengers) {
      if (v.encounter == this) {
        v.encounter = null;
      }
    }
    for (Vessel v : targets) {
      if (v.encounter == this) {
        v.encounter = null;
      }
    }
    challengers.clear();
    targets.clear();
  }
}
