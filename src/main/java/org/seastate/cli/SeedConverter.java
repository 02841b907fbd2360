package org.seastate.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a seed: a whole number from 0 to 2^63 - 1. Sweep run seeds are below 2^49 (see
 * org.seastate.sweep.Seeds), so every seed of a runs.csv is accepted. A negative number or one
 * of 2^63 or more is refused rather than wrapped, so the seed printed back is always the seed
 * typed and it stays a non-negative int64 in every tool that reads the results.
 */
final class SeedConverter implements ITypeConverter<Long> {
  static final String RANGE = "a whole number from 0 to 9223372036854775807 (2^63 - 1)";

  @Override
  public Long convert(String value) {
    String v = value.trim();
    if (v.startsWith("-") || v.startsWith("+") || v.isEmpty() || !v.chars().allMatch(Character::isDigit)) {
      throw new TypeConversionException("'" + value + "' is not a seed (" + RANGE + ")");
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is too large for a seed (" + RANGE
          + "; older results folders printed seeds up to 2^64 - 1: such a run cannot be repeated with --seed)");
    }
  }
}
