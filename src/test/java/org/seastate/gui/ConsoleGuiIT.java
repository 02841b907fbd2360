package org.seastate.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Display2D;

/**
 * The GUI on a virtual display: starts Xvfb on the display named by {@code DISPLAY} (the POM's
 * GUI test execution sets it and {@code java.awt.headless=false}), opens the Console on the
 * baseline scenario, plays a simulated week and checks what the display and charts show.
 * Skipped, with a message, when there is no Xvfb to start.
 */
class ConsoleGuiIT {
  /** The Xvfb this test started; it ends by itself (-terminate) when this JVM disconnects. */
  private static Process xvfb;

  @TempDir Path dir;

  @BeforeAll
  static void startDisplay() throws Exception {
    String display = System.getenv("DISPLAY");
    Assumptions.assumeTrue(display != null && !display.isBlank(),
        "DISPLAY is not set: run through 'mvn verify' (the GUI test execution sets it)");
    Assumptions.assumeFalse(Boolean.getBoolean("java.awt.headless"),
        "java.awt.headless is true: run through 'mvn verify' (the GUI test execution clears it)");
    String number = display.substring(display.indexOf(':') + 1).replaceAll("\\..*", "");
    Path socket = Path.of("/tmp/.X11-unix/X" + number);
    if (!Files.exists(socket)) {
      String xvfbBinary = findOnPath("Xvfb");
      Assumptions.assumeTrue(xvfbBinary != null,
          "no Xvfb on PATH: GUI test skipped (install the xvfb package to run it)");
      // -terminate: the server ends when this JVM, its last client, disconnects. Killing it
      // while the JVM is still connected would make the X toolkit end the JVM (fatal IO error).
      xvfb = new ProcessBuilder(xvfbBinary, ":" + number, "-screen", "0", "1600x1200x24", "-nolisten", "tcp",
          "-terminate")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Assumptions.assumeTrue(Files.exists(socket), "Xvfb did not start on :" + number);
    }
    assertThat(GraphicsEnvironment.isHeadless()).isFalse();
  }

  private static String findOnPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      File f = new File(d, name);
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  @Test
  void playsAWeekAndShowsTheTheaterVesselsAndCharts() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/baseline-2023.yaml"));
    SeaStateGui gui = new SeaStateGui(scenario, 1);
    Console[] holder = new Console[1];
    SwingUtilities.invokeAndWait(() -> {
      holder[0] = new Console(gui);
      holder[0].setVisible(true);
    });
    Console console = holder[0];
    try {
      long week = 7 * 24;
      console.setWhenShouldPause(week);
      SwingUtilities.invokeAndWait(console::pressPlay);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (console.getPlayState() != Console.PS_PAUSED && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(console.getPlayState()).as("paused after a week").isEqualTo(Console.PS_PAUSED);
      assertThat(gui.state.schedule.getSteps()).isEqualTo(week);
      SwingUtilities.invokeAndWait(() -> { }); // let the charts take the queued reports

      // the display's content, drawn by its portrayals at zoom 1 (2 px per cell)
      BufferedImage img = gui.renderContent(1.0);
      ImageIO.write(img, "png", dir.resolve("display.png").toFile());
      int px = SeaStateGui.PX_PER_CELL;
      // land at northern Luzon (17.0 N, 121.2 E)
      int lx = (int) ((121.2 - 99) * 15 * px);
      int ly = (int) ((27 - 17.0) * 15 * px);
      assertThat(GuiPixels.share(img, lx, ly, 3, MapRenderer.LAND)).as("land at Luzon").isGreaterThan(0.5);
      // sea west of Scarborough Shoal (15.6 N, 116.4 E), as the renderer colours that cell
      int sx = (int) ((116.4 - 99) * 15 * px);
      int sy = (int) ((27 - 15.6) * 15 * px);
      assertThat(theater.isNavigable(theater.grid().cellOf(15.6, 116.4))).isTrue();
      java.awt.Color sea = new MapRenderer(theater).cellColor(theater.grid().cellOf(15.6, 116.4));
      assertThat(GuiPixels.share(img, sx, sy, 3, sea)).as("sea west of Scarborough").isGreaterThan(0.5);
      // vessels of both sides, where the scene puts them
      assertThat(GuiPixels.vesselsDrawn(gui.scene(), img, px, "CN")).as("CN vessels drawn").isGreaterThan(0);
      // which rivals are at sea after a week depends on the run (a week in, the Philippine ships
      // may all be in port): any of them counts
      int others = 0;
      for (String n : List.of("PH", "VN", "MY", "US", "JP", "AU")) {
        others += GuiPixels.vesselsDrawn(gui.scene(), img, px, n);
      }
      assertThat(others).as("vessels of the other nations drawn").isGreaterThan(0);

      // the camera button's PNG export (MASON's own), without its file dialog
      Display2D display = gui.display();
      File shot = dir.resolve("camera.png").toFile();
      SwingUtilities.invokeAndWait(() -> {
        try {
          display.takeSnapshot(shot, Display2D.TYPE_PNG);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      BufferedImage camera = ImageIO.read(shot);
      assertThat(camera.getWidth()).isGreaterThan(100);
      assertThat(camera.getHeight()).isGreaterThan(100);

      // three chart frames, registered with the Console, holding a week of data
      assertThat(gui.charts().frames()).hasSize(3);
      for (JFrame f : gui.charts().frames()) {
        assertThat(f.isVisible()).as(f.getTitle()).isTrue();
      }
      int[] items = new int[3];
      SwingUtilities.invokeAndWait(() -> {
        for (int i = 0; i < 3; i++) {
          items[i] = gui.charts().itemCount(i);
        }
      });
      assertThat(items[2]).as("vessels on station").isGreaterThanOrEqualTo(6);
      assertThat(gui.charts().charts().get(2).getXYPlot().getDataset().getSeriesCount())
          .as("nations on station").isGreaterThanOrEqualTo(2);

      // the Model tab's object is the knobs bean
      assertThat(gui.getSimulationInspectedObject()).isSameAs(gui.knobs());
      assertThat(gui.scene().featureViews()).isNotEmpty();
    } finally {
      SwingUtilities.invokeAndWait(() -> {
        console.pressStop();
        gui.quit();
        console.dispose();
      });
    }
  }
}
