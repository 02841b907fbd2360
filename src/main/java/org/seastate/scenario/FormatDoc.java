package org.seastate.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The key-by-key reference of docs/SCENARIOS.md, rendered from {@link Format} (a test checks
 * that the document holds exactly this text, so the document cannot drift from the loader).
 */
final class FormatDoc {
  private FormatDoc() {}

  static String markdown() {
    Map<String, Shape.Obj> sections = new LinkedHashMap<>();
    collect(Format.SCENARIO, sections);
    collect(Format.SWEEP, sections);
    StringBuilder b = new StringBuilder();
    for (Shape.Obj o : sections.values()) {
      b.append("#### ").append(o.title()).append("\n\n");
      b.append("| key | type | default | meaning |\n|---|---|---|---|\n");
      for (Shape.Field f : o.fields.values()) {
        String dflt = f.required() ? "**required**" : f.dflt() == null ? "absent" : "`" + show(f.dflt()) + "`";
        b.append("| `").append(f.name()).append("` | ").append(type(f.shape())).append(" | ").append(dflt)
            .append(" | ").append(f.doc().replace("|", "\\|")).append(" |\n");
      }
      b.append('\n');
    }
    liveParameters(b);
    return b.toString();
  }

  /** The table of {@link LiveParameter}s: what events (and the GUI's Model tab) may change. */
  private static void liveParameters(StringBuilder b) {
    b.append("#### live parameters\n\n");
    b.append("The values an event's `set` may change, from `org.seastate.scenario.LiveParameter`. `<code>`: a nation"
        + " code; `<agency>`: any agency, listed in `roe_cap` or not; `<feature>`: a feature listed in the nation's"
        + " `stakes`; `<n>`: an index into the policy's list (0 first); `<id>`: an agreement id. Interdiction and"
        + " allocation paths exist only for policies that have them. Fleet additions need no event: a fleet entry's"
        + " `from` date (or a capacity agreement's vessel delivery) adds hulls on that date.\n\n");
    b.append("| path | type | range | meaning |\n|---|---|---|---|\n");
    for (LiveParameter p : LiveParameter.values()) {
      String range = p.type() == LiveParameter.Type.BOOLEAN ? "true, false" : p.range().text();
      b.append("| `").append(p.template()).append("` | ").append(p.type().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(range).append(" | ").append(p.description().replace("|", "\\|")).append(" |\n");
    }
    b.append('\n');
  }

  private static String show(Object v) {
    if (v instanceof Map<?, ?> m) {
      return m.isEmpty() ? "{}" : m.toString();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
    return "".equals(v) ? "\"\"" : String.valueOf(v);
  }

  private static String type(Shape s) {
    if (s instanceof Shape.Scalar sc) {
      return switch (sc.type()) {
        case ENUM -> String.join(" \\| ", sc.values());
        case WORD_OR_INTEGER -> String.join(" \\| ", sc.values()) + " \\| integer, " + sc.bounds();
        case ANY -> "value";
        default -> sc.type().name().toLowerCase(java.util.Locale.ROOT)
            + (sc.bounds().isEmpty() ? "" : ", " + sc.bounds());
      };
    }
    if (s instanceof Shape.Obj o) {
      return o.title();
    }
    if (s instanceof Shape.MapOf m) {
      return m.keyDoc() + " → " + type(m.values());
    }
    if (s instanceof Shape.ListOf l) {
      return "list of " + type(l.items());
    }
    Shape.OneKey k = (Shape.OneKey) s;
    return k.title() + " (" + String.join(" \\| ", k.words().isEmpty() ? k.variants().keySet()
        : List.of(String.join(" \\| ", k.words()), String.join(" \\| ", k.variants().keySet()))) + ")";
  }

  private static void collect(Shape s, Map<String, Shape.Obj> out) {
    if (s instanceof Shape.Obj o) {
      if (out.putIfAbsent(o.title(), o) == null) {
        o.fields.values().forEach(f -> collect(f.shape(), out));
      }
    } else if (s instanceof Shape.MapOf m) {
      collect(m.values(), out);
    } else if (s instanceof Shape.ListOf l) {
      collect(l.items(), out);
    } else if (s instanceof Shape.OneKey k) {
      k.variants().values().forEach(v -> collect(v, out));
    }
  }
}
