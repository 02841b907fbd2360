package org.seastate.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ProjectionTest {

  private final Projection proj = Theater.standard().projection();

  @Test
  void orientationMatchesScreen() {
    assertThat(proj.standardParallel()).isCloseTo(13.5, offset(1e-9));
    assertThat(proj.x(99)).isCloseTo(0, offset(1e-9));
    assertThat(proj.y(27)).isCloseTo(0, offset(1e-9));
    assertThat(proj.y(0)).isCloseTo(27 * 60, offset(1e-9));
    assertThat(proj.y(10)).isGreaterThan(proj.y(20)); // y grows south
    assertThat(proj.widthNm()).isCloseTo(29 * 60 * Math.cos(Math.toRadians(13.5)), offset(1e-9));
    assertThat(proj.heightNm()).isCloseTo(1620, offset(1e-9));
  }

  @Test
  void roundTrips() {
    for (Place p : Places.standard().all()) {
      LatLon q = proj.toLatLon(proj.x(p.position()), proj.y(p.position()));
      assertThat(q.lat()).isCloseTo(p.position().lat(), offset(1e-9));
      assertThat(q.lon()).isCloseTo(p.position().lon(), offset(1e-9));
    }
  }

  @Test
  void eastScaleGivesTrueDistances() {
    for (double lat : new double[] {1, 9.7, 13.5, 20, 26}) {
      double nm = 10;
      double dx = nm * proj.eastScale(lat);
      LatLon a = proj.toLatLon(500, proj.y(lat));
      LatLon b = proj.toLatLon(500 + dx, proj.y(lat));
      assertThat(a.distanceNm(b)).isCloseTo(nm, offset(0.01));
      double[] d = proj.displacement(lat, 90, nm);
      assertThat(d[0]).isCloseTo(dx, offset(1e-12));
      assertThat(d[1]).isCloseTo(0, offset(1e-12));
    }
    assertThat(proj.eastScale(13.5)).isCloseTo(1, offset(1e-12));
    assertThat(proj.displacement(10, 0, 5)[1]).isCloseTo(-5, offset(1e-12)); // north is -y
  }
}
