/**
 * Batches of runs: run specifications and seeds, experimental designs, the parallel executor,
 * sharding, resume and progress. Depends on {@code model}, {@code scenario} and {@code io},
 * never on {@code gui}.
 */
package org.seastate.sweep;
