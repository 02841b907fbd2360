package org.seastate.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader never sees a half-written one, even after a crash or power
 * loss: the content goes to a temporary file in the same folder, is forced to disk, and the
 * file is then renamed over the target in one step. A failed write (a full disk) leaves no
 * temporary file and is reported as a {@link StorageException} naming the file.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Wraps the stream of every file written through this class. The production filter passes
   * streams through; tests install one that fails like a full disk ({@link #filter}).
   */
  @FunctionalInterface
  public interface StreamFilter {
    OutputStream wrap(Path file, OutputStream out) throws IOException;
  }

  private static volatile StreamFilter filter = (file, out) -> out;

  /**
   * Replaces the stream filter (the test seam for write failures); {@code null} restores the
   * pass-through filter.
   */
  public static void filter(StreamFilter f) {
    filter = f == null ? (file, out) -> out : f;
  }

  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    readableByAll(tmp, false);
    try {
      try (OutputStream out = newOutputStream(tmp, target)) {
        content.writeTo(out);
      }
      move(tmp, target);
    } catch (StorageException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new StorageException(target, e);
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /**
   * A new file (replacing an existing one) whose content is forced to disk when the stream is
   * closed; write failures are reported as {@link StorageException} naming {@code file}.
   */
  public static OutputStream newOutputStream(Path file) throws IOException {
    return newOutputStream(file, file);
  }

  private static OutputStream newOutputStream(Path file, Path named) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new StorageException(named, e);
    }
    OutputStream sink = filter.wrap(named, Channels.newOutputStream(ch));
    return new FilterOutputStream(sink) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          sink.write(b, off, len);
        } catch (IOException e) {
          throw new StorageException(named, e);
        }
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try (ch; sink) {
          sink.flush();
          ch.force(true);
        } catch (IOException e) {
          throw e instanceof StorageException ? e : new StorageException(named, e);
        }
      }
    };
  }

  /** Renames {@code from} over {@code to}, atomically where the file system allows. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Temporary files and folders are created private to the user; results are ordinary files
   * (rw-r--r--, folders rwxr-xr-x) like any other the user writes.
   */
  static void readableByAll(Path p, boolean directory) throws IOException {
    try {
      Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
          directory ? "rwxr-xr-x" : "rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep its defaults
    }
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
