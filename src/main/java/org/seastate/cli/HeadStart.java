package org.seastate.cli;

import java.util.Set;

/**
 * Work a model-running command will need, started on a second thread as the process starts, so
 * it overlaps picocli building and parsing the command line instead of following it: the
 * theater, and the navigation fields the cache folder keeps ({@link
 * org.seastate.geo.Navigation#loadStoredFields()}). Both are what the command would otherwise
 * load on first use, identical either way, so nothing depends on whether the head start finished.
 * A failure here is ignored: the command meets the same problem on its own path and reports it.
 */
final class HeadStart {
  /** The subcommands that run the model on the standard theater. */
  static final Set<String> MODEL_COMMANDS = Set.of("run", "sweep", "calibrate", "snapshot", "gui");

  private HeadStart() {}

  /** Starts the head start when {@code subcommand} runs the model; returns the thread, or null. */
  static Thread begin(String subcommand) {
    if (subcommand == null || !MODEL_COMMANDS.contains(subcommand)) {
      return null;
    }
    Thread t = new Thread(HeadStart::prepare, "seastate-head-start");
    t.setDaemon(true); // never keeps a finished command's process alive
    t.start();
    return t;
  }

  private static void prepare() {
    try {
      Theaters.standard().navigation().loadStoredFields();
    } catch (RuntimeException | LinkageError e) {
      // the command's own path loads the same things and reports what is wrong
    }
  }
}
