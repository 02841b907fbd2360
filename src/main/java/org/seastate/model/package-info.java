/**
 * The agent-based model on MASON: vessels, national commands, missions, encounters on the
 * escalation ladder, cooperation rules derived from agreements, tension, and metrics delivered
 * through listener interfaces.
 *
 * <p>A run is a pure function of (scenario, seed). The model prints nothing, writes no files
 * and never touches Swing, and keeps no static state: what runs share (the feature index of
 * a theater, distance fields) is kept by the shared {@link org.seastate.geo.Theater}.
 *
 * <p>The classes by responsibility:
 *
 * <ul>
 *   <li><b>Lifecycle</b>: {@link SeaStateSim} (the run, its schedule and public views),
 *       {@link LiveParameters} with {@link LiveNation} and {@link LiveEscalation} (values a run
 *       or the GUI may change while it runs), {@link RandomDraws} (every random choice, keyed).
 *   <li><b>Fleets</b>: {@link Fleets} (the vessels, delivered by date), {@link Vessel} (one
 *       ship's state), {@link VesselState}.
 *   <li><b>Voyages</b>: {@link Voyages} (each vessel's hour: move, endurance, arrival, return,
 *       dispatch), {@link Routes} (cells of places, distance fields, sea distances) with
 *       {@link FieldCache}.
 *   <li><b>Commands</b>: {@link Command} (a nation's daily tasking), {@link StationTask},
 *       {@link Mission}, {@link Allocation} (hulls to features), {@link MilitiaSwarms},
 *       {@link Resupplies} with {@link ResupplyRun}, {@link Fonops}, {@link JointPatrols},
 *       {@link CooperationRules} (what agreements allow today).
 *   <li><b>Encounters</b>: {@link Detection} (who sees whom; standoffs), {@link Interception}
 *       (blockades), {@link Encounters} and {@link Encounter} (episodes, hour by hour),
 *       {@link EncounterKind}, {@link EpisodeEnd}, {@link EscalationLadder}, {@link Coercion}
 *       (what acts do), {@link Responders} (reinforcements), {@link Witnesses},
 *       {@link Tension}, {@link FeatureCells} (features near each cell).
 *   <li><b>Observation</b>: {@link PresenceObserver} (presence as AMTI counts it, once, for
 *       the metrics, the day reports and the GUI: {@link FeaturePresence}),
 *       {@link ObservationModel} (AIS and the reporting of incidents).
 *   <li><b>Metrics</b>: {@link RunMetrics}, {@link RunSummary}, {@link Metric},
 *       {@link DayReport}, {@link SeaEvent}, {@link RunListener}.
 * </ul>
 */
package org.seastate.model;
