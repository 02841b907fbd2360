package org.seastate.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement between states, reduced to the cooperation it changes. It holds from
 * {@code inForce} until {@code end} (exclusive) while {@code enabled}; sweeps switch
 * {@code enabled} to ask counterfactual questions.
 *
 * @param id identifier used in paths ({@code agreements.jp-ph-raa.enabled})
 * @param name display name
 * @param parties nation codes
 * @param signed date of signature, for the record
 * @param inForce date the effects start
 * @param end date the effects stop; empty if open-ended
 * @param enabled false switches the agreement off everywhere
 * @param effects what it changes
 */
public record Agreement(
    String id,
    String name,
    List<String> parties,
    Optional<LocalDate> signed,
    LocalDate inForce,
    Optional<LocalDate> end,
    boolean enabled,
    List<Effect> effects) {

  public Agreement {
    Checks.id("agreement id", id);
    Objects.requireNonNull(name, "name");
    parties = List.copyOf(Checks.nonEmpty("parties", parties));
    if (parties.stream().distinct().count() != parties.size()) {
      throw new InvalidValueException("parties", "parties must not repeat a nation: " + parties);
    }
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(inForce, "in_force");
    Objects.requireNonNull(end, "end");
    if (signed.isPresent() && inForce.isBefore(signed.get())) {
      throw new InvalidValueException("in_force",
          "in_force (" + inForce + ") must not be before signed (" + signed.get() + ")");
    }
    if (end.isPresent() && !end.get().isAfter(inForce)) {
      throw new InvalidValueException("end",
          "end (" + end.get() + ") must be after in_force (" + inForce + ")");
    }
    effects = List.copyOf(effects);
  }

  /** Whether the agreement's effects hold on a date. */
  public boolean inForceOn(LocalDate date) {
    return enabled && !date.isBefore(inForce) && end.map(date::isBefore).orElse(true);
  }

  /** The effects of one kind. */
  public <T extends Effect> List<T> effects(Class<T> kind) {
    return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
