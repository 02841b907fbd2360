package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.FleetEntry;

class FleetTest {

  @Test
  void vesselsAreConservedAndLateAdditionsAppearOnTheirDate() {
    TestWorld w = new TestWorld();
    w.end = LocalDate.of(2023, 3, 31);
    LocalDate joins = LocalDate.of(2023, 2, 15);
    w.extraPh = List.of(new FleetEntry("pcg-mrrv", 2, "manila", Optional.of(joins)));
    int expected = 10 + 12 + 6 + 2 + 2 + 3 + 2;
    int[] delivered = new int[400];
    Runs.run(w.build(), 5, sim -> {
      assertThat(sim.vessels()).hasSize(expected);
      int notYet = 0;
      for (Vessel v : sim.vessels()) {
        if (v.state() == VesselState.NOT_DELIVERED) {
          notYet++;
        }
      }
      delivered[sim.dayIndex()] = expected - notYet;
    });
    int joinDay = (int) (joins.toEpochDay() - w.start.toEpochDay());
    assertThat(delivered[joinDay - 1]).isEqualTo(expected - 2);
    assertThat(delivered[joinDay]).isEqualTo(expected);
    assertThat(delivered[joinDay + 10]).isEqualTo(expected);
  }

  @Test
  void capacityDeliveriesJoinOnTheirDateOnlyWhileTheAgreementIsEnabled() {
    LocalDate date = LocalDate.of(2023, 3, 1);
    int day = (int) (date.toEpochDay() - LocalDate.of(2023, 1, 1).toEpochDay());
    for (boolean enabled : new boolean[] {true, false}) {
      TestWorld w = new TestWorld();
      w.end = LocalDate.of(2023, 3, 31);
      w.deliveries = List.of(new org.seastate.scenario.Effect.VesselDelivery(date, "PH", "pcg-mrrv", 3, "manila"));
      w.capacityEnabled = enabled;
      int[] ph = new int[100];
      Runs.run(w.build(), 8, sim -> {
        int n = 0;
        for (Vessel v : sim.vessels()) {
          if (v.hull().nation().equals("PH") && v.state() != VesselState.NOT_DELIVERED) {
            n++;
          }
        }
        ph[sim.dayIndex()] = n;
      });
      assertThat(ph[day - 1]).as("before the date").isEqualTo(8);
      assertThat(ph[day + 5]).as("after the date, agreement enabled=%s", enabled).isEqualTo(enabled ? 11 : 8);
    }
  }
}
