package org.seastate.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects the problems of one load, so that a user sees all of them at once. */
final class Problems {
  private final LinkedHashSet<Problem> list = new LinkedHashSet<>();

  void add(YNode.Loc loc, String message) {
    list.add(Problem.at(loc, message));
  }

  void add(Problem p) {
    list.add(p);
  }

  /** Whether a problem is already reported at this place (a line and column, not a whole file). */
  boolean hasAt(YNode.Loc loc) {
    return loc.line() > 0 && list.stream().anyMatch(p -> p.file().equals(loc.file()) && p.line() == loc.line()
        && p.column() == loc.column());
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<Problem> sorted() {
    List<Problem> l = new ArrayList<>(list);
    l.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column));
    return l;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ScenarioException(sorted());
    }
  }
}
