package org.seastate.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A batch of runs: a base scenario, the factors varied, how points are chosen, how many
 * replicates per point, and the base seed from which every run's seed is derived. Execution
 * settings (threads, output folder, shard) are not part of a sweep.
 *
 * @param name short name (the results folder)
 * @param description the question the sweep answers, for reports
 * @param base the base scenario file, resolved against the sweep file's folder
 * @param factors the dimensions varied
 * @param design how points are chosen
 * @param replicates runs per point
 * @param baseSeed seed from which each run's seed is hashed
 * @param outputs what the sweep writes, the time-series interval included
 * @param charts charts to draw at the end
 * @param commonRandomNumbers whether every point uses the same seed for the same replicate, so
 *     runs that differ in one factor are paired (on by default for full factorial and list
 *     designs)
 * @param format the file format of the result tables, one of {@link #FORMATS} ({@code csv} by
 *     default; {@code seastate sweep --format} overrides it)
 */
public record Sweep(
    String name,
    String description,
    Path base,
    List<Factor> factors,
    Design design,
    int replicates,
    long baseSeed,
    OutputSettings outputs,
    List<ChartSpec> charts,
    boolean commonRandomNumbers,
    String format) {

  /** The table formats a sweep file may name ({@code format:}). */
  public static final List<String> FORMATS = List.of("csv", "parquet");

  /** A sweep writing CSV tables. */
  public Sweep(String name, String description, Path base, List<Factor> factors, Design design, int replicates,
      long baseSeed, OutputSettings outputs, List<ChartSpec> charts, boolean commonRandomNumbers) {
    this(name, description, base, factors, design, replicates, baseSeed, outputs, charts, commonRandomNumbers,
        "csv");
  }

  /** Writing every table, a time-series row every {@code timeseriesIntervalDays} days. */
  public Sweep(String name, String description, Path base, List<Factor> factors, Design design, int replicates,
      long baseSeed, int timeseriesIntervalDays, List<ChartSpec> charts, boolean commonRandomNumbers) {
    this(name, description, base, factors, design, replicates, baseSeed,
        OutputSettings.SWEEP.withTimeseriesDays(Checks.atLeast("timeseries_interval_days", timeseriesIntervalDays, 1)),
        charts, commonRandomNumbers);
  }

  /** Days between time-series rows of each run; 0 when the sweep writes none. */
  public int timeseriesIntervalDays() {
    return outputs.recordedDays();
  }

  /** A sweep with common random numbers as its design defaults them. */
  public Sweep(String name, String description, Path base, List<Factor> factors, Design design, int replicates,
      long baseSeed, int timeseriesIntervalDays, List<ChartSpec> charts) {
    this(name, description, base, factors, design, replicates, baseSeed, timeseriesIntervalDays, charts,
        crnByDefault(design));
  }

  /** Common random numbers pair runs across points of a factorial or listed design. */
  public static boolean crnByDefault(Design design) {
    return design instanceof Design.FullFactorial || design instanceof Design.Points;
  }

  public Sweep {
    Checks.id("name", name);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(base, "base");
    factors = List.copyOf(factors);
    if (factors.stream().map(Factor::path).distinct().count() != factors.size()) {
      throw new InvalidValueException("factors", "factors must not repeat a path");
    }
    Objects.requireNonNull(design, "design");
    Checks.atLeast("replicates", replicates, 1);
    Objects.requireNonNull(outputs, "outputs");
    charts = List.copyOf(charts);
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("format must be one of " + FORMATS + ", was " + format);
    }
  }

  /** The same sweep writing its tables in {@code format} (one of {@link #FORMATS}). */
  public Sweep withFormat(String format) {
    return new Sweep(name, description, base, factors, design, replicates, baseSeed, outputs, charts,
        commonRandomNumbers, format);
  }
}
