package org.seastate.sweep;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.seastate.scenario.Sweep;

/**
 * Every run of a sweep. Run ids are dense integers ordered replicate-major:
 * {@code runId = replicate * points + point}. Run 0..P-1 are the first replicate of every
 * point, P..2P-1 the second, and so on, so a sweep stopped part-way has covered the whole
 * design evenly rather than a few points completely.
 */
public final class RunPlan {
  private final List<DesignPoint> points;
  private final int replicates;
  private final long baseSeed;
  private final boolean commonRandomNumbers;

  public RunPlan(List<DesignPoint> points, int replicates, long baseSeed) {
    this(points, replicates, baseSeed, false);
  }

  /**
   * @param commonRandomNumbers seed runs by replicate alone ({@link Seeds#forRun}(base, replicate)),
   *     so every point's replicate r starts from the same seed and runs are paired
   */
  public RunPlan(List<DesignPoint> points, int replicates, long baseSeed, boolean commonRandomNumbers) {
    if (points.isEmpty()) {
      throw new SweepException("the design has no points");
    }
    this.points = List.copyOf(points);
    this.replicates = replicates;
    this.baseSeed = baseSeed;
    this.commonRandomNumbers = commonRandomNumbers;
  }

  public static RunPlan of(Sweep sweep) {
    return new RunPlan(Designs.points(sweep), sweep.replicates(), sweep.baseSeed(), sweep.commonRandomNumbers());
  }

  public List<DesignPoint> points() {
    return points;
  }

  public long totalRuns() {
    return (long) points.size() * replicates;
  }

  public RunSpec spec(long runId) {
    if (runId < 0 || runId >= totalRuns()) {
      throw new IndexOutOfBoundsException("run " + runId + " of " + totalRuns());
    }
    int p = (int) (runId % points.size());
    int r = (int) (runId / points.size());
    return new RunSpec(runId, points.get(p), r, Seeds.forRun(baseSeed, commonRandomNumbers ? r : runId));
  }

  /** The run ids of a shard, in increasing order. */
  public LongStream runIds(ShardSpec shard) {
    return LongStream.range(0, totalRuns()).filter(shard::includes);
  }

  /** The run ids of a shard that {@code done} does not accept, in increasing order. */
  public LongStream missing(ShardSpec shard, LongPredicate done) {
    return runIds(shard).filter(id -> !done.test(id));
  }
}
