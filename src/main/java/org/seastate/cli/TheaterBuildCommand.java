package org.seastate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seastate.geo.build.TheaterBuilder;
import org.seastate.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Regenerates the theater raster from Natural Earth TopoJSON (world-atlas 2.0.2). Hidden: it is
 * run by {@code bin/build-theater}, whose output is committed.
 */
@Command(
    name = "theater-build",
    hidden = true,
    mixinStandardHelpOptions = true,
    header = "Generate the theater raster from world-atlas TopoJSON.",
    description = "Generate the theater raster from world-atlas TopoJSON (land-10m, countries-10m).")
public final class TheaterBuildCommand implements Callable<Integer> {

  @Option(names = "--atlas", required = true, paramLabel = "DIR",
      description = "Folder holding land-10m.json and countries-10m.json.")
  Path atlas;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Raster file to write (replaced if it exists).")
  Path out;

  @Option(names = "--quiet", description = "Do not print the summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    OutputFiles.requireExtension(out, "--out", ".bin", "the theater raster (theater.bin)");
    for (String f : new String[] {"land-10m.json", "countries-10m.json"}) {
      if (!Files.isRegularFile(atlas.resolve(f))) {
        throw new UserInputException("no " + f + " in " + atlas);
      }
    }
    TheaterBuilder.Result result = TheaterBuilder.build(atlas);
    Path abs = out.toAbsolutePath();
    AtomicFiles.write(abs, result::write);
    if (!quiet) {
      System.out.print(result.report());
      System.out.println("wrote " + abs + " (" + Files.size(abs) + " bytes)");
    }
    return ExitCode.OK;
  }
}
