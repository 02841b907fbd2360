package org.seastate.gui;

import java.util.ArrayList;
import java.util.List;
import org.seastate.model.Encounter;
import org.seastate.model.Vessel;

/** An open encounter as the display and its inspector show it. */
public final class EncounterView {
  private final Encounter encounter;

  EncounterView(Encounter encounter) {
    this.encounter = encounter;
  }

  public Encounter encounter() {
    return encounter;
  }

  public int getId() {
    return encounter.getId();
  }

  public String getChallenger() {
    return encounter.contact().challenger();
  }

  public String getTarget() {
    return encounter.contact().target();
  }

  public String getFeature() {
    return encounter.contact().featureId();
  }

  public String getCurrentLevel() {
    int l = encounter.getCurrentLevel();
    return l + " (" + Glyphs.LEVEL_NAMES[Math.max(0, Math.min(7, l))] + ")";
  }

  public String getMaxLevel() {
    int l = encounter.getMaxLevel();
    return l + " (" + Glyphs.LEVEL_NAMES[Math.max(0, Math.min(7, l))] + ")";
  }

  public String getChallengers() {
    return names(encounter.challengers());
  }

  public String getTargets() {
    return names(encounter.targets());
  }

  private static String names(List<Vessel> vs) {
    List<String> n = new ArrayList<>();
    for (Vessel v : vs) {
      n.add(v.hull().name());
    }
    return String.join(", ", n);
  }

  @Override
  public String toString() {
    return "Encounter " + encounter.getId() + " (" + getChallenger() + " v " + getTarget() + ")";
  }
}
