package org.seastate.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of identical vessels of one nation based at one port.
 *
 * @param vesselClass vessel class id
 * @param count number of hulls
 * @param homePort place id of the port they sail from
 * @param from date they join the fleet; empty if present from the start
 */
public record FleetEntry(String vesselClass, int count, String homePort, Optional<LocalDate> from) {
  public FleetEntry {
    Objects.requireNonNull(vesselClass, "class");
    Checks.atLeast("count", count, 0);
    Objects.requireNonNull(homePort, "home_port");
    Objects.requireNonNull(from, "from");
  }
}
