package org.seastate.model;

import java.util.Locale;

/** Why an encounter episode ended. */
public enum EpisodeEnd {
  /** The challenger's vessels all left (endurance, relief, damage, other duties). */
  CHALLENGER_LEFT,
  /** The target's vessels all left the feature or the contact. */
  TARGET_LEFT,
  /** An intercepted mission reached its destination with every boat. */
  ARRIVED,
  /** An intercepted mission got some boats through and had others turned back. */
  PARTLY_THROUGH,
  /** Every boat of an intercepted mission was turned back. */
  TURNED_BACK,
  /** An armed clash (level 7). */
  CRISIS,
  /** Still open when the run ended. */
  RUN_ENDED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
