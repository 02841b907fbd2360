package org.seastate.io;

/**
 * A results folder (or a file the user named for analysis) is missing or not in the expected
 * format. The message is one line meant for the user.
 */
public final class ResultsInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResultsInputException(String message) {
    super(message);
  }

  public ResultsInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
