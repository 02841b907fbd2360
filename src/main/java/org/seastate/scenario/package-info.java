/**
 * What a world is: immutable, validated records for scenarios and sweeps, and the strict YAML
 * loader that builds them with file:line:column errors.
 *
 * <p>Reads scenario files and nothing else; depends only on {@code geo} (to check place names
 * and that places lie at sea).
 */
package org.seastate.scenario;
