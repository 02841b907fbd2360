package org.seastate.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {

  // Two unit squares sharing the arc x=1 (arc 1), quantized with scale 0.5 and translate 100,10.
  private static final String TOPO = """
      {"type":"Topology",
       "transform":{"scale":[0.5,0.5],"translate":[100,10]},
       "objects":{"countries":{"type":"GeometryCollection","geometries":[
         {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
         {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,-2]]]}]}},
       "arcs":[
         [[2,0],[-2,0],[0,2],[2,0]],
         [[2,2],[0,-2]],
         [[2,2],[2,0],[0,-2],[-2,0]]]}
      """;

  private static TopoJson topo() throws Exception {
    return TopoJson.read(new ByteArrayInputStream(TOPO.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decodesDeltaQuantizedArcs() throws Exception {
    TopoJson t = topo();
    assertThat(t.arc(0)).containsExactly(101, 10, 100, 10, 100, 11, 101, 11);
    assertThat(t.arc(~1)).containsExactly(101, 10, 101, 11);
  }

  @Test
  void joinsRingsAndCountsSharedArcs() throws Exception {
    TopoJson t = topo();
    List<TopoJson.Geometry> g = t.geometries("countries");
    assertThat(g).extracting(TopoJson.Geometry::id).containsExactly("001", "002");
    assertThat(g.get(1).name()).isEqualTo("East");
    double[] west = t.ring(g.get(0).polygons().get(0).get(0));
    assertThat(west).containsExactly(101, 10, 100, 10, 100, 11, 101, 11, 101, 10);
    double[] east = t.ring(g.get(1).polygons().get(0).get(0));
    assertThat(east).containsExactly(101, 11, 102, 11, 102, 10, 101, 10, 101, 11);
    assertThat(CoastPoints.areaKm2(west)).isCloseTo(111.2 * 111.2 * Math.cos(Math.toRadians(10.5)), offset(150.0));
    assertThat(t.arcUsage("countries")).containsExactly(1, 2, 1);
  }
}
