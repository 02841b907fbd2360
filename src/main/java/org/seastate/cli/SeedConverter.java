package org.seastate.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a seed: any 64-bit value, written as runs.csv writes it (unsigned, 0 to 2^64 - 1) or as
 * a signed long.
 */
final class SeedConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim();
    try {
      return v.startsWith("-") ? Long.parseLong(v) : Long.parseUnsignedLong(v);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a seed (a whole number from 0 to 18446744073709551615)");
    }
  }
}
