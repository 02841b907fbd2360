/**
 * Seeing the theater: the MASON {@code GUIState}, portrayals, live charts, and the Java2D map
 * renderer that also draws headless snapshots. Nothing else depends on this package.
 */
package org.seastate.gui;
