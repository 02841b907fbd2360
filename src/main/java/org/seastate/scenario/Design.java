package org.seastate.scenario;

import java.util.List;
import java.util.Map;

/** How a sweep chooses its points in the space of its factors. */
public sealed interface Design {

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

  /** A Latin hypercube of {@code samples} points: each factor's range cut in equal strata. */
  record LatinHypercube(int samples) implements Design {
    public LatinHypercube {
      Checks.atLeast("samples", samples, 2);
    }

    @Override
    public String kind() {
      return "latin_hypercube";
    }
  }

  /**
   * Saltelli's scheme on a Sobol sequence: {@code samples} base points give
   * {@code samples × (k + 2)} runs for k factors, from which first-order and total indices follow.
   */
  record Sobol(int samples) implements Design {
    public Sobol {
      Checks.atLeast("samples", samples, 2);
    }

    @Override
    public String kind() {
      return "sobol";
    }
  }
}
