package org.seastate.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seastate.geo.LatLon;
import org.seastate.geo.Places;
import org.seastate.geo.Theater;
import org.seastate.geo.TheaterGrid;

/** The generator on a small synthetic atlas: land fill, counted coasts, navigability, format. */
class TheaterBuilderTest {

  // A 1° square "Vietnam" at 113–114°E, 12–13°N, and a 0.02° "Spratly" islet at 115°E 11°N.
  private static final String COUNTRIES = """
      {"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","id":"704","properties":{"name":"Vietnam"},"arcs":[[0]]},
        {"type":"Polygon","properties":{"name":"Spratly Is."},"arcs":[[1]]}]}},
       "arcs":[
        [[113,12],[114,12],[114,13],[113,13],[113,12]],
        [[115,11],[115.02,11],[115.02,11.02],[115,11.02],[115,11]]]}
      """;
  private static final String LAND = COUNTRIES.replace("\"countries\"", "\"land\"");

  private static TopoJson topo(String json) throws Exception {
    return TopoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void buildsLandZonesAndNavigableWater() throws Exception {
    TheaterGrid grid = new TheaterGrid(8, 110, 6, 8, 15);
    TheaterBuilder.Result r = TheaterBuilder.build(grid, topo(LAND), topo(COUNTRIES));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    Theater t = Theater.load(new ByteArrayInputStream(out.toByteArray()), Places.standard());

    assertThat(t.isLand(new LatLon(12.5, 113.5))).isTrue();
    assertThat(t.isLand(new LatLon(12.5, 114.2))).isFalse();
    assertThat(t.isNavigable(new LatLon(12.0 - 0.5, 114.0))).isTrue();
    // 1.5° east of the square's coast at 12.5°N: about 88 nm, so Vietnamese
    assertThat(t.eezOwner(new LatLon(12.5, 115.5))).contains("VN");
    // more than 200 nm from the square: no owner, even beside the islet (which counts for nobody)
    assertThat(t.eezOwner(new LatLon(8.5, 117.5))).isEmpty();
    assertThat(r.counted()).extracting(TheaterBuilder.LandMass::nation).containsExactly("VN");
    assertThat(r.counted().get(0).areaKm2()).isBetween(11_000.0, 12_500.0);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    TheaterBuilder.build(grid, topo(LAND), topo(COUNTRIES)).write(again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray()); // deterministic
  }
}
