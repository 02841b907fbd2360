package org.seastate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seastate.io.ResultsFolder;
import picocli.CommandLine.Option;

/** The results-folder options shared by the commands that write one. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: under results/, named in the command's description)")
  Path out;

  @Option(names = "--force", description = "replace the results folder if it exists")
  boolean force;

  /**
   * Prepares the results folder: {@code --out}, or {@code defaultTarget} without it. Refuses, as
   * a user error, a folder that cannot be written ({@link #checkWritable}) or one that exists
   * without {@code --force}.
   */
  ResultsFolder prepare(Path defaultTarget) throws IOException {
    Path target = out != null ? out : defaultTarget;
    checkWritable(target);
    try {
      return ResultsFolder.prepare(target, force);
    } catch (ResultsFolder.FolderExistsException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /**
   * Refuses, before any run starts, a results folder that can never be written: {@code target}
   * or one of its parents is an existing file, not a folder. (Whether the disk has room or
   * the folder is writable shows only when writing; that is reported as a fault of the
   * environment.)
   */
  static void checkWritable(Path target) {
    for (Path p = target.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new UserInputException(p.equals(target.toAbsolutePath().normalize())
            ? "--out " + target + " is a file, not a folder"
            : "cannot write results into " + target + ": " + p + " is a file, not a folder");
      }
    }
  }
}
