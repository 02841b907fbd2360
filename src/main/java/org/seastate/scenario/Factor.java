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
 */
public record Factor(String path, List<Object> levels, Optional<Range> range) {
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
