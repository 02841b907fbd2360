package org.seastate.scenario;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks shared by the scenario records. A failed check throws an
 * {@link InvalidValueException} that names the value's key and says what was expected; the
 * loader attaches the file, line and column of the value the key names.
 */
final class Checks {
  private Checks() {}

  static double nonNegative(String what, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new InvalidValueException(what, what + " must be a number >= 0, was " + v);
    }
    return v;
  }

  static double positive(String what, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new InvalidValueException(what, what + " must be a number > 0, was " + v);
    }
    return v;
  }

  static double probability(String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new InvalidValueException(what, what + " must be a probability between 0 and 1, was " + v);
    }
    return v;
  }

  static double between(String what, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new InvalidValueException(what, what + " must be between " + lo + " and " + hi + ", was " + v);
    }
    return v;
  }

  static int atLeast(String what, int v, int lo) {
    if (v < lo) {
      throw new InvalidValueException(what, what + " must be an integer >= " + lo + ", was " + v);
    }
    return v;
  }

  static int level(String what, int v) {
    if (v < 0 || v > EscalationSettings.MAX_LEVEL) {
      throw new InvalidValueException(what,
          what + " must be an escalation level from 0 to " + EscalationSettings.MAX_LEVEL + ", was " + v);
    }
    return v;
  }

  /** A value the key must have: the binder gives every required key one, a caller might not. */
  static <T> T required(String what, T v) {
    if (v == null) {
      throw new InvalidValueException(what, what + " is required");
    }
    return v;
  }

  static String id(String what, String v) {
    required(what, v);
    if (!ScalarForms.isId(v)) {
      throw new InvalidValueException(what,
          what + " must be an identifier of letters, digits, '-', '_' or '.', was '" + v + "'");
    }
    return v;
  }

  static <T extends Collection<?>> T nonEmpty(String what, T v) {
    if (v.isEmpty()) {
      throw new InvalidValueException(what, what + " must not be empty");
    }
    return v;
  }

  static <K, V> Map<K, V> nonEmpty(String what, Map<K, V> v) {
    if (v.isEmpty()) {
      throw new InvalidValueException(what, what + " must not be empty");
    }
    return v;
  }

  /**
   * An unmodifiable copy that keeps the iteration order. {@code Map.copyOf} and
   * {@code Set.copyOf} iterate in an order that changes from one JVM to the next, which would
   * break run-to-run determinism wherever the model iterates.
   */
  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /** An unmodifiable copy of a set that keeps its iteration order (see {@link #ordered(Map)}). */
  static <T> Set<T> ordered(Set<T> s) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(s));
  }
}
