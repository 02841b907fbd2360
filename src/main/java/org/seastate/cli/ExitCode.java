package org.seastate.cli;

/** The exit codes every seastate command uses. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** seastate itself failed (a bug or an environment problem). */
  public static final int FAILURE = 1;
  /** The user's input was wrong: arguments, files or values. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
