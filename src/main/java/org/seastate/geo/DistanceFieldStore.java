package org.seastate.geo;

import java.util.Optional;

/**
 * Keeps the arrays of {@link DistanceField}s between processes, so a new process need not run
 * Dijkstra again for a destination an earlier one already routed to. {@link Navigation} asks
 * the store before building a field and hands it every field it builds.
 *
 * <p>A field is stored under the navigation's {@link Navigation#key() key}, which covers
 * everything the field depends on (grid, navigable cells, moves and their lengths), and its
 * destination cell. The arrays are exactly those Dijkstra produced, so a run gives the same
 * results with or without a store.
 *
 * <p>Implementations must be thread-safe, must never throw (a store that cannot read or write
 * behaves as an empty store) and must never return arrays other than those saved under the same
 * key and destination: a damaged or foreign entry is reported as absent.
 */
public interface DistanceFieldStore {

  /** The arrays of one field: distance in nm and the move to the next cell, per cell. */
  record FieldArrays(float[] distNm, byte[] nextMove) {}

  /** A store that keeps nothing: every field is built in memory. */
  DistanceFieldStore NONE = new DistanceFieldStore() {
    @Override
    public Optional<FieldArrays> load(String key, int destination, int cells) {
      return Optional.empty();
    }

    @Override
    public void save(String key, int destination, FieldArrays field) {
      // keeps nothing
    }

    @Override
    public String toString() {
      return "no store";
    }
  };

  /**
   * The arrays saved under a key and destination, each of length {@code cells}; empty when
   * there are none or they cannot be read intact.
   */
  Optional<FieldArrays> load(String key, int destination, int cells);

  /** Saves a field's arrays; a failure to save is not reported (the field stays in memory). */
  void save(String key, int destination, FieldArrays field);

  /**
   * The destinations the store has entries for under a key, increasing; {@link #load} still
   * checks each entry. None for a store that cannot list its entries.
   */
  default int[] destinations(String key) {
    return new int[0];
  }
}
