package org.seastate.gui;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;
import org.seastate.geo.Theater;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;

/**
 * Pictures of a run without a display: runs a scenario to the start of a date and draws the
 * theater with the same layers and glyphs as the GUI's display (vessel legend, incident marks,
 * open encounters, vessels).
 */
public final class Snapshots {
  private Snapshots() {}

  /** The first hour of {@code date} in a run of {@code scenario}, or an error if outside it. */
  public static long hourOf(Scenario scenario, LocalDate date) {
    LocalDate start = scenario.horizon().start();
    long day = java.time.temporal.ChronoUnit.DAYS.between(start, date);
    if (day < 0 || day >= scenario.horizon().days()) {
      throw new IllegalArgumentException("date " + date + " is outside the scenario's horizon ("
          + start + " to " + start.plusDays(scenario.horizon().days() - 1) + ")");
    }
    return day * 24;
  }

  /**
   * Runs the scenario with the seed up to and including the first hour of {@code date} and
   * returns the scene at that moment.
   */
  public static Scene runTo(Scenario scenario, Theater theater, long seed, LocalDate date) {
    long target = hourOf(scenario, date);
    SeaStateSim sim = new SeaStateSim(scenario, theater, seed);
    Scene scene = new Scene(sim);
    sim.start();
    scene.reset();
    while (sim.schedule.getTime() < target && !sim.isFinished()) {
      if (!sim.schedule.step(sim)) {
        break;
      }
    }
    if (sim.schedule.getTime() < 0) {
      sim.schedule.step(sim);
    }
    scene.update();
    return scene;
  }

  /** Draws a scene as the GUI display does, at {@code pxPerCell} whole pixels per cell. */
  public static BufferedImage draw(Scene scene, long seed, int pxPerCell) {
    SeaStateSim sim = scene.sim();
    String title = String.format(Locale.ROOT, "seastate \u00b7 %s \u00b7 %s %02d:00",
        sim.context().scenario().name(), sim.date(), Math.max(0, sim.now()) % 24);
    String subtitle = String.format(Locale.ROOT,
        "seed %d \u00b7 day %d \u00b7 %d vessels at sea \u00b7 %d open encounters \u00b7 %d incidents in the last 3 days",
        seed, sim.dayIndex() + 1, scene.vessels.size(), scene.encounters.size(), scene.incidents.size());
    MapRenderer renderer = new MapRenderer(sim.context().theater()).titled(title, subtitle);
    return renderer.render(pxPerCell, Glyphs.legend(), scene.layer());
  }
}
