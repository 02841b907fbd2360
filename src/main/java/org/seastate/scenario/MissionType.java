package org.seastate.scenario;

import java.util.Locale;

/** What a vessel has been sent to do; de-escalation arrangements name mission types. */
public enum MissionType {
  PRESENCE,
  RESUPPLY,
  ESCORT,
  INTERDICTION,
  RESPONSE,
  JOINT_PATROL,
  FONOP,
  SWARM;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
