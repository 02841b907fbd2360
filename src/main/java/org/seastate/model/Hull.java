package org.seastate.model;

import org.seastate.geo.Place;
import org.seastate.scenario.Agency;
import org.seastate.scenario.Capability;
import org.seastate.scenario.VesselClass;

/**
 * What a vessel is for the whole run: its number, name, flag, class and home port. Kept apart
 * from the {@link Vessel}'s changing state so that what never changes is one value, read and
 * compared as such.
 *
 * @param id the vessel's number in the run, its place in the hourly order
 * @param name a unique name, nation-class-number
 * @param nation code of the flag nation
 * @param nationIndex index of the nation in the scenario's nation order (saves string lookups in
 *     hot loops)
 * @param type the vessel class: speeds, endurance, agency and capabilities
 * @param homePort the port it sails from and returns to when it can
 */
public record Hull(int id, String name, String nation, int nationIndex, VesselClass type, Place homePort) {

  public Agency agency() {
    return type.agency();
  }

  public boolean has(Capability c) {
    return type.has(c);
  }
}
