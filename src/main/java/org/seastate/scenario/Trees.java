package org.seastate.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seastate.scenario.YNode.YEntry;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/** Operations on trees: merging for {@code extends}, defaults, conversion from and to plain values. */
final class Trees {
  private Trees() {}

  /**
   * {@code child} laid over {@code parent}: mappings merge key by key, everything else
   * (lists, scalars) is replaced. Nodes keep their own locations, so problems in inherited
   * values name the parent file. A null value in the child removes an optional key.
   */
  static YMap merge(YMap parent, YMap child) {
    YMap out = parent.copy();
    for (Map.Entry<String, YEntry> e : child.entries().entrySet()) {
      YNode old = out.get(e.getKey());
      YNode nu = e.getValue().value();
      if (old instanceof YMap om && nu instanceof YMap nm) {
        out.entries().put(e.getKey(), new YEntry(e.getValue().keyLoc(), merge(om, nm)));
      } else {
        out.entries().put(e.getKey(), new YEntry(e.getValue().keyLoc(), nu.copy()));
      }
    }
    return out;
  }

  /** Fills in the defaults of every absent key that has one, where the tree has the right type. */
  static void fillDefaults(YNode node, Shape shape) {
    if (shape instanceof Shape.Obj o && node instanceof YMap map) {
      for (Shape.Field f : o.fields.values()) {
        if (!map.entries().containsKey(f.name()) && f.dflt() != null) {
          map.entries().put(f.name(), new YEntry(map.loc(), fromValue(f.dflt(), map.loc())));
        }
        YNode v = map.get(f.name());
        if (v != null) {
          fillDefaults(v, f.shape());
        }
      }
    } else if (shape instanceof Shape.MapOf m && node instanceof YMap map) {
      map.entries().values().forEach(e -> fillDefaults(e.value(), m.values()));
    } else if (shape instanceof Shape.ListOf l && node instanceof YList list) {
      list.items().forEach(i -> fillDefaults(i, l.items()));
    } else if (shape instanceof Shape.OneKey k && node instanceof YMap map && map.entries().size() == 1) {
      var e = map.entries().entrySet().iterator().next();
      Shape v = k.variants().get(e.getKey());
      if (v != null) {
        fillDefaults(e.getValue().value(), v);
      }
    }
  }

  /**
   * A plain Java value (Map, List, String, Number, Boolean, LocalDate, Enum) as a tree. Strings
   * become quoted scalars, so that a string never passes for a number.
   */
  static YNode fromValue(Object v, YNode.Loc at) {
    if (v instanceof Map<?, ?> m) {
      YMap map = new YMap(at);
      m.forEach((k, x) -> map.entries().put(String.valueOf(k), new YEntry(at, fromValue(x, at))));
      return map;
    }
    if (v instanceof List<?> l) {
      List<YNode> items = new ArrayList<>();
      l.forEach(x -> items.add(fromValue(x, at)));
      return new YList(at, items);
    }
    if (v == null) {
      return new YScalar(at, "", true);
    }
    if (v instanceof Double d) {
      return new YScalar(at, Double.isFinite(d) ? d.toString() : "nan", true);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return new YScalar(at, v.toString(), true);
    }
    if (v instanceof Enum<?> e) {
      return new YScalar(at, e.name().toLowerCase(java.util.Locale.ROOT), false);
    }
    return new YScalar(at, v.toString(), false);
  }

  /** A tree as plain Java values (scalars typed by how they are written). */
  static Object toValue(YNode n) {
    if (n instanceof YMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> out.put(k, toValue(e.value())));
      return out;
    }
    if (n instanceof YList l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(toValue(i)));
      return out;
    }
    return scalarValue((YScalar) n);
  }

  /** A scalar as Boolean, Long, Double or String (null for a YAML null). */
  static Object scalarValue(YScalar s) {
    if (s.isNull()) {
      return null;
    }
    return s.plain() ? plainValue(s.text()) : s.text();
  }

  /**
   * The value of a plain (unquoted) scalar: {@code true}/{@code false} (any case) as Boolean,
   * whole numbers as Long, other numbers (underscores allowed) as Double, anything else as the
   * text. The one typing of values, for YAML files and {@code --set} alike.
   */
  static Object plainValue(String t) {
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(t.toLowerCase(java.util.Locale.ROOT));
    }
    if (ScalarForms.is(ScalarForms.DIGITS, t)) {
      try {
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
      } catch (NumberFormatException e) {
        return t;
      }
    }
    if (ScalarForms.is(ScalarForms.NUMBER, t)) {
      return Double.parseDouble(t.replace("_", ""));
    }
    return t;
  }

  static LocalDate date(YScalar s) {
    return Checker.date(s.text());
  }
}
