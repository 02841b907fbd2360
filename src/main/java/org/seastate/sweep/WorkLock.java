package org.seastate.sweep;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer lock of a sweep's work folder: an OS lock on {@code lock} inside it, whose text
 * names the holder ({@code pid host}). Two sweeps writing the same spool would compute the same
 * runs and race to assemble, and {@code --force} would delete a live sweep's work; so a second
 * sweep is refused while the lock is held. The OS releases the lock when its process dies,
 * however it dies, so a lock left by a killed sweep is taken over (with a warning). Where the
 * file system cannot lock, the pid is checked instead (on the same host).
 */
final class WorkLock implements AutoCloseable {
  static final String FILE = "lock";
  /**
   * Lock files held by this JVM. Checked before opening the file: closing any channel to a file
   * releases the process's OS lock on it, so a refused sweep in the same JVM must not open it.
   */
  private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final FileChannel channel;
  private final FileLock lock;
  private final Path lockFile;

  private WorkLock(FileChannel channel, FileLock lock, Path lockFile) {
    this.channel = channel;
    this.lock = lock;
    this.lockFile = lockFile;
  }

  /**
   * Takes the lock of {@code work} (which must exist).
   *
   * @param warn hears that the lock of a sweep that is no longer running was taken over
   * @throws SweepException if another sweep holds it
   */
  static WorkLock acquire(Path work, Path target, java.util.function.Consumer<String> warn) throws IOException {
    Path file = work.resolve(FILE).toAbsolutePath().normalize();
    if (!HELD.add(file)) {
      throw refused(target, work, me(), false);
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
    try {
      String holder = holder(ch);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this process, by another sweep in it
      } catch (IOException e) {
        // no locking on this file system: trust the pid if it is ours to check
        if (aliveHere(holder)) {
          throw refused(target, work, holder, true);
        }
        return take(ch, null, holder, work, warn, file);
      }
      if (lock == null) {
        throw refused(target, work, holder, false);
      }
      return take(ch, lock, holder, work, warn, file);
    } catch (IOException | RuntimeException e) {
      try (ch) {
        throw e;
      } finally {
        HELD.remove(file);
      }
    }
  }

  private static WorkLock take(FileChannel ch, FileLock lock, String holder, Path work,
      java.util.function.Consumer<String> warn, Path file) throws IOException {
    if (!holder.isBlank()) {
      warn.accept("taking over " + work + " from a sweep that is no longer running (pid " + holder.replace(" ", " on ")
          + ")");
    }
    ch.truncate(0);
    ch.write(ByteBuffer.wrap((me() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    ch.force(true);
    return new WorkLock(ch, lock, file);
  }

  private static SweepException refused(Path target, Path work, String holder, boolean byPid) {
    String who = holder.isBlank() ? "another sweep" : "another sweep (pid " + holder.replace(" ", " on ") + ")";
    return new SweepException(who + " is writing " + target + " (work folder " + work
        + "); wait for it to finish or stop it, then try again"
        + (byPid ? " (this file system has no locks: if that sweep is not running, delete "
            + work.resolve(FILE) + ")" : ""));
  }

  private static String holder(FileChannel ch) throws IOException {
    ByteBuffer b = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
    ch.read(b, 0);
    return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
  }

  private static boolean aliveHere(String holder) {
    String[] parts = holder.split(" ", 2);
    if (parts.length != 2 || !parts[1].equals(host())) {
      return !holder.isBlank() && parts.length == 2; // another host: cannot tell, assume it runs
    }
    try {
      return ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String me() {
    return ProcessHandle.current().pid() + " " + host();
  }

  private static String host() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  /** Releases the lock (the lock file goes with the work folder, or stays for a resume). */
  @Override
  public void close() throws IOException {
    try (channel) {
      if (channel.isOpen() && Files.exists(lockFile)) {
        channel.truncate(0); // ended, not killed: nobody to take over from
      }
      if (lock != null && lock.isValid()) {
        lock.release();
      }
    } finally {
      HELD.remove(lockFile);
    }
  }

  /** Is {@code file} the lock file (kept while the rest of the work folder is deleted)? */
  static boolean isLockFile(Path file) {
    return file.getFileName().toString().equals(FILE);
  }

  static boolean exists(Path work) {
    return Files.exists(work.resolve(FILE));
  }
}
