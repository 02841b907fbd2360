package org.seastate.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;

/**
 * Work a model-running command will need, started on a second thread as the process starts, so
 * it overlaps picocli building and parsing the command line instead of following it: the
 * theater, the scenario file (for the commands whose first parameter is one), then the
 * navigation fields the cache folder keeps ({@link org.seastate.geo.Navigation#loadStoredFields()}).
 *
 * <p>Each is what the command would otherwise load itself, with the same code and the same
 * result, so nothing depends on whether the head start finished. The command uses the scenario
 * read here only when picocli parsed the same path, and reads the file itself when the head start
 * failed, so a bad file is reported as always. Other failures here are ignored: the command meets
 * them on its own path and reports them.
 */
final class HeadStart {
  /** The subcommands that run the model on the standard theater. */
  static final Set<String> MODEL_COMMANDS = Set.of("run", "sweep", "calibrate", "snapshot", "gui");
  /** Those whose first parameter is a scenario file ({@link ScenarioInput}). */
  static final Set<String> SCENARIO_COMMANDS = Set.of("run", "calibrate", "gui");

  /** A scenario file read by the head start: the path as given, and the loader that read it. */
  record Early(Path file, ScenarioLoader loader, Scenario base) {}

  private static final AtomicReference<CompletableFuture<Early>> EARLY = new AtomicReference<>();

  private HeadStart() {}

  /**
   * Starts the head start when {@code args} name a model-running command; returns the thread,
   * or null.
   */
  static Thread begin(String... args) {
    String command = args.length > 0 ? args[0] : null;
    if (command == null || !MODEL_COMMANDS.contains(command)) {
      return null;
    }
    Path file = SCENARIO_COMMANDS.contains(command) ? scenarioArgument(args) : null;
    CompletableFuture<Early> scenario = new CompletableFuture<>();
    EARLY.set(file != null ? scenario : null);
    Thread t = new Thread(() -> prepare(file, scenario), "seastate-head-start");
    t.setDaemon(true); // never keeps a finished command's process alive
    t.start();
    return t;
  }

  /**
   * The first argument after the command that names an existing {@code .yaml} or {@code .yml}
   * file: the scenario, unless an option's value happens to look like one (then the command's
   * own parse disagrees, and the file read here goes unused).
   */
  static Path scenarioArgument(String... args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("-") || !(a.endsWith(".yaml") || a.endsWith(".yml"))) {
        continue;
      }
      try {
        Path p = Path.of(a);
        return Files.isRegularFile(p) ? p : null;
      } catch (InvalidPathException e) {
        return null;
      }
    }
    return null;
  }

  private static void prepare(Path file, CompletableFuture<Early> scenario) {
    try {
      Theater theater = Theaters.standard();
      if (file != null) {
        ScenarioLoader loader = new ScenarioLoader(theater);
        scenario.complete(new Early(file, loader, loader.loadScenario(file)));
      }
      theater.navigation().loadStoredFields();
    } catch (RuntimeException | LinkageError e) {
      // the command's own path loads the same things and reports what is wrong
    } finally {
      // whatever happened, the command never waits for a scenario this thread will not read
      scenario.completeExceptionally(new IllegalStateException("the head start read no scenario"));
    }
  }

  /**
   * The scenario the head start read from {@code file} (waiting for it if need be); empty when
   * it read another file, none, or failed. It is handed out once: a later load reads the file.
   */
  static Optional<Early> scenario(Path file) {
    CompletableFuture<Early> f = EARLY.getAndSet(null);
    if (f == null) {
      return Optional.empty();
    }
    try {
      Early e = f.join();
      return e.file().equals(file) ? Optional.of(e) : Optional.empty();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      return Optional.empty();
    }
  }
}
