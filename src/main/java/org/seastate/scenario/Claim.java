package org.seastate.scenario;

import java.util.Locale;

/** The sea area a nation polices as its own. */
public enum Claim {
  /** Everything inside China's dashed line. */
  DASHED_LINE,
  /** The nation's own EEZ by equidistance. */
  EEZ,
  /** Polices nothing (a visiting navy). */
  NONE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
