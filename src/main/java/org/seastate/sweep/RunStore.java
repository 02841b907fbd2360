package org.seastate.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.function.Consumer;
import org.seastate.io.RunFragment;
import org.seastate.io.RunRecord;
import org.seastate.scenario.OutputSettings;

/**
 * The spool of a sweep in progress: one fragment file per finished run
 * ({@code 000000000042.run}, or {@code 000000000042.failed} for a run that failed), each
 * written to a temporary file and renamed into place, so a fragment that exists is complete
 * even after a kill -9. What survives a crash is exactly the set of finished runs, which is
 * what {@code --resume} needs. Opening a spool again forgets its failed runs, so a resumed
 * sweep tries them again. A fragment that does not read back whole (a disk that lost it, a
 * file system without ordered writes) is set aside by {@link #done(Consumer)} and its run done
 * again, so no damaged file can wedge a resume.
 */
public final class RunStore {
  private final Path dir;
  private final OutputSettings outputs;

  private RunStore(Path dir, OutputSettings outputs) {
    this.dir = dir;
    this.outputs = outputs;
  }

  /**
   * Opens (creating if needed) a spool folder, removing temporary files a crash left and the
   * fragments of failed runs (to be run again).
   */
  public static RunStore open(Path dir) throws IOException {
    return open(dir, OutputSettings.RUN);
  }

  /** As {@link #open(Path)}, keeping in each fragment only the rows of the tables {@code outputs} writes. */
  public static RunStore open(Path dir, OutputSettings outputs) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "{.*.part,*.failed}")) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    }
    return new RunStore(dir, outputs);
  }

  public Path dir() {
    return dir;
  }

  Path file(long runId, boolean ok) {
    return dir.resolve(String.format(Locale.ROOT, "%012d.%s", runId, ok ? "run" : "failed"));
  }

  public void put(RunRecord record) throws IOException {
    RunFragment.of(record, outputs).write(file(record.runId(), record.error().isEmpty()));
  }

  public RunFragment get(long runId) throws IOException {
    Path ok = file(runId, true);
    return RunFragment.read(Files.exists(ok) ? ok : file(runId, false));
  }

  /** The run ids with a fragment of a successful run (not read back). */
  public BitSet done() throws IOException {
    return done(null);
  }

  /**
   * The run ids with a fragment of a successful run. With {@code warn}, every fragment is read
   * back and one that is damaged is deleted (its run is then missing, to be done again) with a
   * warning.
   */
  public BitSet done(Consumer<String> warn) throws IOException {
    BitSet done = new BitSet();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.run")) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        int id;
        try {
          id = Math.toIntExact(Long.parseLong(name.substring(0, name.length() - 4)));
        } catch (NumberFormatException | ArithmeticException e) {
          continue; // not ours
        }
        if (warn != null) {
          try {
            if (RunFragment.read(p).runId() != id) {
              throw new RunFragment.DamagedFragmentException(p, "it holds another run");
            }
          } catch (RunFragment.DamagedFragmentException e) {
            warn.accept(e.getMessage() + "; run " + id + " will be run again");
            Files.delete(p);
            continue;
          }
        }
        done.set(id);
      }
    }
    return done;
  }
}
