package org.seastate.sweep;

/**
 * A problem with what the user asked a sweep or merge to do (a bad shard, an output folder in
 * the way, parts that do not add up to a sweep). Its message is meant for the user as is.
 */
public class SweepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SweepException(String message) {
    super(message);
  }
}
