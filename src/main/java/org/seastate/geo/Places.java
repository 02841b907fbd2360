package org.seastate.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue of named places, read from the {@code places.csv} resource. The catalogue is the
 * single source of place coordinates: scenarios refer to places by id.
 */
public final class Places {

  private static final String RESOURCE = "places.csv";
  private static volatile Places standard;

  private final Map<String, Place> byId;

  private Places(Map<String, Place> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** The built-in catalogue (FACTS.md §1.1–1.2), loaded once. */
  public static Places standard() {
    Places p = standard;
    if (p == null) {
      synchronized (Places.class) {
        if (standard == null) {
          standard = load();
        }
        p = standard;
      }
    }
    return p;
  }

  private static Places load() {
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the simple CSV of places (no quoted fields; {@code #} starts a comment line). */
  static Places parse(BufferedReader reader) throws IOException {
    Map<String, Place> places = new LinkedHashMap<>();
    String line;
    boolean header = true;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 9) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 9 fields, got " + f.length);
      }
      var groups = new LinkedHashSet<>(Arrays.asList(f[4].isEmpty() ? new String[0] : f[4].split(";")));
      Place p = new Place(f[0], f[1], PlaceKind.fromKey(f[2]), f[3], groups,
          new LatLon(Double.parseDouble(f[5]), Double.parseDouble(f[6])), f[7], f[8]);
      if (places.put(p.id(), p) != null) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": duplicate place id " + p.id());
      }
    }
    return new Places(places);
  }

  public Optional<Place> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The place with this id; throws {@link IllegalArgumentException} naming the known ids. */
  public Place get(String id) {
    Place p = byId.get(id);
    if (p == null) {
      throw new IllegalArgumentException("unknown place '" + id + "'");
    }
    return p;
  }

  public List<Place> all() {
    return List.copyOf(byId.values());
  }

  public List<Place> ofKind(PlaceKind kind) {
    return byId.values().stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
  }

  public java.util.Set<String> ids() {
    return byId.keySet();
  }
}
