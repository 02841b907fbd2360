package org.seastate.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.seastate.geo.Theater;
import org.seastate.gui.MapRenderer;
import org.seastate.io.AtomicFiles;
import org.seastate.gui.Snapshots;
import org.seastate.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Renders the theater map to a PNG without a display; with a scenario, runs it to a date and
 * draws vessels, open encounters and recent incidents as the GUI's display shows them.
 */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    header = "Render the theater map, optionally with a scenario's vessels, to a PNG.",
    description = {"Render the theater map (zones, dashed line, places) to a PNG without a display.",
        "With SCENARIO (and any --set changes), run it to the start of --at DATE and draw the",
        "vessels at sea, open encounters and incidents of the last three days as the GUI does."})
public final class SnapshotCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "scenario file (.yaml); without it only the map is drawn")
  Path scenarioFile;

  @Mixin ScenarioChanges changes = new ScenarioChanges();

  @Option(names = "--at", paramLabel = "DATE",
      description = "date (YYYY-MM-DD) to run the scenario to; default: its first day")
  LocalDate at;

  @Option(names = "--seed", defaultValue = "1", converter = SeedConverter.class,
      description = "run seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
  Path out;

  @Option(names = "--scale", defaultValue = "3", paramLabel = "PX_PER_CELL",
      description = "Whole pixels per raster cell (1/15 degree); default ${DEFAULT-VALUE}.")
  int scale;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    OutputFiles.requireExtension(out, "--out", ".png", "a PNG image");
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
    if (scenarioFile == null && at != null) {
      throw new UserInputException("--at needs a SCENARIO to run");
    }
    if (scenarioFile == null && !changes.overrides.isEmpty()) {
      throw new UserInputException("--set needs a SCENARIO to change");
    }
    System.setProperty("java.awt.headless", "true");
    BufferedImage img;
    if (scenarioFile == null) {
      img = new MapRenderer(Theater.standard()).render(scale);
    } else {
      ScenarioInput.Loaded loaded = ScenarioInput.load(scenarioFile, changes.overrides);
      Theater theater = loaded.theater();
      Scenario scenario = loaded.scenario();
      LocalDate date = at != null ? at : scenario.horizon().start();
      try {
        Snapshots.hourOf(scenario, date);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--at: " + e.getMessage());
      }
      img = Snapshots.draw(Snapshots.runTo(scenario, theater, seed, date), seed, scale);
    }
    AtomicFiles.write(target, os -> {
      if (!ImageIO.write(img, "png", os)) {
        throw new IOException("no PNG writer available");
      }
    });
    System.out.printf("wrote %s (%d x %d px)%n", out, img.getWidth(), img.getHeight());
    return ExitCode.OK;
  }
}
