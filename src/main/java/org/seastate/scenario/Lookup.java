package org.seastate.scenario;

import java.util.Map;

/**
 * A lookup by id that refuses an unknown id, for the scenario's tables and the run's live
 * copies of them alike, so that every refusal reads {@code unknown <what> '<id>'}.
 */
public final class Lookup {
  private Lookup() {}

  /**
   * The value of {@code id} in {@code byId}.
   *
   * @param what the kind of id, for the refusal ("nation", "vessel class")
   * @throws IllegalArgumentException naming the id when {@code byId} has no value for it
   */
  public static <V> V known(Map<String, V> byId, String id, String what) {
    V v = byId.get(id);
    if (v == null) {
      throw new IllegalArgumentException("unknown " + what + " '" + id + "'");
    }
    return v;
  }
}
