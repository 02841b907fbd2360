package org.seastate.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder is filled in a hidden sibling folder and renamed into place when complete,
 * so a reader never sees a half-written one, and an existing folder is only replaced when the
 * user asked for it.
 */
public final class ResultsFolder {
  private static final String STAGING = ".staging-";
  private static final String OLD = ".old-";

  private final Path target;
  private final Path staging;

  private ResultsFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Prepares to write {@code target}.
   *
   * @param force replace an existing non-empty folder
   * @throws FolderExistsException if the folder exists, is not empty, and {@code force} is false
   */
  public static ResultsFolder prepare(Path target, boolean force) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !force && !isEmptyDir(abs)) {
      throw new FolderExistsException(target);
    }
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new FolderExistsException(target);
    }
    Files.createDirectories(abs.getParent());
    Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + STAGING);
    AtomicFiles.readableByAll(staging, true);
    return new ResultsFolder(abs, staging);
  }

  /** Where to write the files until {@link #commit()}. */
  public Path dir() {
    return staging;
  }

  public Path target() {
    return target;
  }

  /** Moves the finished folder into place (replacing the old one, if forced). */
  public void commit() throws IOException {
    if (Files.exists(target)) {
      Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
      Files.delete(old);
      Files.move(target, old);
      Files.move(staging, target);
      deleteTree(old);
    } else {
      Files.move(staging, target);
    }
  }

  /** Removes the staging folder after a failure; the target is untouched. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // best effort: a hidden staging folder is left behind
    }
  }

  /**
   * Removes the hidden staging (and replaced) folders that a process killed while writing
   * {@code target} left behind. Call it only when no one else can be writing {@code target}.
   */
  public static void removeLeftovers(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    String name = "." + abs.getFileName();
    if (!Files.isDirectory(abs.getParent())) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(abs.getParent(),
        p -> p.getFileName().toString().startsWith(name + STAGING) || p.getFileName().toString().startsWith(name + OLD))) {
      for (Path p : s) {
        deleteTree(p);
      }
    }
  }

  static boolean isEmptyDir(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
      return !s.iterator().hasNext();
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** The user's folder exists and would be overwritten. */
  public static final class FolderExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    public FolderExistsException(Path p) {
      super(p + " already exists and is not empty; choose another --out or add --force to replace it");
    }
  }
}
