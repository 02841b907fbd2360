package org.seastate.scenario;

import java.util.Map;
import java.util.EnumMap;

/**
 * How a run is observed.
 *
 * @param presenceRadiusNm a vessel within this distance of a feature counts as present there
 *     (AMTI-style calendar days and ship-days)
 * @param presenceRadiusByFeature per-feature overrides of the radius
 * @param timeseriesIntervalDays days between rows of the daily time series
 * @param aisDailyProbability per agency, the probability that a vessel broadcasts AIS on a given
 *     day (the observation model of AMTI's AIS-based presence counts); agencies not listed
 *     always broadcast
 */
public record MetricSettings(
    double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature, int timeseriesIntervalDays,
    Map<Agency, Double> aisDailyProbability) {
  public MetricSettings {
    Checks.positive("presence_radius_nm", presenceRadiusNm);
    presenceRadiusByFeature = Checks.ordered(presenceRadiusByFeature);
    presenceRadiusByFeature.forEach((f, r) -> Checks.positive("presence_radius_nm." + f, r));
    Checks.atLeast("timeseries_interval_days", timeseriesIntervalDays, 1);
    aisDailyProbability = aisDailyProbability.isEmpty() ? Map.of() : new EnumMap<>(aisDailyProbability);
    aisDailyProbability.forEach((a, q) -> {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("ais_daily_probability." + a.key() + " must be between 0 and 1, was " + q);
      }
    });
  }

  /** Without an AIS observation model: every vessel broadcasts every day. */
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
}
