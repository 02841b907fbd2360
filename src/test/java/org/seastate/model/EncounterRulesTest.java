package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.Agency;
import org.seastate.scenario.ScenarioEvent;

class EncounterRulesTest {

  @Test
  void withoutInterdictionThereAreNoEpisodes() {
    TestWorld w = new TestWorld();
    w.interdiction = false;
    w.blockadeProbability = 0;
    Runs.Result r = Runs.run(w.build(), 11);
    assertThat(r.summary().value("episodes_total")).isZero();
    assertThat(r.episodes()).isEmpty();
    // The same world with interdiction has plenty, so the zero above is not an accident.
    Runs.Result control = Runs.run(new TestWorld().build(), 11);
    assertThat(control.summary().value("episodes_total")).isGreaterThan(10);
  }

  /** Ships that stay together at a feature make one long episode, not an incident a day. */
  @Test
  void aStandoffLastsWhileBothSidesStay() {
    Runs.Result r = Runs.run(new TestWorld().build(), 5);
    List<SeaEvent.Episode> standoffs = r.episodes().stream()
        .filter(e -> e.kind() == EncounterKind.STANDOFF && e.feature().equals("scarborough-shoal")).toList();
    assertThat(standoffs).isNotEmpty();
    double median = r.summary().value("standoff_hours_median");
    assertThat(median).as("median standoff hours").isGreaterThan(24);
    // The Philippine patrol stays three days: the longest standoff there is about that long, not 12 hours.
    assertThat(standoffs.stream().mapToInt(SeaEvent.Episode::hours).max().getAsInt()).isGreaterThan(48);
  }

  /**
   * A blockade intercepts resupply runs in its band and keeps the episode open until the boats
   * arrive or turn back; some runs are disrupted. With the blockade off, none are intercepted.
   */
  @Test
  void aBlockadeInterceptsAndDisruptsResupply() {
    TestWorld w = new TestWorld();
    double intercepted = 0;
    double disrupted = 0;
    double attempts = 0;
    for (long seed = 1; seed <= 3; seed++) {
      Runs.Result r = Runs.run(w.build(), seed);
      intercepted += r.summary().value("interceptions");
      disrupted += r.summary().value("resupply_disrupted");
      attempts += r.summary().value("resupply_attempts");
      for (SeaEvent.Episode e : r.episodes()) {
        if (e.kind() == EncounterKind.INTERCEPTION) {
          assertThat(e.end()).isIn(EpisodeEnd.ARRIVED, EpisodeEnd.PARTLY_THROUGH, EpisodeEnd.TURNED_BACK,
              EpisodeEnd.CHALLENGER_LEFT, EpisodeEnd.RUN_ENDED, EpisodeEnd.CRISIS);
          assertThat(e.distanceNm()).isLessThanOrEqualTo(w.blockadeBandNm + 1);
        }
      }
    }
    assertThat(intercepted).isGreaterThan(attempts / 2);
    assertThat(disrupted).isPositive();
    w.blockadeProbability = 0;
    assertThat(Runs.run(w.build(), 1).summary().value("interceptions")).isZero();
  }

  /**
   * A defence commitment that applies from rung 6: with the same seeds, acts at 6–7 against the
   * covered coast guard fall by at least 90%, while acts at 3–5 do not fall by more than a third.
   */
  @Test
  void aCommitmentAtRungSixMovesCoercionBelowIt() {
    long[] without = actsAgainstPhCoastGuard(false);
    long[] with = actsAgainstPhCoastGuard(true);
    long highWithout = without[6] + without[7];
    long highWith = with[6] + with[7];
    long midWithout = without[3] + without[4] + without[5];
    long midWith = with[3] + with[4] + with[5];
    assertThat(highWithout).as("acts at 6-7 without the commitment").isGreaterThanOrEqualTo(10);
    assertThat((double) highWith).as("acts at 6-7 with it (%s without)", highWithout)
        .isLessThanOrEqualTo(0.1 * highWithout);
    assertThat((double) midWith).as("acts at 3-5 with it (%s without)", midWithout)
        .isGreaterThanOrEqualTo(midWithout * 2.0 / 3.0);
  }

  private static long[] actsAgainstPhCoastGuard(boolean committed) {
    TestWorld w = new TestWorld();
    w.cnCoastGuardRoe = 7;
    w.commitmentThreshold = 6;
    w.commitmentStrength = committed ? 1.0 : 0.0;
    long[] acts = new long[8];
    for (long seed = 1; seed <= 3; seed++) {
      RunSummary s = Runs.run(w.build(), seed).summary();
      for (int l = 3; l <= 7; l++) {
        acts[l] += (long) s.sum("acts_against_level_" + l, "PH", "coast_guard", "");
      }
    }
    return acts;
  }

  /**
   * A de-escalation cap on resupply to a place binds both sides for the whole episode of a run
   * bound there: from its first challenge outside the cap's radius, with escorts included, and
   * after the supply boats have left the episode.
   */
  @Test
  void aDeescalationCapBindsEscortsForTheWholeEpisode() {
    TestWorld w = new TestWorld();
    w.deescalation = Optional.of(new org.seastate.scenario.Effect.Deescalation(2,
        Set.of(org.seastate.scenario.MissionType.RESUPPLY), List.of("second-thomas-shoal"), 8, 1.0));
    Set<Integer> bound = new HashSet<>();
    int[] hoursOutside = new int[1];
    int[] escortHours = new int[1];
    for (long seed = 1; seed <= 3; seed++) {
      Runs.run(w.build(), seed, sim -> {
        for (Encounter e : sim.openEncounters()) {
          if (!e.capBound) {
            continue;
          }
          bound.add(e.id);
          assertThat(e.challengerLast).as("CN act in a capped episode").isLessThanOrEqualTo(2);
          assertThat(e.targetLast).as("PH act in a capped episode").isLessThanOrEqualTo(2);
          if (e.targets.stream().allMatch(v -> Encounters.distanceNm(v.lat(), v.lon(), 9.733, 115.867) > 8)) {
            hoursOutside[0]++;
          }
          if (e.targets.stream().anyMatch(v -> v.hull().agency() == Agency.COAST_GUARD)) {
            escortHours[0]++;
          }
        }
      });
    }
    assertThat(bound).as("episodes bound by the cap").isNotEmpty();
    assertThat(escortHours[0]).as("capped hours with escorts on the challenged side").isPositive();
    assertThat(hoursOutside[0]).as("capped hours outside the cap's area").isPositive();
    // Without the arrangement the same interceptions go above level 2.
    long above = 0;
    for (long seed = 1; seed <= 3; seed++) {
      above += Runs.run(new TestWorld().build(), seed).episodes().stream()
          .filter(e -> e.kind() == EncounterKind.INTERCEPTION && e.maxLevel() > 2).count();
    }
    assertThat(above).isPositive();
  }

  /** Rules of engagement are posture values: a dated event can raise them, and boardings follow. */
  @Test
  void aDatedEventCanRaiseTheRulesOfEngagement() {
    TestWorld w = new TestWorld();
    w.cnCoastGuardRoe = 5;
    w.commitmentStrength = 0; // nothing deters boarding but the rules of engagement
    LocalDate from = LocalDate.of(2023, 3, 1);
    w.events = List.of(new ScenarioEvent(from, "detention regulation",
        Map.of("nations.CN.posture.roe_cap.coast_guard", 6)));
    long before = 0;
    long after = 0;
    for (long seed = 1; seed <= 3; seed++) {
      for (SeaEvent.Act a : Runs.run(w.build(), seed).acts()) {
        if (a.level() >= 6) {
          if (a.date().isBefore(from)) {
            before++;
          } else {
            after++;
          }
        }
      }
    }
    assertThat(before).as("boardings before the event").isZero();
    assertThat(after).as("boardings after the event").isPositive();
  }

  /** What becomes public depends on the target's publicity: the reporting model. */
  @Test
  void reportedIncidentsFollowTheTargetsPublicity() {
    TestWorld quiet = new TestWorld();
    quiet.phPublicity = 0.0;
    TestWorld loud = new TestWorld();
    loud.phPublicity = 1.0;
    double quietShare = reportedShare(quiet);
    double loudShare = reportedShare(loud);
    assertThat(loudShare).isGreaterThan(quietShare + 0.3);
  }

  private static double reportedShare(TestWorld w) {
    double reported = 0;
    double all = 0;
    for (long seed = 1; seed <= 2; seed++) {
      RunSummary s = Runs.run(w.build(), seed).summary();
      for (int l = 3; l <= 7; l++) {
        reported += s.sum("reported_incidents_level_" + l, "PH", "", "");
        all += s.sum("incidents_level_" + l, "PH", "", "");
      }
    }
    assertThat(all).isPositive();
    return reported / all;
  }

  /**
   * With {@code stop_on_crisis} the run ends at the first armed clash; without it the run goes
   * on. Armed Chinese cutters, rules of engagement up to 7 and no risk above blocking make a
   * clash certain.
   */
  @Test
  void stopOnCrisisEndsTheRunAtTheFirstArmedClash() {
    double[] reckless = {0, 0.02, 0.05, 0.12, 0, 0, 0, 0};
    TestWorld w = new TestWorld();
    w.cnArmed = true;
    w.cnCoastGuardRoe = 7;
    w.commitmentStrength = 0;
    w.escalationSettings = TestWorld.escalation(reckless, false);
    long seed = 0;
    Runs.Result goesOn;
    do {
      goesOn = Runs.run(w.build(), ++seed); // the first seed that reaches an armed clash
    } while (goesOn.summary().crisisDay().isEmpty() && seed < 10);
    assertThat(goesOn.summary().crisisDay()).as("an armed clash").isPresent();
    assertThat(goesOn.summary().daysSimulated()).isEqualTo(w.build().horizon().days());
    w.escalationSettings = TestWorld.escalation(reckless, true);
    Runs.Result stops = Runs.run(w.build(), seed);
    assertThat(stops.summary().daysSimulated()).isEqualTo(goesOn.summary().crisisDay().get() + 1);
  }
}
