package org.seastate.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing a file failed for a reason outside seastate (disk full, quota, I/O error). The
 * message names the file and the cause in one line, so the command line can report it without
 * a stack trace; what was written before stays consistent (see {@link AtomicFiles}).
 */
public final class StorageException extends IOException {
  private static final long serialVersionUID = 1L;

  public StorageException(Path file, IOException cause) {
    super("cannot write " + file + ": " + reason(cause), cause);
  }

  private static String reason(IOException e) {
    if (e instanceof StorageException) {
      return e.getCause().getMessage();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
