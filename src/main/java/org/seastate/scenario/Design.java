package org.seastate.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** How a sweep chooses its points in the space of its factors. */
public sealed interface Design {

  /** The design's name in a sweep file and in points.csv. */
  String kind();

  /** Every combination of every factor's levels. */
  record FullFactorial() implements Design {
    @Override
    public String kind() {
      return "full_factorial";
    }
  }

  /** Points listed one by one: each maps factor paths to values. */
  record Points(List<Map<String, Object>> points) implements Design {
    public Points {
      points = List.copyOf(Checks.nonEmpty("points", points).stream().map(Checks::ordered).toList());
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /** How a sampling design spreads its points over the factors' ranges. */
  enum Sampler {
    /** A Latin hypercube: each factor's range cut in equal strata, one point in each. */
    LATIN_HYPERCUBE,
    /**
     * Saltelli's scheme on a Sobol sequence: {@code samples} base points give
     * {@code samples × (k + 2)} runs for k factors, from which first-order and total indices follow.
     */
    SOBOL;

    /** The name in a sweep file: {@code latin_hypercube}, {@code sobol}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code samples} points (base points for Sobol) drawn by a {@link Sampler}. */
  record Sampled(Sampler sampler, int samples) implements Design {
    public Sampled {
      Objects.requireNonNull(sampler, "sampler");
      Checks.atLeast("samples", samples, 2);
    }

    @Override
    public String kind() {
      return sampler.key();
    }
  }

  /** A Latin hypercube of {@code samples} points. */
  static Sampled latinHypercube(int samples) {
    return new Sampled(Sampler.LATIN_HYPERCUBE, samples);
  }

  /** Saltelli's scheme on {@code samples} Sobol base points. */
  static Sampled sobol(int samples) {
    return new Sampled(Sampler.SOBOL, samples);
  }

  /** Whether this design samples with {@code sampler}. */
  default boolean uses(Sampler sampler) {
    return this instanceof Sampled s && s.sampler() == sampler;
  }
}
