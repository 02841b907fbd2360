package org.seastate.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A decoded TopoJSON topology (the format of the {@code world-atlas} package): quantized,
 * delta-encoded arcs shared between geometries, plus named objects whose polygons refer to arcs
 * by index ({@code ~i}, i.e. {@code -i-1}, means arc {@code i} reversed).
 *
 * <p>Only what the theater generator needs: polygons and multipolygons, with each ring kept as
 * its list of arc references so callers can tell shared arcs (land borders) from arcs used once
 * (coastlines).
 */
public final class TopoJson {

  /**
   * One geometry of an object.
   *
   * @param id the geometry id (Natural Earth ISO 3166 numeric code for countries), or empty
   * @param name the {@code name} property, or empty
   * @param polygons polygons; each polygon is a list of rings (outer ring first); each ring is a
   *     list of arc references
   */
  public record Geometry(String id, String name, List<List<int[]>> polygons) {}

  private final double[][] arcs; // each arc: lon0, lat0, lon1, lat1, ... (absolute degrees)
  private final JsonNode objects;

  private TopoJson(double[][] arcs, JsonNode objects) {
    this.arcs = arcs;
    this.objects = objects;
  }

  public static TopoJson read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static TopoJson read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (!"Topology".equals(root.path("type").asText())) {
      throw new IOException("not a TopoJSON topology (type is '" + root.path("type").asText() + "')");
    }
    JsonNode t = root.path("transform");
    boolean quantized = !t.isMissingNode();
    double sx = quantized ? t.path("scale").get(0).asDouble() : 1;
    double sy = quantized ? t.path("scale").get(1).asDouble() : 1;
    double tx = quantized ? t.path("translate").get(0).asDouble() : 0;
    double ty = quantized ? t.path("translate").get(1).asDouble() : 0;
    JsonNode arcsNode = root.path("arcs");
    double[][] arcs = new double[arcsNode.size()][];
    for (int i = 0; i < arcs.length; i++) {
      JsonNode arc = arcsNode.get(i);
      double[] xy = new double[arc.size() * 2];
      long x = 0;
      long y = 0;
      for (int j = 0; j < arc.size(); j++) {
        JsonNode p = arc.get(j);
        if (quantized) {
          x += p.get(0).asLong();
          y += p.get(1).asLong();
          xy[2 * j] = x * sx + tx;
          xy[2 * j + 1] = y * sy + ty;
        } else {
          xy[2 * j] = p.get(0).asDouble();
          xy[2 * j + 1] = p.get(1).asDouble();
        }
      }
      arcs[i] = xy;
    }
    return new TopoJson(arcs, root.path("objects"));
  }

  public int arcCount() {
    return arcs.length;
  }

  /** The names of the topology's objects ({@code land}, {@code countries}). */
  public List<String> objectNames() {
    List<String> names = new ArrayList<>();
    objects.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The polygonal geometries of an object (other geometry types are skipped). */
  public List<Geometry> geometries(String objectName) {
    JsonNode obj = objects.path(objectName);
    if (obj.isMissingNode()) {
      throw new IllegalArgumentException("no object '" + objectName + "' in topology");
    }
    List<Geometry> out = new ArrayList<>();
    if ("GeometryCollection".equals(obj.path("type").asText())) {
      for (JsonNode g : obj.path("geometries")) {
        addGeometry(g, out);
      }
    } else {
      addGeometry(obj, out);
    }
    return out;
  }

  private static void addGeometry(JsonNode g, List<Geometry> out) {
    String type = g.path("type").asText();
    String id = g.path("id").isMissingNode() || g.path("id").isNull() ? "" : g.path("id").asText();
    String name = g.path("properties").path("name").asText("");
    List<List<int[]>> polygons = new ArrayList<>();
    if ("Polygon".equals(type)) {
      polygons.add(rings(g.path("arcs")));
    } else if ("MultiPolygon".equals(type)) {
      for (JsonNode poly : g.path("arcs")) {
        polygons.add(rings(poly));
      }
    } else {
      return;
    }
    out.add(new Geometry(id, name, polygons));
  }

  private static List<int[]> rings(JsonNode polygon) {
    List<int[]> rings = new ArrayList<>();
    for (JsonNode ring : polygon) {
      int[] refs = new int[ring.size()];
      Iterator<JsonNode> it = ring.elements();
      for (int i = 0; it.hasNext(); i++) {
        refs[i] = it.next().asInt();
      }
      rings.add(refs);
    }
    return rings;
  }

  /** Index of the arc a reference points to ({@code ~i} refers to arc {@code i}). */
  public static int arcIndex(int ref) {
    return ref < 0 ? ~ref : ref;
  }

  /** The points of an arc reference as {@code lon0, lat0, lon1, lat1, ...}, reversed if negative. */
  public double[] arc(int ref) {
    double[] a = arcs[arcIndex(ref)];
    if (ref >= 0) {
      return a.clone();
    }
    int n = a.length / 2;
    double[] r = new double[a.length];
    for (int i = 0; i < n; i++) {
      r[2 * i] = a[2 * (n - 1 - i)];
      r[2 * i + 1] = a[2 * (n - 1 - i) + 1];
    }
    return r;
  }

  /**
   * The closed ring made by joining arcs ({@code lon, lat} pairs; the last point repeats the
   * first). The shared point between consecutive arcs is kept once.
   */
  public double[] ring(int[] refs) {
    int total = 0;
    for (int ref : refs) {
      total += arcs[arcIndex(ref)].length / 2 - 1;
    }
    double[] out = new double[2 * (total + 1)];
    int k = 0;
    for (int ref : refs) {
      double[] a = arc(ref);
      int n = a.length / 2;
      int start = k == 0 ? 0 : 1;
      for (int i = start; i < n; i++) {
        out[k++] = a[2 * i];
        out[k++] = a[2 * i + 1];
      }
    }
    if (k < out.length) { // a ring made of one arc still ends with its first point
      double[] trimmed = new double[k];
      System.arraycopy(out, 0, trimmed, 0, k);
      return trimmed;
    }
    return out;
  }

  /** How many rings of the object's geometries use each arc: 1 for coasts, 2 for shared borders. */
  public int[] arcUsage(String objectName) {
    int[] use = new int[arcs.length];
    for (Geometry g : geometries(objectName)) {
      for (List<int[]> poly : g.polygons()) {
        for (int[] ring : poly) {
          for (int ref : ring) {
            use[arcIndex(ref)]++;
          }
        }
      }
    }
    return use;
  }
}
