package org.seastate.sweep;

/**
 * One run of a sweep.
 *
 * @param runId dense run number: {@code replicate * points + point}
 * @param point the design point
 * @param replicate replicate number within the point, from 0
 * @param seed the run's seed, {@link Seeds#forRun}
 */
public record RunSpec(long runId, DesignPoint point, int replicate, long seed) {}
