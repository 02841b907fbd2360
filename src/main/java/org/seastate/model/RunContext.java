package org.seastate.model;

import java.time.LocalDate;
import java.util.List;
import org.seastate.geo.Place;
import org.seastate.geo.Theater;
import org.seastate.scenario.Scenario;

/**
 * What one run is of, fixed before it starts: the scenario, the map it is played on and how many
 * days of the horizon it simulates. The simulation and everything that shows it read these
 * together, so they are checked and handed over as one value.
 *
 * @param scenario the world
 * @param theater the map (shared read-only between runs)
 * @param days days this run simulates, from the start of the horizon
 */
public record RunContext(Scenario scenario, Theater theater, int days) {

  public RunContext {
    if (days < 1 || days > scenario.horizon().days()) {
      throw new IllegalArgumentException(
          "days must be between 1 and " + scenario.horizon().days() + ", was " + days);
    }
  }

  /** A run of the scenario's whole horizon. */
  public RunContext(Scenario scenario, Theater theater) {
    this(scenario, theater, scenario.horizon().days());
  }

  /** The date of a 0-based day of the run. */
  public LocalDate date(int dayIndex) {
    return scenario.horizon().start().plusDays(dayIndex);
  }

  /** The features presence is measured at: the theater's on the map, then the scenario's own. */
  public List<Place> presenceFeatures() {
    return FeatureCells.featuresOf(theater, scenario);
  }

  /** Index of a nation in the scenario's order. */
  int nationIndex(String code) {
    int i = 0;
    for (String c : scenario.nations().keySet()) {
      if (c.equals(code)) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException("unknown nation '" + code + "'");
  }
}
