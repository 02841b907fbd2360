package org.seastate.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a part of a scenario or sweep file: the one description of the format from
 * which the checker ({@link Checker}), the binder's defaults, path resolution and the JSON
 * Schema ({@link ScenarioSchema}) are all derived. Shapes say which keys exist, their types,
 * defaults, meaning and size limits; other value rules (ranges, orderings) live in the records'
 * constructors.
 */
sealed interface Shape permits Shape.Obj, Shape.MapOf, Shape.ListOf, Shape.Scalar, Shape.OneKey {

  String title();

  /** Scalar types as written in YAML. */
  enum Type {
    STRING("a string"),
    ID("an identifier (letters, digits, '-', '_', '.')"),
    NUMBER("a number"),
    INTEGER("a whole number"),
    BOOLEAN("true or false"),
    DATE("a date YYYY-MM-DD"),
    ENUM("one of"),
    /** A word of the scalar's values or a whole number (an interval: {@code weekly} or {@code 14}). */
    WORD_OR_INTEGER("a whole number or one of"),
    ANY("a number, true/false or a string");

    final String expected;

    Type(String expected) {
      this.expected = expected;
    }
  }

  /**
   * A key of an object.
   *
   * @param dflt default when absent (a Java value as in YAML: Double, Long, Boolean, String,
   *     List, Map), or null if there is none
   */
  record Field(String name, Shape shape, boolean required, Object dflt, String doc) {}

  /** A mapping with a fixed set of keys. */
  final class Obj implements Shape {
    final String title;
    final Map<String, Field> fields = new LinkedHashMap<>();

    Obj(String title) {
      this.title = title;
    }

    Obj req(String name, Shape s, String doc) {
      fields.put(name, new Field(name, s, true, null, doc));
      return this;
    }

    Obj opt(String name, Shape s, String doc) {
      fields.put(name, new Field(name, s, false, null, doc));
      return this;
    }

    Obj dflt(String name, Shape s, Object dflt, String doc) {
      fields.put(name, new Field(name, s, false, dflt, doc));
      return this;
    }

    Field field(String name) {
      return fields.get(name);
    }

    @Override
    public String title() {
      return title;
    }
  }

  /**
   * A mapping from ids (nation codes, vessel class ids, ...) to values of one shape.
   *
   * @param keys the only keys allowed, when they are a fixed vocabulary (agencies); empty when
   *     keys are ids the file defines. A path may name a listed key the file leaves out (an
   *     event can set the cap of an agency that falls back to a default).
   */
  record MapOf(String title, String keyDoc, Shape values, List<String> keys) implements Shape {
    MapOf(String title, String keyDoc, Shape values) {
      this(title, keyDoc, values, List.of());
    }
  }

  /** A list of values of one shape. */
  record ListOf(String title, Shape items) implements Shape {}

  /**
   * A scalar; {@code values} lists the allowed words of an ENUM. A number or whole number may
   * have bounds ({@code min}, {@code max}; null when open), checked by the {@link Checker} and
   * shown in the JSON Schema: the limits of {@link Limits} live here.
   */
  record Scalar(String title, Type type, List<String> values, Double min, Double max) implements Shape {
    Scalar(String title, Type type, List<String> values) {
      this(title, type, values, null, null);
    }

    /** This scalar bounded to {@code min..max}, both included. */
    Scalar within(double min, double max) {
      return new Scalar(title, type, values, min, max);
    }

    String expected() {
      return type == Type.ENUM ? "one of " + values
          : type == Type.WORD_OR_INTEGER ? "one of " + values + " or a whole number" : type.expected;
    }

    /** The bounds in words, e.g. {@code from 0 to 5,000}; empty without bounds. */
    String bounds() {
      if (min == null && max == null) {
        return "";
      }
      if (max == null) {
        return "at least " + show(min);
      }
      return min == null ? "at most " + show(max) : "from " + show(min) + " to " + show(max);
    }

    static String show(double v) {
      return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }
  }

  /**
   * One of several variants, written either as a bare word (for variants without settings,
   * listed in {@code words}) or as a mapping with exactly one key naming the variant.
   */
  record OneKey(String title, List<String> words, Map<String, Shape> variants) implements Shape {}
}
