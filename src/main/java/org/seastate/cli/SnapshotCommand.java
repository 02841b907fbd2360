package org.seastate.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.seastate.geo.Theater;
import org.seastate.gui.MapRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Renders the theater map to a PNG without a display. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = "Render the theater map (zones, dashed line, places) to a PNG without a display.")
public final class SnapshotCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
  Path out;

  @Option(names = "--scale", defaultValue = "3", paramLabel = "PX_PER_CELL",
      description = "Whole pixels per raster cell (1/15 degree); default ${DEFAULT-VALUE}.")
  int scale;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (scale < 1 || scale > 12) {
      throw new UserInputException("--scale must be a whole number from 1 to 12, was " + scale);
    }
    Path target = out.toAbsolutePath();
    if (Files.exists(target) && !force) {
      throw new UserInputException(out + " already exists; use --force to replace it");
    }
    if (Files.isDirectory(target)) {
      throw new UserInputException(out + " is a directory");
    }
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new MapRenderer(Theater.standard()).render(scale);
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        if (!ImageIO.write(img, "png", os)) {
          throw new IOException("no PNG writer available");
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.out.printf("wrote %s (%d x %d px)%n", out, img.getWidth(), img.getHeight());
    return ExitCode.OK;
  }
}
