/**
 * {@code seastate bench}: measuring this machine (one simulated year, sweep throughput on one
 * and all cores, heap of large sweeps, cold start). Not on the path of any run or sweep; it
 * uses the sweep machinery the way a user does. See docs/PERFORMANCE.md.
 */
package org.seastate.sweep.bench;
