package org.seastate.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a plain tree that remembers where each node came from. Scenario files are
 * parsed to this tree (never to Java objects chosen by the file), merged for {@code extends},
 * changed by overrides, checked against {@link Format} and then bound to records by hand.
 */
sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

  Loc loc();

  /** A deep copy (maps and lists are mutable so that merges and overrides can edit copies). */
  YNode copy();

  /** How the node reads in an error message. */
  String describe();

  /** Where a node is: file label, 1-based line and column. */
  record Loc(String file, int line, int column) {
    @Override
    public String toString() {
      return line > 0 ? file + ":" + line + ":" + column : file;
    }
  }

  /** One key of a mapping: where the key is written, and its value. */
  record YEntry(Loc keyLoc, YNode value) {}

  /** A mapping with string keys, in file order. */
  record YMap(Loc loc, Map<String, YEntry> entries) implements YNode {
    YMap(Loc loc) {
      this(loc, new LinkedHashMap<>());
    }

    YNode get(String key) {
      YEntry e = entries.get(key);
      return e == null ? null : e.value();
    }

    boolean has(String key) {
      YEntry e = entries.get(key);
      return e != null && !(e.value() instanceof YScalar s && s.isNull());
    }

    void put(String key, YNode value) {
      YEntry old = entries.get(key);
      entries.put(key, new YEntry(old == null ? value.loc() : old.keyLoc(), value));
    }

    @Override
    public YMap copy() {
      Map<String, YEntry> m = new LinkedHashMap<>();
      entries.forEach((k, e) -> m.put(k, new YEntry(e.keyLoc(), e.value().copy())));
      return new YMap(loc, m);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record YList(Loc loc, List<YNode> items) implements YNode {
    @Override
    public YList copy() {
      List<YNode> l = new ArrayList<>();
      items.forEach(i -> l.add(i.copy()));
      return new YList(loc, l);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as written. {@code plain} is false for quoted and block scalars: a quoted
   * {@code "12"} is text, never a number.
   */
  record YScalar(Loc loc, String text, boolean plain) implements YNode {
    boolean isNull() {
      return plain && (text.isEmpty() || text.equals("~") || text.equals("null")
          || text.equals("Null") || text.equals("NULL"));
    }

    @Override
    public YScalar copy() {
      return this;
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "nothing (null)";
      }
      return plain ? "'" + text + "'" : "the string \"" + text + "\"";
    }
  }
}
