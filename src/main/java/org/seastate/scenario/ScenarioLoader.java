package org.seastate.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.seastate.geo.LandMask;
import org.seastate.geo.Places;
import org.seastate.geo.Theater;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * Loads scenario and sweep files strictly: every problem in a file (and in the files it
 * extends) is reported at once with file, line and column, and nothing half-valid is returned.
 *
 * <p>A file is a sweep when its top level has the key {@code base}; otherwise it is a scenario.
 * The loader is immutable and thread-safe.
 */
public final class ScenarioLoader {

  private final LandMask land;
  private final Places catalogue;

  /**
   * @param land tells whether a point is land; features a scenario defines must lie at sea
   * @param catalogue the named places a scenario may refer to without defining them
   */
  public ScenarioLoader(LandMask land, Places catalogue) {
    this.land = Objects.requireNonNull(land, "land");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** Checks scenarios against a theater's land and its places. */
  public ScenarioLoader(Theater theater) {
    this(theater, theater.places());
  }

  /** Checks scenarios against a land mask and the built-in catalogue of places. */
  public ScenarioLoader(LandMask land) {
    this(land, Places.standard());
  }

  /** What a file held: a scenario, or a sweep together with its base scenario. */
  public sealed interface Loaded permits LoadedScenario, LoadedSweep {}

  public record LoadedScenario(Scenario scenario) implements Loaded {}

  public record LoadedSweep(Sweep sweep, Scenario base) implements Loaded {}

  /** Loads a scenario or a sweep, whichever the file is. */
  public Loaded load(Path file) {
    Problems problems = new Problems();
    YNode root = YamlReader.read(file, label(file), null, problems);
    problems.throwIfAny();
    if (root instanceof YMap m && m.entries().containsKey(Format.SWEEP_MARKER)) {
      return sweep(file, m.copy(), problems);
    }
    return new LoadedScenario(scenario(file, root, problems));
  }

  /** Loads a scenario file (resolving {@code extends}). */
  public Scenario loadScenario(Path file) {
    Problems problems = new Problems();
    YNode root = YamlReader.read(file, label(file), null, problems);
    problems.throwIfAny();
    if (root instanceof YMap m && m.entries().containsKey(Format.SWEEP_MARKER)) {
      problems.add(m.entries().get(Format.SWEEP_MARKER).keyLoc(),
          "this is a sweep file (it has 'base'); expected a scenario");
      problems.throwIfAny();
    }
    return scenario(file, root, problems);
  }

  /** Loads a sweep file and its base scenario, checking factor paths and levels against the base. */
  public LoadedSweep loadSweep(Path file) {
    Problems problems = new Problems();
    YNode root = YamlReader.read(file, label(file), null, problems);
    problems.throwIfAny();
    if (!(root instanceof YMap m) || !m.entries().containsKey(Format.SWEEP_MARKER)) {
      problems.add(root.loc(), "this is not a sweep file; expected a top-level 'base' naming the base scenario");
      problems.throwIfAny();
      throw new IllegalStateException();
    }
    return sweep(file, m.copy(), problems);
  }

  /**
   * A {@code --set} value typed exactly as the same text, unquoted, in a scenario file:
   * {@code true}/{@code TRUE} a Boolean, {@code 12} a Long, {@code 1_000.5} a Double, else text.
   */
  public static Object typedValue(String text) {
    return Trees.plainValue(text.trim());
  }

  /**
   * The scenario with parameters changed: a pure function used by sweeps (one point) and by
   * scenario events. Keys are paths ({@code nations.CN.posture.resolve}); values are Boolean,
   * Number or String. Throws {@link ScenarioException} naming the path for unknown paths
   * (with a suggestion), values of the wrong type, or values the records refuse.
   */
  public Scenario withOverrides(Scenario base, Map<String, ?> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    YMap tree = (YMap) Trees.fromValue(ScenarioWriter.describe(base), new YNode.Loc("scenario " + base.name(), 0, 0));
    Problems problems = new Problems();
    overrides.forEach((path, value) -> {
      YNode.Loc at = new YNode.Loc("override " + path + "=" + value, 0, 0);
      YNode v = Trees.fromValue(value, at);
      if (!(v instanceof YScalar s)) {
        problems.add(at, "an override sets one value, not " + v.describe());
        return;
      }
      try {
        ParamPaths.set(tree, Format.SCENARIO, path, plainIfNotString(s, value));
      } catch (ParamPaths.PathException e) {
        problems.add(at, e.getMessage());
      }
    });
    problems.throwIfAny();
    return bind(tree, problems);
  }

  /** A parameter path checked against a scenario: null if it leads to a value, else why not. */
  public String checkPath(Scenario scenario, String path) {
    YMap tree = (YMap) Trees.fromValue(ScenarioWriter.describe(scenario), new YNode.Loc("scenario", 0, 0));
    try {
      ParamPaths.leaf(tree, Format.SCENARIO, path);
      return null;
    } catch (ParamPaths.PathException e) {
      return e.getMessage();
    }
  }

  private static YScalar plainIfNotString(YScalar s, Object value) {
    return value instanceof String ? s : new YScalar(s.loc(), s.text(), true);
  }

  // ------------------------------------------------------------------ internals

  private static String label(Path p) {
    return p.toString().replace('\\', '/');
  }

  private Scenario scenario(Path file, YNode root, Problems problems) {
    YMap tree = resolve(file, root, new ArrayList<>(), problems);
    problems.throwIfAny();
    return bind(tree, problems);
  }

  /** Checks a merged tree, fills defaults and binds it. */
  private Scenario bind(YMap tree, Problems problems) {
    tree.entries().remove("extends");
    Trees.fillDefaults(tree, Format.SCENARIO);
    new Checker(problems).check(tree, Format.SCENARIO, "scenario");
    Scenario s = null;
    try {
      s = new Binder(problems, land, catalogue).scenario(tree);
    } catch (Binder.Abort e) {
      // problems recorded
    }
    problems.throwIfAny();
    return s;
  }

  /** The file's tree with its {@code extends} chain merged in (parents first). */
  private YMap resolve(Path file, YNode root, List<Path> chain, Problems problems) {
    if (!(root instanceof YMap map)) {
      problems.add(root.loc(), "expected a mapping of keys (name, horizon, nations, ...) at the top of the file, got "
          + root.describe());
      return null;
    }
    Path me = file.toAbsolutePath().normalize();
    chain.add(me);
    YNode ext = map.get("extends");
    if (ext == null) {
      return map.copy();
    }
    if (!(ext instanceof YScalar s) || s.isNull() || s.text().isBlank()) {
      problems.add(ext.loc(), "expected the name of a scenario file for 'extends', got " + ext.describe());
      return null;
    }
    Path parentFile = file.resolveSibling(s.text()).normalize();
    Path parentAbs = parentFile.toAbsolutePath().normalize();
    if (chain.contains(parentAbs)) {
      List<String> names = new ArrayList<>();
      for (Path p : chain.subList(chain.indexOf(parentAbs), chain.size())) {
        names.add(p.getFileName().toString());
      }
      names.add(parentAbs.getFileName().toString());
      problems.add(s.loc(), "'extends' makes a cycle: " + String.join(" -> ", names));
      return null;
    }
    YNode parentRoot = YamlReader.read(parentFile, label(parentFile), s.loc(), problems);
    if (parentRoot == null) {
      return null;
    }
    if (parentRoot instanceof YMap pm && pm.entries().containsKey(Format.SWEEP_MARKER)) {
      problems.add(s.loc(), "'" + s.text() + "' is a sweep file; a scenario can only extend a scenario");
      return null;
    }
    YMap parent = resolve(parentFile, parentRoot, chain, problems);
    if (parent == null) {
      return null;
    }
    YMap child = map.copy();
    child.entries().remove("extends");
    return Trees.merge(parent, child);
  }

  private LoadedSweep sweep(Path file, YMap tree, Problems problems) {
    Trees.fillDefaults(tree, Format.SWEEP);
    new Checker(problems).check(tree, Format.SWEEP, "sweep");
    // the base scenario
    YNode baseNode = tree.get("base");
    Scenario base = null;
    YMap baseTree = null;
    Path basePath = null;
    if (baseNode instanceof YScalar bs && !bs.isNull()) {
      basePath = file.resolveSibling(bs.text()).normalize();
      YNode baseRoot = YamlReader.read(basePath, label(basePath), bs.loc(), problems);
      if (baseRoot instanceof YMap bm && bm.entries().containsKey(Format.SWEEP_MARKER)) {
        problems.add(bs.loc(), "base '" + bs.text() + "' is a sweep file; expected a scenario");
      } else if (baseRoot != null) {
        baseTree = resolve(basePath, baseRoot, new ArrayList<>(), problems);
        if (baseTree != null) {
          try {
            // the base's own problems carry the base file's locations
            base = bind(baseTree.copy(), new Problems());
          } catch (ScenarioException e) {
            e.problems().forEach(problems::add);
          }
        }
      }
    }
    List<Factor> factors = new ArrayList<>();
    for (YNode n : YValues.list(tree.get("factors") instanceof YList ? tree.get("factors") : null)) {
      if (n instanceof YMap f) {
        Factor factor = factor(f, baseTree, problems);
        if (factor != null) {
          factors.add(factor);
        }
      }
    }
    List<String> paths = factors.stream().map(Factor::path).toList();
    Design design = SweepChecks.design(tree.get("design"), paths, problems);
    SweepChecks.size(tree, factors, design, problems);
    List<ChartSpec> charts = new ArrayList<>();
    for (YNode n : YValues.list(tree.get("charts") instanceof YList ? tree.get("charts") : null)) {
      if (n instanceof YMap c && c.get("type") instanceof YScalar t && ChartSpec.TYPES.contains(t.text())) {
        YNode by = c.get("by");
        if (by instanceof YScalar bys && !bys.isNull() && !paths.contains(bys.text())) {
          problems.add(bys.loc(), "chart 'by' " + bys.describe() + " is not a factor of this sweep; expected one of "
              + paths + Suggest.hint(bys.text(), paths));
        }
        SweepChecks.chartMetric(c, t.text(), problems);
        charts.add(new ChartSpec(t.text(), optText(c, "metric"), optText(c, "by")));
      }
    }
    OutputSettings outputs = OutputSettings.bind(tree.get("outputs"), tree.get("timeseries_interval_days"),
        "timeseries_interval_days", OutputSettings.SWEEP, problems);
    problems.throwIfAny();
    Path bp = basePath;
    Sweep sweep = null;
    try {
      sweep = new Sweep(YValues.str(tree, "name"), YValues.str(tree, "description"), bp, factors, design,
          YValues.integer(tree.get("replicates")), longOf(tree.get("base_seed")),
          outputs, charts,
          tree.get("common_random_numbers") instanceof YScalar crn && !crn.isNull()
              ? Boolean.parseBoolean(crn.text()) : Sweep.crnByDefault(design),
          YValues.str(tree, "format"));
    } catch (InvalidValueException e) {
      problems.add(Binder.locate(tree, e), "sweep: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      problems.add(tree.loc(), "sweep: " + e.getMessage());
    } catch (Binder.Abort e) {
      problems.add(tree.loc(), "sweep: incomplete");
    }
    problems.throwIfAny();
    return new LoadedSweep(sweep, base);
  }

  private Factor factor(YMap f, YMap baseTree, Problems problems) {
    if (!(f.get("path") instanceof YScalar ps) || ps.isNull()) {
      return null;
    }
    String path = ps.text();
    Shape.Scalar leaf = null;
    if (baseTree != null) {
      try {
        leaf = ParamPaths.leaf(baseTree, Format.SCENARIO, path);
      } catch (ParamPaths.PathException e) {
        problems.add(ps.loc(), e.getMessage());
      }
    }
    List<Object> levels = new ArrayList<>();
    Optional<Factor.Range> range = Optional.empty();
    if (f.get("levels") instanceof YList l) {
      for (YNode n : l.items()) {
        if (n instanceof YScalar s) {
          if (leaf != null) {
            levelProblem(baseTree, path, leaf, s, problems);
          }
          levels.add(Trees.scalarValue(s));
        }
      }
    }
    if (f.get("range") instanceof YList r) {
      if (r.items().size() != 2) {
        problems.add(r.loc(), "range of " + path + " has " + r.items().size() + " values; expected [min, max]");
        return null;
      }
      try {
        double lo = YValues.number(r.items().get(0));
        double hi = YValues.number(r.items().get(1));
        range = Optional.of(new Factor.Range(lo, hi));
        if (leaf != null) {
          if (leaf.type() != Shape.Type.NUMBER) {
            problems.add(r.loc(), "a range needs a number parameter, but " + path + " is " + leaf.expected()
                + "; use levels");
          } else {
            levelProblem(baseTree, path, leaf, (YScalar) r.items().get(0), problems);
            levelProblem(baseTree, path, leaf, (YScalar) r.items().get(1), problems);
          }
        }
      } catch (Binder.Abort e) {
        return null; // reported by the checker
      } catch (IllegalArgumentException e) {
        problems.add(r.loc(), "factor " + path + ": " + e.getMessage());
        return null;
      }
    }
    Optional<Object> reference = Optional.empty();
    if (f.get("reference") instanceof YScalar rs && !rs.isNull()) {
      Object rv = Trees.scalarValue(rs);
      if (!levels.contains(rv)) {
        problems.add(rs.loc(), "reference " + rs.describe() + " of " + path + " is not one of its levels " + levels);
        return null;
      }
      reference = Optional.of(rv);
    }
    try {
      return new Factor(path, levels, range, reference);
    } catch (IllegalArgumentException e) {
      problems.add(f.loc(), "factor: " + e.getMessage());
      return null;
    }
  }

  /** A level must have the parameter's type and give a valid scenario. */
  private void levelProblem(YMap baseTree, String path, Shape.Scalar leaf, YScalar value, Problems problems) {
    String why = Checker.scalarProblem(value, leaf);
    if (why != null) {
      problems.add(value.loc(), why + " (level of " + path + ")");
      return;
    }
    YMap copy = baseTree.copy();
    try {
      ParamPaths.set(copy, Format.SCENARIO, path, value);
      bind(copy, new Problems());
    } catch (ParamPaths.PathException e) {
      problems.add(value.loc(), e.getMessage());
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        if (p.file().equals(value.loc().file()) && p.line() == value.loc().line()
            && p.column() == value.loc().column()) {
          problems.add(value.loc(), "level " + value.text() + " of " + path + " is not valid: " + p.message());
          return;
        }
      }
      problems.add(value.loc(), "level " + value.text() + " of " + path + " is not valid: "
          + e.problems().get(0).message());
    }
  }

  private static Optional<String> optText(YMap m, String key) {
    return m.get(key) instanceof YScalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  private static long longOf(YNode n) {
    if (n instanceof YScalar s && Trees.scalarValue(s) instanceof Long l) {
      return l;
    }
    throw new Binder.Abort();
  }
}
