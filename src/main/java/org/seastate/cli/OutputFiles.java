package org.seastate.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Checks of the files commands write, made before anything is computed or written. */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Refuses a file name whose extension does not match what will be written into it (a PNG
   * named x.txt), as bad input (exit code 2), naming the option and a name that would do.
   */
  static void requireExtension(Path file, String option, String extension, String format) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString();
    if (n.toLowerCase(Locale.ROOT).endsWith(extension) && n.length() > extension.length()) {
      return;
    }
    int dot = n.lastIndexOf('.');
    String stem = dot > 0 ? n.substring(0, dot) : n.isEmpty() ? "out" : n;
    throw new UserInputException(option + " " + file + ": writes " + format + ", so the file name must end in "
        + extension + " (for example " + stem + extension + ")");
  }
}
