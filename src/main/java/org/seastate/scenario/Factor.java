package org.seastate.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dimension of a sweep: a scenario parameter addressed by path, with discrete levels or a
 * continuous range.
 *
 * @param path parameter path, e.g. {@code nations.CN.posture.resolve} or
 *     {@code agreements.jp-ph-raa.enabled}
 * @param levels discrete values (numbers, booleans or strings); empty when {@code range} is set
 * @param range continuous [min, max] for sampling designs; empty when {@code levels} is set
 * @param reference the level the others are compared against (an RAA switch's {@code false}),
 *     one of {@code levels}; empty for the first level
 */
public record Factor(String path, List<Object> levels, Optional<Range> range, Optional<Object> reference) {
  /** A factor without a named reference level. */
  public Factor(String path, List<Object> levels, Optional<Range> range) {
    this(path, levels, range, Optional.empty());
  }

  public Factor {
    Objects.requireNonNull(path, "path");
    if (!path.matches("[A-Za-z0-9_.-]+") || path.startsWith(".") || path.endsWith(".")) {
      throw new IllegalArgumentException("path must be dot-separated keys, was '" + path + "'");
    }
    levels = List.copyOf(levels);
    Objects.requireNonNull(range, "range");
    if (levels.isEmpty() == range.isEmpty()) {
      throw new IllegalArgumentException("factor " + path + " needs either levels or a range, not both");
    }
    Objects.requireNonNull(reference, "reference");
    if (reference.isPresent() && !levels.contains(reference.get())) {
      throw new IllegalArgumentException("reference " + reference.get() + " of " + path
          + " is not one of its levels " + levels);
    }
  }

  /** Number of discrete levels, or 0 for a continuous range. */
  public int levelCount() {
    return levels.size();
  }

  /** A continuous interval. */
  public record Range(double min, double max) {
    public Range {
      if (!(max > min)) {
        throw new IllegalArgumentException("range max (" + max + ") must be greater than min (" + min + ")");
      }
    }

    /** The value at a unit-interval coordinate u in [0, 1]. */
    public double at(double u) {
      return min + u * (max - min);
    }
  }
}
