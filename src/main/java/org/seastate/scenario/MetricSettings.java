package org.seastate.scenario;

import java.util.Map;

/**
 * How a run is observed.
 *
 * @param presenceRadiusNm a vessel within this distance of a feature counts as present there
 *     (AMTI-style calendar days and ship-days)
 * @param presenceRadiusByFeature per-feature overrides of the radius
 * @param timeseriesIntervalDays days between rows of the daily time series
 */
public record MetricSettings(
    double presenceRadiusNm, Map<String, Double> presenceRadiusByFeature, int timeseriesIntervalDays) {
  public MetricSettings {
    Checks.positive("presence_radius_nm", presenceRadiusNm);
    presenceRadiusByFeature = Checks.ordered(presenceRadiusByFeature);
    presenceRadiusByFeature.forEach((f, r) -> Checks.positive("presence_radius_nm." + f, r));
    Checks.atLeast("timeseries_interval_days", timeseriesIntervalDays, 1);
  }

  public double presenceRadiusOf(String featureId) {
    return presenceRadiusByFeature.getOrDefault(featureId, presenceRadiusNm);
  }
}
