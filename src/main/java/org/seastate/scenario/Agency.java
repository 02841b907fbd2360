package org.seastate.scenario;

import java.util.Locale;

/** The kind of government (or government-directed) organisation a vessel belongs to. */
public enum Agency {
  NAVY,
  COAST_GUARD,
  /** Maritime militia: fishing hulls under state direction. */
  MILITIA,
  /** Fisheries and other law-enforcement agencies (e.g. BFAR). */
  LAW_ENFORCEMENT,
  /** Chartered civilian boats on government supply runs (e.g. Unaizah May). */
  SUPPLY;

  private final String key = name().toLowerCase(Locale.ROOT);

  /** The spelling used in scenario files ({@code coast_guard}). */
  public String key() {
    return key;
  }
}
