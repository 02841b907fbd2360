/**
 * The shared look: what a nation or a level looks like wherever it is drawn, so the map, the
 * live charts and the report's charts agree. Depends on nothing of seastate; used by
 * {@code analysis} and {@code gui}, which may not depend on each other.
 */
package org.seastate.look;
