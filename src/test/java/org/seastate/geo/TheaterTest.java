package org.seastate.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed raster against real geography and the rules in docs/THEATER.md. */
class TheaterTest {

  private final Theater theater = Theater.standard();

  private Place place(String id) {
    return theater.places().get(id);
  }

  @Test
  void gridIsTheDefaultBox() {
    assertThat(theater.rows()).isEqualTo(405);
    assertThat(theater.cols()).isEqualTo(435);
    assertThat(theater.cellDegrees()).isCloseTo(1.0 / 15, offset(1e-12));
    TheaterGrid g = theater.grid();
    assertThat(g.south()).isEqualTo(0);
    assertThat(g.north()).isCloseTo(27, offset(1e-9));
    assertThat(g.west()).isEqualTo(99);
    assertThat(g.east()).isCloseTo(128, offset(1e-9));
    assertThat(g.cellHeightNm()).isCloseTo(4.0, offset(1e-9));
    assertThat(theater.nations()).contains("CN", "PH", "VN", "MY", "BN", "ID", "TW");
    assertThat(Theater.standard()).isSameAs(theater);
  }

  private record DerivedKey(String name, int n) {}

  @Test
  void derivedDataIsBuiltOncePerKeyAndBounded() {
    java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
    Object first = theater.derived(new DerivedKey("a", 0), k -> new Object[] {k, builds.incrementAndGet()});
    assertThat(theater.<DerivedKey, Object>derived(new DerivedKey("a", 0), k -> new Object())).isSameAs(first);
    assertThat(builds.get()).isEqualTo(1);
    for (int i = 1; i <= Theater.DERIVED_KEPT; i++) {
      theater.derived(new DerivedKey("a", i), k -> new Object[] {k, builds.incrementAndGet()});
    }
    assertThat(theater.<DerivedKey, Object>derived(new DerivedKey("a", 0), k -> new Object())).isNotSameAs(first);
  }

  @Test
  void cellIndexAndCentreRoundTrip() {
    TheaterGrid g = theater.grid();
    for (int cell : new int[] {0, 434, 435, 12345, g.cellCount() - 1}) {
      assertThat(theater.cellOf(theater.cellCentre(cell))).isEqualTo(cell);
    }
    assertThat(g.centre(0).lat()).isCloseTo(27 - 1.0 / 30, offset(1e-9));
    assertThat(g.centre(0).lon()).isCloseTo(99 + 1.0 / 30, offset(1e-9));
    assertThat(theater.cellOf(new LatLon(-1, 110))).isEqualTo(-1);
    assertThat(theater.cellOf(new LatLon(0, 128))).isEqualTo(g.cellCount() - 1);
  }

  @ParameterizedTest(name = "land at {0},{1} ({2})")
  @CsvSource({
    "16.0, 121.0, Luzon",
    "17.5, 121.4, Luzon (Cagayan valley)",
    "9.5, 118.3, Palawan",
    "10.2, 119.1, Palawan (north)",
    "19.0, 109.8, Hainan",
    "1.0, 114.0, Borneo (Kalimantan)",
    "3.0, 113.5, Borneo (Sarawak)",
    "5.5, 116.5, Borneo (Sabah)",
    "14.0, 108.5, Vietnam (central highlands)",
    "21.0, 105.8, Vietnam (Hanoi)",
    "23.5, 121.0, Taiwan",
    "24.0, 113.0, China (Guangdong)",
  })
  void landSamples(double lat, double lon, String where) {
    assertThat(theater.isLand(new LatLon(lat, lon))).as(where).isTrue();
    assertThat(theater.isWater(new LatLon(lat, lon))).as(where).isFalse();
  }

  @ParameterizedTest(name = "open sea at {0},{1}")
  @CsvSource({
    "12.0, 114.0", "15.0, 115.0", "18.0, 116.0", "8.0, 111.0", "5.0, 108.0",
    "20.0, 125.0", "14.6, 120.8", "21.0, 108.3", "3.0, 106.0"
  })
  void seaSamplesAreNavigableWater(double lat, double lon) {
    LatLon p = new LatLon(lat, lon);
    assertThat(theater.isWater(p)).isTrue();
    assertThat(theater.isNavigable(p)).isTrue();
  }

  @ParameterizedTest(name = "EEZ of {0} is PH")
  @ValueSource(strings = {
    "scarborough-shoal", "second-thomas-shoal", "sabina-shoal", "reed-bank", "mischief-reef"})
  void philippineEez(String id) {
    assertThat(theater.eezOwner(place(id).position())).contains("PH");
  }

  @Test
  void otherEezOwners() {
    assertThat(theater.eezOwner(new LatLon(7.52, 109.72))).as("Vanguard Bank").contains("VN");
    assertThat(theater.eezOwner(place("vanguard-bank").position())).contains("VN");
    assertThat(theater.eezOwner(place("woody-island").position())).as("Woody Island").contains("CN");
    // Luconia Shoals: nearest counted coast is Sarawak (docs/THEATER.md)
    assertThat(theater.eezOwner(place("luconia-shoals").position())).contains("MY");
    assertThat(theater.eezOwner(new LatLon(22.5, 118.5))).as("Taiwan Strait, west of Penghu")
        .isPresent();
  }

  @ParameterizedTest(name = "{0} lies beyond 200 nm of every counted coast")
  @ValueSource(strings = {"thitu-island", "subi-reef", "fiery-cross-reef"})
  void spratlyFeaturesWithoutOwner(String id) {
    assertThat(theater.eezOwner(place(id).position())).isEmpty();
  }

  @Test
  void dashedLine() {
    for (String id : new String[] {"scarborough-shoal", "second-thomas-shoal", "mischief-reef",
        "woody-island", "fiery-cross-reef"}) {
      assertThat(theater.insideDashedLine(place(id).position())).as(id).isTrue();
    }
    assertThat(theater.insideDashedLine(new LatLon(14.55, 120.80))).as("Manila Bay").isFalse();
    assertThat(theater.insideDashedLine(new LatLon(14.0, 120.0))).as("off Luzon, east of dash 4").isFalse();
    assertThat(theater.insideDashedLine(new LatLon(11.0, 108.5))).as("off Phan Thiet").isFalse();
    assertThat(theater.insideDashedLine(new LatLon(2.0, 112.0))).as("south of James Shoal").isFalse();
  }

  @Test
  void everyPortBerthIsNavigableAndNear() {
    for (Place p : theater.places().ofKind(PlaceKind.PORT)) {
      if (theater.isOffMap(p)) {
        continue;
      }
      LatLon berth = theater.berth(p);
      assertThat(theater.isNavigable(theater.cellOf(berth))).as(p.id()).isTrue();
      assertThat(berth.distanceNm(p.position())).as(p.id()).isLessThan(12);
    }
    for (Place p : theater.places().ofKind(PlaceKind.FEATURE)) {
      assertThat(theater.isNavigable(theater.berthCell(p))).as(p.id()).isTrue();
      assertThat(theater.berth(p).distanceNm(p.position())).as(p.id()).isLessThan(4);
    }
  }

  @Test
  void offMapBasesEnterThroughNavigableEdgeCells() {
    for (String id : new String[] {"yokosuka", "sasebo", "guam", "darwin"}) {
      Place p = place(id);
      assertThat(theater.isOffMap(p)).isTrue();
      OffMapEntry e = theater.offMapEntry(p);
      assertThat(theater.grid().isEdge(e.cell())).isTrue();
      assertThat(theater.isNavigable(e.cell())).isTrue();
      assertThat(e.distanceNm()).isCloseTo(p.position().distanceNm(e.entry()), offset(1e-9));
      assertThat(e.transitHours(15)).isCloseTo(e.distanceNm() / 15, offset(1e-9));
      // the nearest of all navigable edge cells, the lowest cell on a tie
      int nearest = -1;
      for (int cell = 0; cell < theater.cellCount(); cell++) {
        if (theater.grid().isEdge(cell) && theater.isNavigable(cell) && (nearest < 0
            || p.position().distanceNm(theater.grid().centre(cell)) < p.position().distanceNm(theater.grid().centre(nearest)))) {
          nearest = cell;
        }
      }
      assertThat(e.cell()).as(id).isEqualTo(nearest);
    }
    OffMapEntry guam = theater.offMapEntry(place("guam"));
    assertThat(theater.grid().col(guam.cell())).isEqualTo(theater.cols() - 1);
    assertThat(guam.distanceNm()).isBetween(900.0, 1100.0);
    assertThat(theater.offMapTransitHours(place("guam"), 20)).isCloseTo(guam.distanceNm() / 20, offset(1e-9));
    assertThatThrownBy(() -> theater.berth(place("guam"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> theater.offMapEntry(place("manila"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void landMaskRefusesPlacesOnLand() {
    LandMask mask = theater;
    assertThat(mask.isLand(place("fort-magsaysay").position())).isTrue();
    assertThat(mask.isLand(place("scarborough-shoal").position())).isFalse();
  }
}
