package org.seastate.cli;

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
 * input (a bad file, a bad value) is exit code 2 without a stack trace. A failure of the
 * environment (an I/O error such as a full disk) is exit code 1 with one line naming the file
 * and the cause, also without a trace: there is nothing in seastate to fix. Anything else is a
 * failure of seastate (exit code 1), reported with its trace so it can be fixed.
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
    if (ex instanceof java.io.IOException io) {
      err.println(cl.getColorScheme().errorText("error: " + environmentMessage(io)));
      err.flush();
      return ExitCode.FAILURE;
    }
    err.println(cl.getColorScheme().errorText("seastate failed: " + ex));
    ex.printStackTrace(err);
    err.flush();
    return ExitCode.FAILURE;
  }

  /** One line: the file and the cause, as far as the exception tells them. */
  static String environmentMessage(java.io.IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && !(e instanceof org.seastate.io.StorageException)) {
      String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** True for exceptions that describe a mistake in what the user gave us. */
  static boolean isUserError(Throwable ex) {
    return ex instanceof UserInputException
        || ex instanceof org.seastate.scenario.ScenarioException
        || ex instanceof org.seastate.sweep.SweepException
        || ex instanceof NoSuchFileException
        || ex instanceof AccessDeniedException;
  }

  /** Bad command-line arguments: one line, a hint, exit code 2. */
  static final class BadArguments implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println(cl.getColorScheme().errorText("error: " + ex.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
  }
}
