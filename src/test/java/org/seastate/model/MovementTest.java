package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seastate.geo.Theater;

class MovementTest {

  @Test
  void noVesselIsEverOnLandAndNoneOutlastsItsEndurance() {
    TestWorld w = new TestWorld();
    w.end = LocalDate.of(2023, 4, 30);
    List<String> problems = new ArrayList<>();
    long[] atSeaChecks = {0};
    Runs.run(w.build(), 7, sim -> {
      long now = sim.now();
      for (Vessel v : sim.vessels()) {
        if (v.state().atSea()) {
          atSeaChecks[0]++;
          int cell = sim.grid().cellOf(v.lat(), v.lon());
          if (cell < 0 || !Theater.standard().isNavigable(cell)) {
            problems.add(v + " on land at " + v.position() + " hour " + now);
          }
          if (v.hoursAtSea(now) > v.enduranceHours()) {
            problems.add(v + " at sea " + v.hoursAtSea(now) + " h > endurance " + v.enduranceHours());
          }
        }
      }
    });
    assertThat(atSeaChecks[0]).as("vessel-hours at sea checked").isGreaterThan(10_000);
    assertThat(problems).isEmpty();
  }

  @Test
  void vesselsReturnOnlyToPortsTheirNationMayUse() {
    TestWorld w = new TestWorld();
    w.end = LocalDate.of(2023, 4, 30);
    w.subicAccessForJp = true;
    List<String> problems = new ArrayList<>();
    int[] arrivals = {0};
    VesselState[] before = new VesselState[64];
    Runs.run(w.build(), 3, sim -> {
      for (Vessel v : sim.vessels()) {
        VesselState prev = before[v.hull().id()];
        if (v.state() == VesselState.IN_PORT && prev != null && prev != VesselState.IN_PORT) {
          arrivals[0]++;
          boolean usable = v.port == v.hull().homePort() || sim.rules().mayUsePort(v.hull().nation(), v.port);
          if (!usable) {
            problems.add(v + " entered " + v.port.id());
          }
        }
        before[v.hull().id()] = v.state();
      }
    });
    assertThat(arrivals[0]).as("returns to port observed").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  @Test
  void portAccessShortensJapaneseTransitsToScarborough() {
    double with = 0;
    double without = 0;
    for (long seed = 1; seed <= 4; seed++) {
      with += jpTransitHours(true, seed);
      without += jpTransitHours(false, seed);
    }
    // Naha → Scarborough is 864 nm (FACTS.md §1.4); Subic → Scarborough 148 nm.
    assertThat(with / 4).isLessThan(0.75 * without / 4);
  }

  private static double jpTransitHours(boolean access, long seed) {
    TestWorld w = new TestWorld();
    w.subicAccessForJp = access;
    w.jointPatrolsPerMonth = 4;
    RunSummary s = Runs.run(w.build(), seed).summary();
    double hours = 0;
    double n = 0;
    for (Metric m : s.metrics()) {
      if (m.nation().equals("JP") && m.feature().equals("scarborough-shoal")) {
        if (m.name().equals("transits")) {
          n += m.value();
        }
      }
    }
    for (Metric m : s.metrics()) {
      if (m.nation().equals("JP") && m.feature().equals("scarborough-shoal") && m.name().equals("transit_hours_mean")) {
        hours += m.value() * n;
      }
    }
    assertThat(n).as("JP transits to Scarborough (seed " + seed + ")").isGreaterThan(0);
    return hours / n;
  }
}
