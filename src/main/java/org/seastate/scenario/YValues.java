package org.seastate.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Reading typed values out of the YAML tree: a map, a list, a string, a number, a date, an
 * enum. A value of the wrong shape aborts the record being built ({@link Binder.Abort}); the
 * {@link Checker} has already reported it with its location.
 */
final class YValues {
  private YValues() {}

  static YMap map(YMap m, String key) {
    YNode n = m.get(key);
    if (n instanceof YMap r) {
      return r;
    }
    if (n == null || n instanceof YScalar s && s.isNull()) {
      return new YMap(m.loc());
    }
    throw new Binder.Abort();
  }

  /** A node that must be a mapping (a list item or a map's value the checker has checked). */
  static YMap asMap(YNode n) {
    if (n instanceof YMap m) {
      return m;
    }
    throw new Binder.Abort();
  }

  static List<YNode> list(YNode n) {
    if (n instanceof YList l) {
      return l.items();
    }
    if (n == null || n instanceof YScalar s && s.isNull()) {
      return List.of();
    }
    throw new Binder.Abort();
  }

  static YScalar scalar(YMap m, String key) {
    YNode n = m.get(key);
    if (n instanceof YScalar s && !s.isNull()) {
      return s;
    }
    throw new Binder.Abort();
  }

  static String str(YMap m, String key) {
    return scalar(m, key).text();
  }

  static String id(YMap m, String key) {
    return str(m, key);
  }

  static double num(YMap m, String key) {
    return number(m.get(key));
  }

  static double number(YNode n) {
    if (n instanceof YScalar s && Trees.scalarValue(s) instanceof Number x) {
      return x.doubleValue();
    }
    throw new Binder.Abort();
  }

  static int integer(YNode n) {
    if (n instanceof YScalar s && Trees.scalarValue(s) instanceof Long x
        && x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
      return x.intValue();
    }
    throw new Binder.Abort();
  }

  static boolean bool(YMap m, String key) {
    if (Trees.scalarValue(scalar(m, key)) instanceof Boolean b) {
      return b;
    }
    throw new Binder.Abort();
  }

  static LocalDate date(YMap m, String key) {
    LocalDate d = Trees.date(scalar(m, key));
    if (d == null) {
      throw new Binder.Abort();
    }
    return d;
  }

  static Optional<LocalDate> optDate(YMap m, String key) {
    return m.has(key) ? Optional.of(date(m, key)) : Optional.empty();
  }

  static List<YScalar> scalars(YMap m, String key) {
    List<YScalar> out = new ArrayList<>();
    for (YNode n : list(m.get(key))) {
      if (!(n instanceof YScalar s) || s.isNull()) {
        throw new Binder.Abort();
      }
      out.add(s);
    }
    return out;
  }

  static List<String> strs(YMap m, String key) {
    return scalars(m, key).stream().map(YScalar::text).toList();
  }

  static double[] numbers(YMap m, String key) {
    List<YNode> l = list(m.get(key));
    double[] out = new double[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(l.get(i));
    }
    return out;
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, YScalar s) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s.text().toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new Binder.Abort(); // reported by the checker
  }

  static <E extends Enum<E>> Set<E> enumSet(Class<E> type, YMap m, String key) {
    Set<E> out = new LinkedHashSet<>();
    for (YScalar s : scalars(m, key)) {
      out.add(enumOf(type, s));
    }
    return out;
  }
}
