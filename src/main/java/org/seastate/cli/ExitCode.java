package org.seastate.cli;

import picocli.CommandLine;

/**
 * picocli's exit codes under the names seastate's messages use: {@code BAD_INPUT} is picocli's
 * {@code USAGE} (a wrong argument, file or value), {@code FAILURE} its {@code SOFTWARE}.
 */
public final class ExitCode {
  /** Success. */
  public static final int OK = CommandLine.ExitCode.OK;
  /** seastate itself failed, or the machine did (a full disk, a read-only folder). */
  public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
  /** The user's input was wrong: arguments, files or values. */
  public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

  private ExitCode() {}
}
