/**
 * Working from result CSVs alone: summary statistics with intervals, comparisons, Sobol
 * indices, scenario discovery (PRIM), charts and reports. Reads files through {@code io};
 * never imports model internals.
 * Uses {@code look.NationColors} so nations look the same on charts and on the map.
 * Entry points: {@link org.seastate.analysis.Charts#drawAll(java.nio.file.Path)},
 * {@link org.seastate.analysis.Report#write(java.nio.file.Path)},
 * {@link org.seastate.analysis.Comparison}, {@link org.seastate.analysis.Sensitivity},
 * {@link org.seastate.analysis.Discovery}.
 * See docs/ANALYSIS.md.
 */
package org.seastate.analysis;
