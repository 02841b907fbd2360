package org.seastate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a comparison follows the design: the strata (each combination of the other discrete
 * factors' levels), the reference level, and whether runs are paired. Runs of the treatment
 * and the reference in one stratum are paired when they share a replicate and a seed, which is
 * what a sweep with common random numbers writes.
 */
final class Strata {
  /** One stratum: its label and, per level of the compared factor, its runs by replicate. */
  record Stratum(String label, Map<String, Map<Integer, Integer>> runsByLevel) {}

  final String factor;
  final String reference;
  final List<String> treatments;
  final List<String> stratifiedBy;
  /** Factors with continuous ranges: runs are pooled over them. */
  final List<String> pooledOver;
  final List<Stratum> strata;
  final boolean paired;

  private Strata(String factor, String reference, List<String> treatments, List<String> stratifiedBy,
      List<String> pooledOver, List<Stratum> strata, boolean paired) {
    this.factor = factor;
    this.reference = reference;
    this.treatments = treatments;
    this.stratifiedBy = stratifiedBy;
    this.pooledOver = pooledOver;
    this.strata = strata;
    this.paired = paired;
  }

  /**
   * @param reference the reference level; empty for the sweep's {@code reference:} or else the first level
   * @param pooled true to pool over the other factors instead of stratifying (for contrast)
   */
  static Strata of(ResultsData data, String factor, Optional<String> reference, boolean pooled) {
    List<String> levels = data.levels(factor);
    String ref = reference.or(() -> data.reference(factor)).orElse(levels.isEmpty() ? "" : levels.get(0));
    if (!levels.contains(ref)) {
      throw new org.seastate.io.ResultsInputException("reference level '" + ref + "' of " + factor
          + " is not among its levels " + levels);
    }
    List<String> treatments = levels.stream().filter(l -> !l.equals(ref)).toList();
    List<String> by = new ArrayList<>();
    List<String> poolOver = new ArrayList<>();
    for (String f : data.factors()) {
      if (f.equals(factor)) {
        continue;
      }
      (pooled || data.continuous(f) ? poolOver : by).add(f);
    }
    Map<String, Map<String, Map<Integer, Integer>>> groups = new LinkedHashMap<>();
    for (List<String> combo : combinations(data, by)) {
      groups.put(label(by, combo), new LinkedHashMap<>());
    }
    boolean unique = poolOver.isEmpty();
    for (int i = 0; i < data.size(); i++) {
      List<String> combo = new ArrayList<>();
      for (String f : by) {
        combo.add(data.factorValue(i, f));
      }
      Map<Integer, Integer> byReplicate = groups.get(label(by, combo))
          .computeIfAbsent(data.factorValue(i, factor), k -> new LinkedHashMap<>());
      // with factors pooled over, one replicate holds several runs: key them apart, unpaired
      int key = unique ? data.replicate(i) : i;
      byReplicate.put(key, i);
    }
    List<Stratum> strata = new ArrayList<>();
    groups.forEach((label, runs) -> {
      if (runs.containsKey(ref) && treatments.stream().anyMatch(runs::containsKey)) {
        strata.add(new Stratum(label, runs));
      }
    });
    return new Strata(factor, ref, treatments, List.copyOf(by), List.copyOf(poolOver), List.copyOf(strata),
        unique && pairedBySeed(data, strata, ref, treatments));
  }

  /** Every replicate present in both arms shares its seed, and at least two do. */
  private static boolean pairedBySeed(ResultsData data, List<Stratum> strata, String ref, List<String> treatments) {
    int pairs = 0;
    for (Stratum s : strata) {
      Map<Integer, Integer> r = s.runsByLevel().get(ref);
      for (String t : treatments) {
        Map<Integer, Integer> x = s.runsByLevel().getOrDefault(t, Map.of());
        for (Map.Entry<Integer, Integer> e : x.entrySet()) {
          Integer partner = r.get(e.getKey());
          if (partner != null) {
            if (!data.seed(partner).equals(data.seed(e.getValue()))) {
              return false;
            }
            pairs++;
          }
        }
      }
    }
    return pairs >= 2;
  }

  private static List<List<String>> combinations(ResultsData data, List<String> factors) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (String f : factors) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> c : out) {
        for (String l : data.levels(f)) {
          List<String> x = new ArrayList<>(c);
          x.add(l);
          next.add(x);
        }
      }
      out = next;
    }
    return out;
  }

  private static String label(List<String> factors, List<String> values) {
    if (factors.isEmpty()) {
      return Effect.ALL;
    }
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < factors.size(); k++) {
      s.append(k == 0 ? "" : ", ").append(ResultsData.shortName(factors.get(k))).append('=').append(values.get(k));
    }
    return s.toString();
  }

  /** Whether there is more than the one stratum "all". */
  boolean stratified() {
    return !stratifiedBy.isEmpty();
  }

  /** The metric's values in one arm of a stratum (NaN left out). */
  static double[] arm(ResultsData data, Stratum s, String level, String metric) {
    return Stats.finite(s.runsByLevel().getOrDefault(level, Map.of()).values().stream()
        .mapToDouble(i -> data.value(i, metric)).toArray());
  }

  /** Treatment − reference of each pair of a stratum with a value on both sides, by replicate order. */
  static double[] pairDiffs(ResultsData data, Stratum s, String reference, String treatment, String metric) {
    return pairDiffsByReplicate(data, s, reference, treatment, metric).values().stream()
        .mapToDouble(Double::doubleValue).toArray();
  }

  /** The same differences keyed by replicate: under common random numbers, the seed they share. */
  static Map<Integer, Double> pairDiffsByReplicate(ResultsData data, Stratum s, String reference, String treatment,
      String metric) {
    Map<Integer, Integer> r = s.runsByLevel().get(reference);
    Map<Integer, Double> d = new LinkedHashMap<>();
    s.runsByLevel().getOrDefault(treatment, Map.of()).forEach((rep, i) -> {
      Integer j = r.get(rep);
      if (j != null) {
        double x = data.value(i, metric) - data.value(j, metric);
        if (!Double.isNaN(x)) {
          d.put(rep, x);
        }
      }
    });
    return d;
  }

  /**
   * The paired differences over all strata, one per replicate: the mean over strata of that
   * replicate's differences. Under common random numbers every stratum's replicate r starts
   * from the same seed, so its differences are not independent of each other; the replicate,
   * not the pair, is the independent unit to resample and test.
   */
  static double[] replicateDiffs(List<Map<Integer, Double>> strata) {
    Map<Integer, double[]> sums = new java.util.TreeMap<>();
    for (Map<Integer, Double> s : strata) {
      s.forEach((rep, d) -> {
        double[] acc = sums.computeIfAbsent(rep, k -> new double[2]);
        acc[0] += d;
        acc[1]++;
      });
    }
    return sums.values().stream().mapToDouble(a -> a[0] / a[1]).toArray();
  }
}
