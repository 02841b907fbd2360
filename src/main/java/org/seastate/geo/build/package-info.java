/**
 * Build-time only: generating the theater raster ({@code theater.bin}) from Natural Earth
 * TopoJSON ({@code seastate theater-build}, {@code bin/build-theater}). Nothing at run time
 * uses it; the runtime reads the committed resource through {@link org.seastate.geo.Theater}.
 */
package org.seastate.geo.build;
