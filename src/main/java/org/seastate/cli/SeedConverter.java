package org.seastate.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a seed: any 64-bit value, written as runs.csv writes it (unsigned, 0 to 2^64 - 1). A
 * negative number is refused rather than wrapped to a large unsigned one, so the seed printed
 * back is always the seed typed.
 */
final class SeedConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim();
    try {
      if (v.startsWith("-") || v.startsWith("+")) {
        throw new NumberFormatException(v);
      }
      return Long.parseUnsignedLong(v);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a seed (a whole number from 0 to 18446744073709551615)");
    }
  }
}
