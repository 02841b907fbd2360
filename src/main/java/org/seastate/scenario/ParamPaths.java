package org.seastate.scenario;

import java.util.ArrayList;
import java.util.List;
import org.seastate.scenario.YNode.YEntry;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Parameter paths ({@code nations.CN.posture.resolve}, {@code agreements.jp-ph-raa.enabled},
 * {@code policies.PH.resupply.0.cadence_days}): dot-separated keys into a scenario tree, list
 * items by index. Used by sweeps (factors), scenario events ({@code set}) and overrides.
 */
final class ParamPaths {
  private ParamPaths() {}

  /** A path that does not lead to a value; the message says why, with a suggestion. */
  static final class PathException extends Exception {
    private static final long serialVersionUID = 1L;

    PathException(String message) {
      super(message, null, false, false);
    }
  }

  /** The scalar shape a path leads to in the tree, or a PathException saying why it leads nowhere. */
  static Shape.Scalar leaf(YMap root, Shape.Obj shape, String path) throws PathException {
    return walk(root, shape, path, null);
  }

  /** Sets the value a path leads to (creating absent optional mappings on the way). */
  static void set(YMap root, Shape.Obj shape, String path, YScalar value) throws PathException {
    walk(root, shape, path, value);
  }

  private static Shape.Scalar walk(YMap root, Shape.Obj rootShape, String path, YScalar value)
      throws PathException {
    if (path == null || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      throw new PathException("'" + path + "' is not a parameter path; expected keys separated by dots,"
          + " e.g. nations.CN.posture.resolve");
    }
    String[] seg = path.split("\\.");
    YNode node = root;
    Shape shape = rootShape;
    List<String> done = new ArrayList<>();
    for (int i = 0; i < seg.length; i++) {
      String s = seg[i];
      boolean last = i == seg.length - 1;
      String at = done.isEmpty() ? "the top level" : "'" + String.join(".", done) + "'";
      if (shape instanceof Shape.Obj o) {
        Shape.Field f = o.field(s);
        if (f == null) {
          throw new PathException("unknown key '" + s + "' at " + at + " in path '" + path + "'"
              + Suggest.hint(s, o.fields.keySet()) + "; expected one of " + o.fields.keySet());
        }
        YMap map = asMap(node, path);
        YNode child = map.get(s);
        if (last) {
          return setLeaf(map, s, f.shape(), path, value);
        }
        if (child == null || child instanceof YScalar c && c.isNull()) {
          if (!(f.shape() instanceof Shape.Obj)) {
            throw new PathException("path '" + path + "' leads into '" + s + "', which this scenario does not have");
          }
          child = new YMap(map.loc());
          if (value != null) {
            map.put(s, child);
          }
        }
        node = child;
        shape = f.shape();
      } else if (shape instanceof Shape.MapOf m) {
        YMap map = asMap(node, path);
        YNode child = map.get(s);
        if (child == null && last && m.keys().contains(s)) {
          return setLeaf(map, s, m.values(), path, value);
        }
        if (child == null && !m.keys().isEmpty()) {
          throw new PathException("unknown " + m.keyDoc() + " '" + s + "' at " + at + " in path '" + path + "'"
              + Suggest.hint(s, m.keys()) + "; expected one of " + m.keys());
        }
        if (child == null) {
          throw new PathException("unknown " + m.keyDoc() + " '" + s + "' at " + at + " in path '" + path + "'"
              + Suggest.hint(s, map.entries().keySet()) + "; this scenario has " + map.entries().keySet());
        }
        if (last) {
          return setLeaf(map, s, m.values(), path, value);
        }
        node = child;
        shape = m.values();
      } else if (shape instanceof Shape.ListOf l) {
        YList list = asList(node, path);
        int idx;
        try {
          idx = Integer.parseInt(s);
        } catch (NumberFormatException e) {
          throw new PathException("'" + s + "' at " + at + " in path '" + path
              + "' should be a list index 0.." + (list.items().size() - 1));
        }
        if (idx < 0 || idx >= list.items().size()) {
          throw new PathException("index " + idx + " at " + at + " in path '" + path
              + "' is out of range; the list has " + list.items().size() + " items");
        }
        if (last) {
          if (!(l.items() instanceof Shape.Scalar sc)) {
            throw notScalar(path, l.items());
          }
          if (value != null) {
            list.items().set(idx, value);
          }
          return sc;
        }
        node = list.items().get(idx);
        shape = l.items();
      } else if (shape instanceof Shape.OneKey k) {
        YMap map = asMap(node, path);
        YNode child = map.get(s);
        if (child == null) {
          throw new PathException("'" + s + "' at " + at + " in path '" + path + "' is not the "
              + k.title() + " there; it is " + map.entries().keySet());
        }
        if (last) {
          throw notScalar(path, k.variants().get(s));
        }
        node = child;
        shape = k.variants().get(s);
      } else {
        throw new PathException("path '" + path + "' goes past the value at " + at);
      }
      if (!(node instanceof YMap) && !(node instanceof YList)) {
        if (!(shape instanceof Shape.Scalar)) {
          throw new PathException("path '" + path + "' leads through '" + s + "', which is not "
              + Checker.expected(shape));
        }
      }
      done.add(s);
    }
    throw new IllegalStateException("unreachable");
  }

  private static Shape.Scalar setLeaf(YMap map, String key, Shape shape, String path, YScalar value)
      throws PathException {
    if (!(shape instanceof Shape.Scalar sc)) {
      throw notScalar(path, shape);
    }
    if (value != null) {
      YEntry old = map.entries().get(key);
      map.entries().put(key, new YEntry(old == null ? value.loc() : old.keyLoc(), value));
    }
    return sc;
  }

  private static YMap asMap(YNode n, String path) throws PathException {
    if (n instanceof YMap m) {
      return m;
    }
    throw new PathException("path '" + path + "' leads through " + n.describe() + " at " + n.loc()
        + ", expected a mapping");
  }

  private static YList asList(YNode n, String path) throws PathException {
    if (n instanceof YList l) {
      return l;
    }
    throw new PathException("path '" + path + "' leads through " + n.describe() + " at " + n.loc()
        + ", expected a list");
  }

  private static PathException notScalar(String path, Shape shape) {
    return new PathException("path '" + path + "' leads to " + Checker.expected(shape)
        + ", not to a single value; name a key inside it");
  }
}
