package org.seastate.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashedLineTest {

  @Test
  void tenDashesAsPublished() {
    assertThat(DashedLine.dashes()).hasSize(10);
    assertThat(DashedLine.dashes().get(3).a()).isEqualTo(new LatLon(16.054, 119.063));
  }

  @Test
  void ringStartsAtDashOneNorthEndAndChainsNearestEnds() {
    List<LatLon> ends = DashedLine.orientedDashEnds();
    assertThat(ends).hasSize(20);
    assertThat(ends.get(0)).isEqualTo(new LatLon(24.586, 122.791));
    // dash 8 runs north from its south end, dash 10 ends at its north end
    assertThat(ends.get(14)).isEqualTo(new LatLon(6.006, 108.300));
    assertThat(ends.get(19)).isEqualTo(new LatLon(16.210, 109.298));
    List<LatLon> ring = DashedLine.ring();
    assertThat(ring.get(ring.size() - 1)).isEqualTo(new LatLon(27.0, 122.8));
  }

  @Test
  void containsTheSeaWithinTheLine() {
    assertThat(DashedLine.contains(12, 114)).isTrue();
    assertThat(DashedLine.contains(4.0, 112.3)).isTrue();
    assertThat(DashedLine.contains(14.5, 120.5)).isFalse();
    assertThat(DashedLine.contains(9.0, 105.0)).isFalse();
  }
}
