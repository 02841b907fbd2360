/**
 * The {@code seastate} command line (picocli): subcommands wiring the other packages, exit
 * codes and user-facing messages. Holds no logic a test cannot reach without a process.
 */
package org.seastate.cli;
