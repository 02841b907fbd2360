package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The AIS observation model of the presence metrics: a hash, not a draw. */
class AisObservationTest {
  @Test
  void broadcastingIsAFunctionOfSeedVesselAndDayWithTheGivenRate() {
    int seen = 0;
    int n = 0;
    for (int v = 0; v < 200; v++) {
      for (int d = 0; d < 365; d++) {
        boolean b = ObservationModel.broadcasts(new RandomDraws(2023), v, d, 0.7);
        assertThat(ObservationModel.broadcasts(new RandomDraws(2023), v, d, 0.7)).isEqualTo(b);
        seen += b ? 1 : 0;
        n++;
      }
    }
    assertThat((double) seen / n).isCloseTo(0.7, within(0.01));
    // monotone in the probability: a vessel seen at 0.5 is seen at 0.8
    for (int d = 0; d < 100; d++) {
      if (ObservationModel.broadcasts(new RandomDraws(7), 3, d, 0.5)) {
        assertThat(ObservationModel.broadcasts(new RandomDraws(7), 3, d, 0.8)).isTrue();
      }
    }
    assertThat(ObservationModel.broadcasts(new RandomDraws(7), 3, 0, 0.0)).isFalse();
    // another seed gives other days
    int differ = 0;
    for (int d = 0; d < 365; d++) {
      differ += ObservationModel.broadcasts(new RandomDraws(1), 5, d, 0.5) != ObservationModel.broadcasts(new RandomDraws(2), 5, d, 0.5) ? 1 : 0;
    }
    assertThat(differ).isBetween(120, 245);
  }
}
