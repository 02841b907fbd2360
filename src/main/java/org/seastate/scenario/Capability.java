package org.seastate.scenario;

import java.util.Locale;

/** Equipment that makes an escalation level feasible for a vessel. */
public enum Capability {
  WATER_CANNON,
  LASER,
  ACOUSTIC_DEVICE,
  BOARDING,
  ARMED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
