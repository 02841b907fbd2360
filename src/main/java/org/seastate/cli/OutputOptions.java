package org.seastate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The results-folder options shared by the commands that write one. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: under results/, named in the command's description)")
  Path out;

  @Option(names = "--force", description = "replace the results folder if it exists")
  boolean force;
}
