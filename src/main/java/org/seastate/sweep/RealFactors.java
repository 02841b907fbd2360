package org.seastate.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The factor columns that hold real numbers, from the sweep as resolved (its YAML, as the
 * manifest keeps it): a factor with a range, or with a level written with a decimal point. CSV
 * prints 1.0 as 1, so without this a Parquet table would type a factor of levels 1.0 and 2.0 as
 * integers; sweep and merge both take the types from here, so they write the same schema.
 */
final class RealFactors {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RealFactors() {}

  static Set<String> of(String resolvedSweepYaml) {
    Set<String> real = new LinkedHashSet<>();
    JsonNode root;
    try {
      root = YAML.readTree(resolvedSweepYaml);
    } catch (IOException e) {
      return real; // typed by their values instead
    }
    for (JsonNode f : root.path("factors")) {
      boolean decimal = f.has("range");
      for (JsonNode level : f.path("levels")) {
        decimal |= level.isFloatingPointNumber();
      }
      if (decimal) {
        real.add(f.path("path").asText());
      }
    }
    return real;
  }
}
