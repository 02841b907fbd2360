package org.seastate.sweep;

import java.nio.file.Path;
import java.util.List;
import org.seastate.io.ResultsFormat;

/**
 * How to run a sweep (not what the sweep is): run settings from the command line.
 *
 * @param out results folder, or null for {@code results/<sweep name>} (a shard:
 *     {@code results/<sweep name>-part-K-of-N})
 * @param force replace an existing results folder, or discard an interrupted sweep
 * @param resume continue an interrupted sweep: run only the runs it has not finished
 * @param shard the part of the sweep to run
 * @param threads worker threads
 * @param failFast stop handing out runs at the first failed run
 * @param days simulate only the first N days of each run, or null for the horizon
 * @param command the command line, for the manifest
 * @param version seastate version, for the manifest
 * @param commit git commit of the build, for the manifest
 * @param format the format of the result tables
 */
public record SweepSettings(Path out, boolean force, boolean resume, ShardSpec shard, int threads,
    boolean failFast, Integer days, List<String> command, String version, String commit, ResultsFormat format) {

  public SweepSettings {
    command = List.copyOf(command);
  }

  /** Settings that write CSV tables. */
  public SweepSettings(Path out, boolean force, boolean resume, ShardSpec shard, int threads,
      boolean failFast, Integer days, List<String> command, String version, String commit) {
    this(out, force, resume, shard, threads, failFast, days, command, version, commit, ResultsFormat.CSV);
  }

  /** The folder the results go to. */
  public Path target(String sweepName) {
    if (out != null) {
      return out;
    }
    String name = shard.isWhole() ? sweepName
        : sweepName + "-part-" + shard.index() + "-of-" + shard.count();
    return Path.of("results", name);
  }
}
