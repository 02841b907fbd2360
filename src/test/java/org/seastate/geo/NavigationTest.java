package org.seastate.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NavigationTest {

  private final Theater theater = Theater.standard();
  private final Navigation nav = theater.navigation();

  private Place place(String id) {
    return theater.places().get(id);
  }

  @Test
  void subicToScarboroughIsCloseToTheGreatCircle() {
    DistanceField f = nav.fieldTo(theater.berthCell(place("scarborough-shoal")));
    LatLon subic = theater.berth(place("subic-bay"));
    double route = f.distanceNm(subic);
    double gc = place("subic-bay").distanceNm(place("scarborough-shoal"));
    assertThat(route).isGreaterThanOrEqualTo(subic.distanceNm(f.destinationPoint()) - 1e-6);
    assertThat(route).isLessThanOrEqualTo(1.10 * gc);
  }

  @Test
  void yulinToSecondThomasNeverTouchesLand() {
    DistanceField f = nav.fieldTo(theater.berthCell(place("second-thomas-shoal")));
    LatLon yulin = theater.berth(place("yulin"));
    int[] cells = f.routeCells(theater.cellOf(yulin));
    assertThat(cells).isNotEmpty();
    for (int c : cells) {
      assertThat(theater.isNavigable(c)).isTrue();
    }
    List<LatLon> route = f.route(yulin);
    assertThat(route.get(route.size() - 1)).isEqualTo(f.destinationPoint());
    // every straight leg between consecutive route points stays on navigable cells
    for (int i = 0; i + 1 < route.size(); i++) {
      LatLon a = route.get(i);
      LatLon b = route.get(i + 1);
      assertThat(f.clear(a.lat(), a.lon(), b.lat(), b.lon())).as("leg %d", i).isTrue();
      for (int k = 0; k <= 20; k++) {
        double t = k / 20.0;
        LatLon p = new LatLon(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
        assertThat(theater.isNavigable(p)).as("leg %d at %s", i, p).isTrue();
      }
    }
    double length = 0;
    for (int i = 0; i + 1 < route.size(); i++) {
      length += route.get(i).distanceNm(route.get(i + 1));
    }
    assertThat(f.routeLengthNm(yulin)).isCloseTo(length, offset(0.01));
    double gc = place("yulin").distanceNm(place("second-thomas-shoal"));
    assertThat(length).isBetween(gc * 0.98, gc * 1.10);
  }

  @Test
  void advanceWalksTheRouteAndStopsExactlyAtTheDestination() {
    DistanceField f = nav.fieldTo(theater.berthCell(place("second-thomas-shoal")));
    double[] p = {theater.berth(place("yulin")).lat(), theater.berth(place("yulin")).lon()};
    double remaining = f.distanceNm(new LatLon(p[0], p[1]));
    int steps = 0;
    while (!f.arrived(new LatLon(p[0], p[1]))) {
      double moved = f.advance(p, 7.3);
      double now = f.distanceNm(new LatLon(p[0], p[1]));
      assertThat(theater.isNavigable(new LatLon(p[0], p[1]))).isTrue();
      assertThat(now).isLessThan(remaining);
      assertThat(remaining - now).isCloseTo(moved, offset(0.05));
      remaining = now;
      assertThat(++steps).isLessThan(200);
    }
    assertThat(p[0]).isEqualTo(f.destinationPoint().lat());
    assertThat(p[1]).isEqualTo(f.destinationPoint().lon());
    assertThat(f.advance(new LatLon(p[0], p[1]), 50)).isEqualTo(f.destinationPoint());
    assertThat(f.nextCell(f.destination())).isEqualTo(-1);
    assertThat(f.distanceNm(f.destination())).isZero();
  }

  @Test
  void advanceFromAnOffCentrePointStaysOnWater() {
    DistanceField f = nav.fieldTo(theater.berthCell(place("manila")));
    // start just off Subic Bay's mouth, not at a cell centre
    LatLon p = new LatLon(14.71, 120.11);
    assertThat(theater.isNavigable(p)).isTrue();
    for (int i = 0; i < 100 && !f.arrived(p); i++) {
      p = f.advance(p, 1.7);
      assertThat(theater.isNavigable(p)).as("step %d at %s", i, p).isTrue();
    }
    assertThat(f.arrived(p)).isTrue();
  }

  @Test
  void unreachableAndLandCells() {
    DistanceField f = nav.fieldTo(theater.berthCell(place("scarborough-shoal")));
    int land = theater.cellOf(new LatLon(16.0, 121.0));
    assertThat(f.distanceNm(land)).isInfinite();
    assertThat(f.nextCell(land)).isEqualTo(-1);
    LatLon onLand = new LatLon(16.0, 121.0);
    assertThat(f.advance(onLand, 10)).isEqualTo(onLand);
    assertThat(f.route(onLand)).isEmpty();
  }

  @Test
  void fieldsAreBuiltOnceAndSharedAcrossThreads() throws Exception {
    int dest = theater.berthCell(place("cam-ranh-bay"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<DistanceField>> jobs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        jobs.add(() -> nav.fieldTo(dest));
      }
      DistanceField first = null;
      for (Future<DistanceField> fu : pool.invokeAll(jobs)) {
        if (first == null) {
          first = fu.get();
        }
        assertThat(fu.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(nav.fieldTo(theater.cellCentre(dest))).isSameAs(nav.fieldTo(dest));
  }

  @Test
  void distancesAreSymmetricBetweenBerths() {
    int a = theater.berthCell(place("puerto-princesa"));
    int b = theater.berthCell(place("kota-kinabalu"));
    assertThat(nav.fieldTo(a).distanceNm(b)).isCloseTo(nav.fieldTo(b).distanceNm(a), offset(0.01));
  }
}
