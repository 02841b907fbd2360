/**
 * The theater: where things are and how ships get between them.
 *
 * <p>Owns the lat/lon ⇄ plane projection (nautical miles), great-circle distances, the
 * land/water raster generated from Natural Earth, exclusive-economic-zone owners by
 * equidistance, China's dashed line, named places (features, ports, bases) and navigation
 * fields over water. It knows nothing of vessels or MASON schedules, so every other package
 * may use it.
 */
package org.seastate.geo;
