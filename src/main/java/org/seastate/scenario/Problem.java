package org.seastate.scenario;

/**
 * One mistake in a scenario or sweep file.
 *
 * @param file the file as named by the user (or by the {@code extends} that led to it)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param message what is wrong: the offending value and what was expected
 */
public record Problem(String file, int line, int column, String message) {

  static Problem at(YNode.Loc loc, String message) {
    return new Problem(loc.file(), loc.line(), loc.column(), message);
  }

  /** {@code file:line:column: message}, the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line + ":" + column : file) + ": " + message;
  }
}
