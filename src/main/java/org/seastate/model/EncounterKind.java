package org.seastate.model;

import java.util.Locale;

/** What brought the two sides into contact. */
public enum EncounterKind {
  /** Vessels of rival nations at the same feature: lasts while both stay within its radius. */
  STANDOFF,
  /** A nation intercepts a rival's mission to a feature in a band around it (a blockade). */
  INTERCEPTION;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
