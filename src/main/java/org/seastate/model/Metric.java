package org.seastate.model;

/**
 * One summary number of a run, in long form: what was measured, for whom, where.
 *
 * @param name snake_case metric name with units where they apply ({@code transit_hours_mean})
 * @param nation nation code, or empty
 * @param agency agency key, or empty
 * @param feature feature id, or empty
 * @param value the number
 */
public record Metric(String name, String nation, String agency, String feature, double value) {
  public static Metric of(String name, double value) {
    return new Metric(name, "", "", "", value);
  }
}
