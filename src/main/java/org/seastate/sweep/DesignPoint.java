package org.seastate.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a design: the factor values applied to the base scenario, and the point's role
 * in its design so an analysis can rebuild the design from the result files.
 *
 * @param index point number, dense from 0
 * @param values factor path to value (Boolean, Long, Double or String), in factor order; a list
 *     design may leave a factor out (the base scenario's value then applies)
 * @param block the design block: {@code A}, {@code B} or {@code AB1} ... {@code ABk} for Sobol
 *     (ABi is A with column i taken from B, factors numbered from 1 in sweep order); empty for
 *     other designs
 * @param baseIndex the row of the design's base sample this point belongs to: for Sobol the
 *     row j shared by A, B and every ABi; for other designs the point number itself
 */
public record DesignPoint(int index, Map<String, Object> values, String block, int baseIndex) {
  public DesignPoint {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A point of a plain design (no Sobol block): the index is its own base index. */
  public static DesignPoint of(int index, Map<String, Object> values) {
    return new DesignPoint(index, values, "", index);
  }
}
