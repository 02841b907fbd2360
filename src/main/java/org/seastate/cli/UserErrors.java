package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into exit codes and one clear line for the user. A mistake in the user's
 * input (a bad file, a bad value) is exit code 2 without a stack trace; a fault of the machine
 * (disk full, read-only, permission denied) is exit code 1 with one line naming the path and
 * the cause; anything else is a failure of seastate (exit code 1), reported with its trace so
 * it can be fixed.
 */
final class UserErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (isUserError(ex)) {
      err.println(cl.getColorScheme().errorText("error: " + ex.getMessage()));
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    String fault = environmentFault(ex);
    if (fault != null) {
      err.println(cl.getColorScheme().errorText("error: " + fault));
      err.flush();
      return ExitCode.FAILURE;
    }
    err.println(cl.getColorScheme().errorText("seastate failed: " + ex));
    ex.printStackTrace(err);
    err.flush();
    return ExitCode.FAILURE;
  }

  /**
   * One line for a fault of the machine rather than of seastate or the input (disk full,
   * read-only file system, permission denied, a path that is not a folder), naming the path
   * and the cause; null for anything else.
   */
  static String environmentFault(Throwable ex) {
    Throwable t = ex;
    while (t instanceof java.io.UncheckedIOException || (t instanceof RuntimeException && t.getCause() instanceof IOException
        && !(t instanceof org.seastate.scenario.ScenarioException))) {
      t = t.getCause();
    }
    if (t instanceof org.seastate.io.StorageException st) {
      return firstLine(st.getMessage()); // already "cannot write PATH: cause"
    }
    if (t instanceof java.nio.file.ReadOnlyFileSystemException) {
      return "the file system is read-only";
    }
    if (t instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (t instanceof java.nio.file.NotDirectoryException n) {
      return n.getFile() + " is not a folder";
    }
    if (t instanceof java.nio.file.FileSystemException f) {
      String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
      return f.getFile() == null ? reason : f.getFile() + ": " + reason
          + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
    }
    if (t instanceof IOException io) {
      return io.getMessage() == null ? io.getClass().getSimpleName() : firstLine(io.getMessage());
    }
    return null;
  }

  private static String firstLine(String m) {
    return m.lines().findFirst().orElse(m);
  }

  /** True for exceptions that describe a mistake in what the user gave us. */
  static boolean isUserError(Throwable ex) {
    return ex instanceof UserInputException
        || ex instanceof org.seastate.scenario.ScenarioException
        || ex instanceof org.seastate.sweep.SweepException
        || ex instanceof NoSuchFileException;
  }

  /** Bad command-line arguments: one line, a hint, exit code 2. */
  static final class BadArguments implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println(cl.getColorScheme().errorText("error: " + ex.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        printNearCommands(ex, err);
      }
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCode.BAD_INPUT;
    }

    /**
     * picocli's own suggestions compare letter pairs, so a swap of two letters ({@code rnu} for
     * {@code run}) shares no pair with the command and gets none. This adds the subcommands within
     * a small edit distance (insertions, deletions, substitutions and swaps of neighbours).
     */
    static void printNearCommands(ParameterException ex, PrintWriter err) {
      if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
        return;
      }
      String typed = u.getUnmatched().get(0);
      CommandLine cl = ex.getCommandLine();
      if (typed.startsWith("-") || cl.getSubcommands().isEmpty()) {
        return;
      }
      java.util.List<String> near = nearCommands(typed, cl.getSubcommands());
      if (!near.isEmpty()) {
        String qualified = cl.getCommandSpec().qualifiedName();
        err.println("Did you mean: " + near.stream().map(n -> qualified + " " + n)
            .collect(java.util.stream.Collectors.joining(" or ")) + "?");
      }
    }

    /** Visible subcommands at most 1 edit from {@code typed} (2 for names of 5 letters or more), nearest first. */
    static java.util.List<String> nearCommands(String typed, java.util.Map<String, CommandLine> subcommands) {
      String t = typed.toLowerCase(java.util.Locale.ROOT);
      int limit = t.length() >= 5 ? 2 : 1;
      java.util.TreeMap<Integer, java.util.List<String>> byDistance = new java.util.TreeMap<>();
      for (var e : subcommands.entrySet()) {
        if (e.getValue().getCommandSpec().usageMessage().hidden()) {
          continue;
        }
        int d = editDistance(t, e.getKey().toLowerCase(java.util.Locale.ROOT));
        if (d <= limit) {
          byDistance.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(e.getKey());
        }
      }
      java.util.List<String> out = new java.util.ArrayList<>();
      byDistance.values().forEach(out::addAll);
      return out.subList(0, Math.min(3, out.size()));
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters. */
    static int editDistance(String a, String b) {
      return org.seastate.scenario.Suggest.distance(a, b);
    }
  }
}
