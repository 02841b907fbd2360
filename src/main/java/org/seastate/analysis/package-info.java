/**
 * Working from result CSVs alone: summary statistics with intervals, comparisons, Sobol
 * indices, charts and reports. Never imports model internals.
 */
package org.seastate.analysis;
