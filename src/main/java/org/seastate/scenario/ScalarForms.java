package org.seastate.scenario;

import java.util.regex.Pattern;

/**
 * The textual forms a scalar of a scenario or sweep file may take, compiled once: the loader
 * tests every key and value of a file against them, and {@code String.matches} would compile the
 * expression again at each test.
 */
final class ScalarForms {
  /** An identifier: letters, digits, '-', '_' or '.', not starting with a sign or a dot. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  /** A number as a plain scalar: decimal or exponent form, underscores between digits allowed. */
  static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  /** A whole number in a file, underscores between digits allowed. */
  static final Pattern INTEGER = Pattern.compile("[-+]?\\d[\\d_]*");
  /** A whole number as {@code --set} and the typing of plain values read it: digits only. */
  static final Pattern DIGITS = Pattern.compile("[-+]?\\d+");
  /** An ISO date's shape, yyyy-mm-dd (whether it is a real date is for {@code LocalDate} to say). */
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ScalarForms() {}

  static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  static boolean is(Pattern form, String text) {
    return form.matcher(text).matches();
  }
}
