package org.seastate.geo;

/** A binary min-heap of (double key, int value) in primitive arrays, for {@link Navigation}'s Dijkstra. */
final class MinHeap {
  double[] keys;
  int[] values;
  int size;

  MinHeap(int capacity) {
    keys = new double[capacity];
    values = new int[capacity];
  }

  void push(double key, int value) {
    if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, size * 2);
      values = java.util.Arrays.copyOf(values, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (keys[p] <= key) {
        break;
      }
      keys[i] = keys[p];
      values[i] = values[p];
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }

  double topKey() {
    return keys[0];
  }

  int pop() {
    int top = values[0];
    size--;
    if (size > 0) {
      double key = keys[size];
      int value = values[size];
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        if (l >= size) {
          break;
        }
        int m = l + 1 < size && keys[l + 1] < keys[l] ? l + 1 : l;
        if (keys[m] >= key) {
          break;
        }
        keys[i] = keys[m];
        values[i] = values[m];
        i = m;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}
