package org.seastate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One encounter that went beyond monitoring, as the event log records it.
 *
 * @param encounterId run-unique encounter number
 * @param tick hour of the run when it opened
 * @param date calendar day it opened
 * @param hours how long it lasted
 * @param feature nearest feature within the presence radius, or empty
 * @param lat latitude where it opened
 * @param lon longitude where it opened
 * @param challenger nation that opened it
 * @param target nation whose vessel was challenged
 * @param challengerAgencies agencies of the challenger's vessels on scene (joined by ';')
 * @param targetAgencies agencies of the target's vessels on scene
 * @param targetMission mission type of the challenged vessel
 * @param vessels names of the vessels involved
 * @param maxLevel highest level used by either side
 * @param challengerMaxLevel highest level used by the challenger
 * @param targetMaxLevel highest level used by the target side
 * @param outcome {@code blocked}, {@code through}, {@code withdrew}, {@code standoff} or {@code crisis}
 * @param damaged vessels damaged (collisions)
 * @param injuries actions that caused injuries
 */
public record Incident(
    int encounterId,
    long tick,
    LocalDate date,
    int hours,
    String feature,
    double lat,
    double lon,
    String challenger,
    String target,
    String challengerAgencies,
    String targetAgencies,
    String targetMission,
    List<String> vessels,
    int maxLevel,
    int challengerMaxLevel,
    int targetMaxLevel,
    String outcome,
    int damaged,
    int injuries) {}
