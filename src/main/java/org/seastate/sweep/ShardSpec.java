package org.seastate.sweep;

/**
 * One of {@code count} disjoint parts of a sweep: the runs whose id modulo {@code count} is
 * {@code index}. Striding by run id (rather than cutting blocks) gives every shard a share of
 * every design point and a similar mix of short and long runs.
 *
 * @param index K, from 0 to count - 1
 * @param count N, at least 1
 */
public record ShardSpec(int index, int count) {
  /** The whole sweep as one shard. */
  public static final ShardSpec ALL = new ShardSpec(0, 1);

  public ShardSpec {
    if (count < 1) {
      throw new SweepException("shard count must be at least 1, was " + count);
    }
    if (index < 0 || index >= count) {
      throw new SweepException("shard index must be between 0 and " + (count - 1) + ", was " + index);
    }
  }

  /** Parses {@code K/N}, e.g. {@code 2/8}. */
  public static ShardSpec parse(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length != 2) {
      throw new SweepException("expected a shard as K/N (e.g. 0/4), got '" + text + "'");
    }
    try {
      return new ShardSpec(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new SweepException("expected a shard as K/N with whole numbers (e.g. 0/4), got '" + text + "'");
    }
  }

  public boolean includes(long runId) {
    return runId % count == index;
  }

  public boolean isWhole() {
    return count == 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
