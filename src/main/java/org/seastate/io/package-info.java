/**
 * Files a user reads: CSV writers and readers, Parquet tables converted from them, the manifest,
 * atomic writes. Knows the model's result types, not its internals.
 */
package org.seastate.io;
