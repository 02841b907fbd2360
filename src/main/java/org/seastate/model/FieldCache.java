package org.seastate.model;

import org.seastate.geo.DistanceField;

/**
 * The run's distance fields by destination cell: an open-addressing map from int to field, so
 * the many look-ups per hour neither box the cell nor allocate a lambda.
 */
final class FieldCache {
  private int[] keys = new int[64];
  private DistanceField[] values = new DistanceField[64];
  private int size;

  DistanceField get(int cell) {
    int mask = keys.length - 1;
    for (int i = mix(cell) & mask; ; i = (i + 1) & mask) {
      DistanceField v = values[i];
      if (v == null) {
        return null;
      }
      if (keys[i] == cell) {
        return v;
      }
    }
  }

  void put(int cell, DistanceField field) {
    if (2 * (size + 1) > keys.length) {
      int[] oldKeys = keys;
      DistanceField[] oldValues = values;
      keys = new int[oldKeys.length * 2];
      values = new DistanceField[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
    int mask = keys.length - 1;
    int i = mix(cell) & mask;
    while (values[i] != null && keys[i] != cell) {
      i = (i + 1) & mask;
    }
    if (values[i] == null) {
      size++;
    }
    keys[i] = cell;
    values[i] = field;
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
