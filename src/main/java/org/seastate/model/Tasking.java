package org.seastate.model;

import org.seastate.geo.Place;
import org.seastate.scenario.MissionType;

/**
 * The order a {@link Mission} carries out, fixed when the command gives it: what to do, for
 * which nation, where, and for how long. The mission's routing state changes as it is sailed;
 * its order does not.
 *
 * @param type what the mission is for
 * @param nation code of the nation whose command gave it
 * @param place the feature or port the mission goes to
 * @param destinationCell the cell the vessels sail for: the place's berth or station
 * @param stationHours hours a vessel keeps station once there (0 for missions that end on
 *     arrival)
 */
public record Tasking(MissionType type, String nation, Place place, int destinationCell, double stationHours) {}
