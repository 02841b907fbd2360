package org.seastate.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Synthetic results folders for tests outside this package. */
public final class TestResults {
  private TestResults() {}

  public static Path factorial(Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    return Fixtures.factorial(dir, List.of(1.0, 2.0), 3);
  }
}
