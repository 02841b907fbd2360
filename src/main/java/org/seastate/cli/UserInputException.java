package org.seastate.cli;

/**
 * A mistake in what the user asked for that a command detects itself (an output folder that
 * already exists, a date outside the scenario). Its message is shown as is; exit code 2.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }
}
