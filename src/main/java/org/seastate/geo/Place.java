package org.seastate.geo;

import java.util.Objects;
import java.util.Set;

/**
 * A named place of the theater: a contested feature, a port or base, an EDCA site.
 *
 * @param id stable kebab-case identifier used by scenario files ({@code second-thomas-shoal})
 * @param name display name
 * @param kind what the place is
 * @param holder nation code that holds or owns it, or empty when unoccupied
 * @param groups tags such as {@code edca}, {@code naval}, {@code outpost}
 * @param position coordinates
 * @param confidence FACTS.md grade of the coordinates: H, M or L
 * @param source where the coordinates come from
 */
public record Place(
    String id,
    String name,
    PlaceKind kind,
    String holder,
    Set<String> groups,
    LatLon position,
    String confidence,
    String source) {

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
    holder = holder == null ? "" : holder;
    groups = Set.copyOf(groups);
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  public double distanceNm(Place other) {
    return position.distanceNm(other.position);
  }
}
