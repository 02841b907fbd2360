package org.seastate.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a run is observed.
 *
 * @param presenceRadiusNm a vessel within this distance of a feature counts as present there
 *     (AMTI-style calendar days and ship-days)
 * @param presenceRadiusByFeature per-feature overrides of the radius
 * @param aisDailyProbability per agency, the probability that a vessel broadcasts AIS on a given
 *     day (the observation model of AMTI's AIS-based presence counts); agencies not listed
 *     always broadcast
 * @param reportProbability per escalation level 0..7, the probability that an incident of that
 *     level becomes public (the reporting model: the public record misses most low-level acts)
 * @param witnessReport chance that one witness (a partner's vessel or radar) makes an incident
 *     public
 * @param outputs what {@code seastate run} writes (the file's top-level {@code outputs:}), the
 *     time-series interval included
 */
public record MetricSettings(
    double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature,
    Map<Agency, Double> aisDailyProbability, PerLevel reportProbability, double witnessReport,
    OutputSettings outputs) {
  public MetricSettings {
    Checks.positive("presence_radius_nm", presenceRadiusNm);
    presenceRadiusByFeature = Checks.ordered(presenceRadiusByFeature);
    presenceRadiusByFeature.forEach((f, r) -> Checks.positive("presence_radius_nm." + f, r));
    Objects.requireNonNull(outputs, "outputs");
    aisDailyProbability = aisDailyProbability.isEmpty() ? Map.of() : new EnumMap<>(aisDailyProbability);
    aisDailyProbability.forEach((a, q) -> {
      if (!(q >= 0 && q <= 1)) {
        String key = "ais_daily_probability." + a.key();
        throw new InvalidValueException(key, key + " must be between 0 and 1, was " + q);
      }
    });
    Objects.requireNonNull(reportProbability, "report_probability");
    Checks.probability("witness_report_probability", witnessReport);
  }

  /** Writing every table, a time-series row every {@code timeseriesIntervalDays} days. */
  public MetricSettings(double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature,
      int timeseriesIntervalDays, Map<Agency, Double> aisDailyProbability, double[] reportProbability,
      double witnessReport) {
    this(presenceRadiusNm, presenceRadiusByFeature, aisDailyProbability,
        PerLevel.probabilities("report_probability", reportProbability), witnessReport,
        OutputSettings.RUN.withTimeseriesDays(checkedInterval(timeseriesIntervalDays)));
  }

  private static int checkedInterval(int days) {
    Checks.atLeast("timeseries_interval_days", days, 1);
    return days;
  }

  /** Days between time-series rows of a run; 0 when it writes none. */
  public int timeseriesIntervalDays() {
    return outputs.recordedDays();
  }

  /** With the default reporting model. */
  public MetricSettings(double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature,
      int timeseriesIntervalDays, Map<Agency, Double> aisDailyProbability) {
    this(presenceRadiusNm, presenceRadiusByFeature, timeseriesIntervalDays, aisDailyProbability,
        Format.DEFAULT_REPORT_PROBABILITY.stream().mapToDouble(Double::doubleValue).toArray(),
        Format.DEFAULT_WITNESS_REPORT);
  }

  /** Without an AIS observation model (every vessel broadcasts every day), default reporting. */
  public MetricSettings(double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature,
      int timeseriesIntervalDays) {
    this(presenceRadiusNm, presenceRadiusByFeature, timeseriesIntervalDays, Map.of());
  }

  /** The probability that a vessel of {@code agency} broadcasts AIS on a given day. */
  public double aisProbabilityOf(Agency agency) {
    return aisDailyProbability.getOrDefault(agency, 1.0);
  }

  public double presenceRadiusOf(String featureId) {
    return presenceRadiusByFeature.getOrDefault(featureId, presenceRadiusNm);
  }

  /** The probability that an incident of {@code level} becomes public. */
  public double reportProbability(int level) {
    return reportProbability.at(level);
  }
}
