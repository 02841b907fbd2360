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
 * The GUI on a virtual display: starts Xvfb (1366×768, a small laptop screen) on the display
 * named by {@code DISPLAY} (the POM's GUI test execution sets it and
 * {@code java.awt.headless=false}), opens the Console on the baseline scenario, plays a simulated
 * week and checks what the display and charts show, that a double-click on the largest stack
 * answers at once, and that every window fits the screen; then branches a short raa-2025 run with
 * the RAA switched off and plays it to its end. Skipped, with a message, when there is no Xvfb.
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
      xvfb = new ProcessBuilder(xvfbBinary, ":" + number, "-screen", "0", "1366x768x24", "-nolisten", "tcp",
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
    Console console = open(gui);
    try {
      long week = 7 * 24;
      console.setWhenShouldPause(week);
      gui.pacer().setDaysPerSecond(0); // as fast as possible, Model tab in front
      SwingUtilities.invokeAndWait(() -> console.getTabPane().setSelectedIndex(console.getTabPane().indexOfTab("Model")));
      long playStarted = System.nanoTime();
      SwingUtilities.invokeAndWait(console::pressPlay);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (console.getPlayState() != Console.PS_PAUSED && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(console.getPlayState()).as("paused after a week").isEqualTo(Console.PS_PAUSED);
      assertThat(gui.state.schedule.getSteps()).isEqualTo(week);
      double guiDaysPerSecond = 7 / ((System.nanoTime() - playStarted) / 1e9);
      SwingUtilities.invokeAndWait(() -> gui.charts().flush()); // let the charts take the queued reports

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

      // one chart window with three tabs, holding a week of data
      assertThat(gui.charts().frames()).hasSize(1);
      assertThat(gui.charts().frame().isVisible()).isTrue();
      int[] items = new int[3];
      SwingUtilities.invokeAndWait(() -> {
        for (int i = 0; i < 3; i++) {
          items[i] = gui.charts().itemCount(i);
        }
      });
      assertThat(items[2]).as("vessels on station").isGreaterThanOrEqualTo(6);
      assertThat(gui.charts().charts().get(2).getXYPlot().getDataset().getSeriesCount())
          .as("nations on station").isGreaterThanOrEqualTo(2);
      assertThat(gui.charts().seriesNames(LiveCharts.ON_STATION)).as("sorted legend").isSorted();

      // speed: the same week headless, for comparison
      long t0 = System.nanoTime();
      new org.seastate.model.SeaStateSim(scenario, theater, 1, 7).runToEnd();
      double headlessDaysPerSecond = 7 / ((System.nanoTime() - t0) / 1e9);
      System.out.printf("ConsoleGuiIT speed: GUI (Model tab open, fastest) %.1f days/s, headless %.1f days/s%n",
          guiDaysPerSecond, headlessDaysPerSecond);

      // a double-click on the largest stack opens one inspector, at once
      StackView largest = gui.scene().stacks().stream()
          .max(java.util.Comparator.comparingInt(StackView::count)).orElseThrow();
      sim.util.Double2D at = gui.scene().location(largest);
      double scale = display.getScale();
      // where the display draws it: the field scaled, centred when the window is wider than the map
      int[] hitAt = new int[2];
      SwingUtilities.invokeAndWait(() -> {
        double mw = sim0(gui) * px * scale;
        double mh = gui.sim().context().theater().grid().rows() * px * scale;
        double ox = Math.max(0, (display.insideDisplay.getWidth() - mw) / 2);
        double oy = Math.max(0, (display.insideDisplay.getHeight() - mh) / 2);
        for (double[] o : new double[][] {{0, 0}, {ox, oy}, {ox, 0}, {0, oy}}) {
          int x = (int) Math.round(at.x * px * scale + o[0]);
          int y = (int) Math.round(at.y * px * scale + o[1]);
          sim.util.Bag[] hits = display.objectsHitBy(new java.awt.geom.Rectangle2D.Double(x, y, 1, 1));
          for (sim.util.Bag b : hits) {
            for (int i = 0; i < b.numObjs; i++) {
              if (((sim.portrayal.LocationWrapper) b.objs[i]).getObject() == largest) {
                hitAt[0] = x;
                hitAt[1] = y;
                return;
              }
            }
          }
        }
        throw new AssertionError("the largest stack is not under its predicted point");
      });
      int cx = hitAt[0];
      int cy = hitAt[1];
      long clickStarted = System.nanoTime();
      SwingUtilities.invokeAndWait(() -> display.insideDisplay.dispatchEvent(new java.awt.event.MouseEvent(
          display.insideDisplay, java.awt.event.MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0, cx, cy,
          2, false, java.awt.event.MouseEvent.BUTTON1)));
      SwingUtilities.invokeAndWait(() -> { }); // and whatever it queued
      double clickSeconds = (System.nanoTime() - clickStarted) / 1e9;
      System.out.printf("ConsoleGuiIT double-click on a stack of %d: %.3f s%n", largest.count(), clickSeconds);
      assertThat(clickSeconds).as("answer to a double-click on a stack of " + largest.count()).isLessThan(2.0);
      assertThat(((SeaDisplay) display).lastInspectorsBuilt()).as("inspectors built")
          .isBetween(1, SeaDisplay.MAX_INSPECTORS);

      assertFitsTheScreen();

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

  private static int sim0(SeaStateGui gui) {
    return gui.sim().context().theater().grid().cols();
  }

  /** Every window showing lies within the screen. */
  private static void assertFitsTheScreen() throws Exception {
    java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
        .getDefaultConfiguration().getBounds();
    System.out.println("ConsoleGuiIT screen " + screen.width + "x" + screen.height);
    SwingUtilities.invokeAndWait(() -> {
      for (java.awt.Frame f : java.awt.Frame.getFrames()) {
        if (f.isShowing()) {
          assertThat(screen.contains(f.getBounds())).as(f.getTitle() + " " + f.getBounds() + " within " + screen)
              .isTrue();
        }
      }
    });
  }

  @Test
  void branchesARunWithTheRaaOffAndMarksTheBranchPointThenEnds() throws Exception {
    Theater theater = Theater.standard();
    Scenario scenario = new ScenarioLoader(theater).loadScenario(Path.of("scenarios/raa-2025.yaml"));
    int days = 6;
    SeaStateGui gui = new SeaStateGui(new org.seastate.model.SeaStateSim(scenario, theater, 3, days));
    Console console = open(gui);
    try {
      assertFitsTheScreen();
      gui.pacer().setDaysPerSecond(0);
      console.setWhenShouldPause(2 * 24);
      SwingUtilities.invokeAndWait(console::pressPlay);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (console.getPlayState() != Console.PS_PAUSED && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(console.getPlayState()).isEqualTo(Console.PS_PAUSED);
      Branch b = gui.branch(java.util.Map.of("agreements.jp-ph-raa.enabled", false), "RAA off")
          .get(120, TimeUnit.SECONDS);
      assertThat(b.sim().parameters().agreementEnabled("jp-ph-raa")).isFalse();
      assertThat(gui.sim().parameters().agreementEnabled("jp-ph-raa")).isTrue();

      console.setWhenShouldPause(Long.MAX_VALUE);
      SwingUtilities.invokeAndWait(console::pressPause); // resumes a paused run
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (console.getPlayState() != Console.PS_STOPPED && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(console.getPlayState()).as("stopped at the end of the run").isEqualTo(Console.PS_STOPPED);
      SwingUtilities.invokeAndWait(() -> {
        gui.charts().flush();
        gui.eventLog().flush();
      });
      // both runs' series on the tension chart, with the branch point marked
      java.util.List<String> names = gui.charts().seriesNames(LiveCharts.TENSION);
      assertThat(names).anySatisfy(n -> assertThat(n).doesNotContain("(branch)"));
      assertThat(names).anySatisfy(n -> assertThat(n).endsWith("(branch)"));
      for (int i = 0; i < 3; i++) {
        assertThat(gui.charts().markerLabels(i)).contains("branch: RAA off");
      }
      assertThat(gui.eventLog().rows()).anySatisfy(r -> assertThat(r).contains("branch").contains("RAA off"));
      assertThat(b.sim().isFinished()).as("the branch ran to the end beside the main run").isTrue();
      // the end clock shows the last hour, and that the run ended
      java.time.LocalDate last = scenario.horizon().start().plusDays(days - 1);
      assertThat(gui.clockText()).startsWith(last + "  23:00").contains("day " + days).endsWith("ended");
    } finally {
      SwingUtilities.invokeAndWait(() -> {
        console.pressStop();
        gui.quit();
        console.dispose();
      });
    }
  }

  /** Opens MASON's Console on the GUI and waits until the GUI has placed its windows. */
  private static Console open(SeaStateGui gui) throws Exception {
    Console[] holder = new Console[1];
    SwingUtilities.invokeAndWait(() -> {
      holder[0] = new Console(gui);
      holder[0].setVisible(true);
    });
    SwingUtilities.invokeAndWait(() -> { }); // the GUI places its windows after the Console is built
    return holder[0];
  }
}
