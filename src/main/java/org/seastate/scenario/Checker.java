package org.seastate.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seastate.scenario.YNode.YEntry;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Checks a tree against a {@link Shape}: unknown keys (with the nearest known key), missing
 * required keys, wrong types, numbers outside the format's limits. Reports every problem; other
 * value rules are left to the records.
 */
final class Checker {

  private final Problems problems;

  Checker(Problems problems) {
    this.problems = problems;
  }

  void check(YNode node, Shape shape, String where) {
    if (shape instanceof Shape.Obj o) {
      checkObj(node, o, where);
    } else if (shape instanceof Shape.MapOf m) {
        if (!(node instanceof YMap map)) {
          wrong(node, "a mapping of " + m.keyDoc() + " to " + m.values().title(), where);
          return;
        }
        map.entries().forEach((k, e) -> {
          if (m.values() instanceof Shape.Obj || m.values() instanceof Shape.ListOf) {
            if (!ScalarForms.isId(k)) {
              problems.add(e.keyLoc(), "'" + k + "' is not a valid " + m.keyDoc()
                  + "; expected letters, digits, '-', '_' or '.'");
            }
          }
          check(e.value(), m.values(), where + "." + k);
        });
    } else if (shape instanceof Shape.ListOf l) {
        if (!(node instanceof YList list)) {
          wrong(node, "a list of " + l.items().title() + " (write [a, b] or one '- item' a line)", where);
          return;
        }
        for (int i = 0; i < list.items().size(); i++) {
          check(list.items().get(i), l.items(), where + "[" + i + "]");
        }
    } else if (shape instanceof Shape.Scalar s) {
      checkScalar(node, s, where);
    } else {
      checkOneKey(node, (Shape.OneKey) shape, where);
    }
  }

  private void checkObj(YNode node, Shape.Obj o, String where) {
    if (!(node instanceof YMap map)) {
      wrong(node, "a mapping (" + o.title() + ")", where);
      return;
    }
    for (Map.Entry<String, YEntry> e : map.entries().entrySet()) {
      Shape.Field f = o.field(e.getKey());
      if (f == null) {
        problems.add(e.getValue().keyLoc(), "unknown key '" + e.getKey() + "' in " + o.title()
            + knownKeys(o) + Suggest.hint(e.getKey(), o.fields.keySet()));
        continue;
      }
      YNode v = e.getValue().value();
      if (v instanceof YScalar s && s.isNull()) {
        if (f.required()) {
          problems.add(v.loc(), "'" + e.getKey() + "' of " + o.title() + " has no value; expected "
              + expected(f.shape()));
        }
        continue;
      }
      check(v, f.shape(), where + "." + e.getKey());
    }
    List<String> missing = new ArrayList<>();
    for (Shape.Field f : o.fields.values()) {
      if (f.required() && !map.entries().containsKey(f.name())) {
        missing.add(f.name());
      }
    }
    if (!missing.isEmpty()) {
      problems.add(map.loc(), "missing key" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " in " + o.title()
          + " (" + where + ")");
    }
  }

  private static String knownKeys(Shape.Obj o) {
    return o.fields.size() <= 12 ? "; expected one of " + o.fields.keySet() : "";
  }

  private void checkOneKey(YNode node, Shape.OneKey k, String where) {
    List<String> all = new ArrayList<>(k.words());
    all.addAll(k.variants().keySet());
    if (node instanceof YScalar s && !s.isNull()) {
      if (k.variants().containsKey(s.text())) {
        problems.add(s.loc(), k.title() + " '" + s.text() + "' needs its settings: write it as a mapping, {"
            + s.text() + ": {...}}" + settings(k.variants().get(s.text())) + "; only " + k.words()
            + " stand" + (k.words().size() == 1 ? "s" : "") + " alone as a word");
      } else if (!k.words().contains(s.text())) {
        problems.add(s.loc(), "unknown " + k.title() + " " + s.describe() + "; expected one of " + all
            + Suggest.hint(s.text(), all));
      }
      return;
    }
    if (!(node instanceof YMap map) || map.entries().size() != 1) {
      wrong(node, (k.title().matches("[aeiou].*") ? "an " : "a ") + k.title() + ": a mapping with exactly one key, one of " + k.variants().keySet(), where);
      return;
    }
    var e = map.entries().entrySet().iterator().next();
    Shape v = k.variants().get(e.getKey());
    if (v == null) {
      problems.add(e.getValue().keyLoc(), "unknown " + k.title() + " '" + e.getKey() + "'; expected one of "
          + all + Suggest.hint(e.getKey(), all));
      return;
    }
    check(e.getValue().value(), v, where + "." + e.getKey());
  }

  private static String settings(Shape v) {
    return v instanceof Shape.Obj o ? " with " + String.join(", ", o.fields.keySet()) : "";
  }

  private void checkScalar(YNode node, Shape.Scalar s, String where) {
    if (!(node instanceof YScalar y)) {
      wrong(node, expected(s), where);
      return;
    }
    String why = scalarProblem(y, s);
    if (why != null) {
      problems.add(y.loc(), why);
    }
  }

  /** Why a scalar does not fit a scalar shape, or null if it fits. */
  static String scalarProblem(YScalar y, Shape.Scalar s) {
    String t = y.text();
    boolean ok = switch (s.type()) {
      case STRING, ANY -> !y.isNull();
      case ID -> !y.isNull() && ScalarForms.isId(t);
      case NUMBER -> y.plain() && ScalarForms.is(ScalarForms.NUMBER, t);
      case INTEGER -> y.plain() && ScalarForms.is(ScalarForms.INTEGER, t) && fitsLong(t);
      case BOOLEAN -> y.plain() && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"));
      case DATE -> date(t) != null;
      case ENUM -> s.values().contains(t);
      case WORD_OR_INTEGER -> s.values().contains(t) || y.plain() && ScalarForms.is(ScalarForms.INTEGER, t) && fitsLong(t);
    };
    if (ok) {
      return outOfBounds(y, s);
    }
    String hint = s.type() == Shape.Type.ENUM || s.type() == Shape.Type.WORD_OR_INTEGER ? Suggest.hint(t, s.values()) : "";
    if (s.type() == Shape.Type.INTEGER && y.plain() && ScalarForms.is(ScalarForms.NUMBER, t)) {
      hint = " (no fraction)";
    }
    if (s.type() == Shape.Type.NUMBER && !y.plain() && ScalarForms.is(ScalarForms.NUMBER, t)) {
      hint = " (remove the quotes)";
    }
    String forWhat = s.type() == Shape.Type.ENUM ? " (" + s.title() + ")" : "";
    return "expected " + s.expected() + forWhat + ", got " + y.describe() + hint;
  }

  /** Why a number is outside the shape's bounds, or null. */
  private static String outOfBounds(YScalar y, Shape.Scalar s) {
    if (s.min() == null && s.max() == null || s.type() != Shape.Type.NUMBER && s.type() != Shape.Type.INTEGER
        && !(s.type() == Shape.Type.WORD_OR_INTEGER && !s.values().contains(y.text()))) {
      return null;
    }
    double v = Double.parseDouble(y.text().replace("_", ""));
    if ((s.min() == null || v >= s.min()) && (s.max() == null || v <= s.max())) {
      return null;
    }
    String limit = s.max() != null && v > s.max() ? "; the limit keeps a run or sweep within what seastate can"
        + " finish (see 'Limits' in docs/SCENARIOS.md)" : "";
    return "expected " + s.expected() + " " + s.bounds() + ", got " + y.text() + limit;
  }

  private static boolean fitsLong(String t) {
    try {
      Long.parseLong(t.replace("_", "").replace("+", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static LocalDate date(String t) {
    if (!ScalarForms.is(ScalarForms.DATE, t)) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String expected(Shape s) {
    if (s instanceof Shape.Scalar sc) {
      return sc.expected();
    } else if (s instanceof Shape.Obj o) {
      return "a mapping (" + o.title() + ")";
    } else if (s instanceof Shape.MapOf m) {
      return "a mapping of " + m.keyDoc() + " to " + m.values().title();
    } else if (s instanceof Shape.ListOf l) {
      return "a list of " + l.items().title();
    }
    return "a " + s.title();
  }

  private void wrong(YNode node, String expected, String where) {
    problems.add(node.loc(), "expected " + expected + " at " + where + ", got " + node.describe());
  }
}
