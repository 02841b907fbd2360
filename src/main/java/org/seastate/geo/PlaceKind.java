package org.seastate.geo;

import java.util.Locale;

/** What a named place is, which decides what vessels can do there. */
public enum PlaceKind {
  /** A reef, shoal, bank or island that is contested or watched; vessels keep station near it. */
  FEATURE,
  /** A harbour or naval base where vessels are based, turn around and repair. */
  PORT,
  /** An air base or airport (no berths for vessels). */
  AIRFIELD,
  /** An army camp inland (no berths for vessels). */
  ARMY_CAMP;

  /** The spelling used in data files: lower case with hyphens ({@code army-camp}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #key()} spellings. */
  public static PlaceKind fromKey(String key) {
    for (PlaceKind k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown place kind '" + key + "'");
  }

  /** Whether vessels can be based at a place of this kind. */
  public boolean berthsVessels() {
    return this == PORT;
  }
}
