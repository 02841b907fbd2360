package org.seastate.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema (draft 2020-12) of scenario and sweep files, generated from {@link Format}, the
 * same description the loader checks against. Editors use it for completion and checks
 * (the {@code # yaml-language-server: $schema=...} modeline). It checks keys, types, enums and
 * the size limits ({@link Limits}); other value ranges and references are checked by the loader. A scenario with {@code extends} may
 * leave out keys its parent supplies, so for such files no key is required.
 */
public final class ScenarioSchema {
  private ScenarioSchema() {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The schema of scenario files, as JSON text. */
  public static String scenario() {
    Map<String, Object> root = header("seastate scenario",
        "A seastate scenario: what the world is for one run. See docs/SCENARIOS.md.");
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("scenario", shape(Format.SCENARIO, true));
    defs.put("partial_scenario", shape(Format.SCENARIO, false));
    root.put("if", Map.of("required", List.of("extends")));
    root.put("then", Map.of("$ref", "#/$defs/partial_scenario"));
    root.put("else", Map.of("$ref", "#/$defs/scenario"));
    root.put("$defs", defs);
    return json(root);
  }

  /** The schema of sweep files, as JSON text. */
  public static String sweep() {
    Map<String, Object> root = header("seastate sweep",
        "A seastate sweep: a base scenario, factors, a design, replicates. See docs/SCENARIOS.md.");
    root.putAll(shape(Format.SWEEP, true));
    return json(root);
  }

  /**
   * An event's {@code set}: one pattern per {@link LiveParameter}, titled with its template, with
   * its type and range; no other key.
   */
  private static Map<String, Object> liveParameters() {
    Map<String, Object> patterns = new LinkedHashMap<>();
    for (LiveParameter p : LiveParameter.values()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("title", p.template());
      v.put("description", p.description());
      v.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
      LiveParameter.Range r = p.range();
      if (p.type() != LiveParameter.Type.BOOLEAN && Double.isFinite(r.min()) && r.min() > Integer.MIN_VALUE) {
        v.put(r.openMin() ? "exclusiveMinimum" : "minimum", jsonNumber(r.min()));
      }
      if (p.type() != LiveParameter.Type.BOOLEAN && Double.isFinite(r.max()) && r.max() < Integer.MAX_VALUE) {
        v.put("maximum", jsonNumber(r.max()));
      }
      patterns.put(p.regex(), v);
    }
    return ScenarioWriter.obj("type", "object", "patternProperties", patterns, "additionalProperties", false);
  }

  private static Number jsonNumber(double v) {
    return v == Math.rint(v) ? (Number) (long) v : (Number) v;
  }

  private static Map<String, Object> header(String title, String description) {
    return ScenarioWriter.obj("$schema", "https://json-schema.org/draft/2020-12/schema", "title", title,
        "description", description);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> shape(Shape s, boolean required) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (s == Format.EVENT_SET) {
      return liveParameters();
    }
    if (s instanceof Shape.Obj o) {
      m.put("type", "object");
      Map<String, Object> props = new LinkedHashMap<>();
      List<String> req = new ArrayList<>();
      for (Shape.Field f : o.fields.values()) {
        Map<String, Object> p = shape(f.shape(), required);
        p.put("description", f.doc());
        if (f.dflt() != null) {
          p.put("default", f.dflt());
        }
        props.put(f.name(), p);
        if (f.required()) {
          req.add(f.name());
        }
      }
      m.put("properties", props);
      if (required && !req.isEmpty()) {
        m.put("required", req);
      }
      m.put("additionalProperties", false);
    } else if (s instanceof Shape.MapOf mo) {
      m.put("type", "object");
      if (!mo.keys().isEmpty()) {
        m.put("propertyNames", Map.of("enum", mo.keys()));
      } else if (mo.values() instanceof Shape.Obj || mo.values() instanceof Shape.ListOf) {
        m.put("propertyNames", Map.of("pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
      }
      m.put("additionalProperties", shape(mo.values(), required));
    } else if (s instanceof Shape.ListOf l) {
      m.put("type", "array");
      m.put("items", shape(l.items(), required));
    } else if (s instanceof Shape.OneKey k) {
      List<Object> any = new ArrayList<>();
      if (!k.words().isEmpty()) {
        any.add(Map.of("enum", k.words()));
      }
      k.variants().forEach((name, v) -> {
        any.add(ScenarioWriter.obj("type", "object", "properties", Map.of(name, shape(v, required)),
            "required", List.of(name), "additionalProperties", false));
      });
      m.put("oneOf", any);
    } else {
      Shape.Scalar sc = (Shape.Scalar) s;
      switch (sc.type()) {
        case STRING -> m.put("type", "string");
        case ID -> {
          m.put("type", "string");
          m.put("pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]*$");
        }
        case NUMBER -> m.put("type", "number");
        case INTEGER -> m.put("type", "integer");
        case BOOLEAN -> m.put("type", "boolean");
        case DATE -> {
          m.put("type", "string");
          m.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        case ENUM -> m.put("enum", sc.values());
        case ANY -> m.put("type", List.of("number", "boolean", "string"));
        case WORD_OR_INTEGER -> {
          Map<String, Object> number = new LinkedHashMap<>();
          number.put("type", "integer");
          bounds(number, sc);
          m.put("anyOf", List.of(Map.of("enum", sc.values()), number));
          return m;
        }
      }
      bounds(m, sc);
    }
    return m;
  }

  private static void bounds(Map<String, Object> m, Shape.Scalar sc) {
    if (sc.min() != null) {
      m.put("minimum", jsonNumber(sc.min()));
    }
    if (sc.max() != null) {
      m.put("maximum", jsonNumber(sc.max()));
    }
  }
}
