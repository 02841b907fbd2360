package org.seastate.cli;

import org.seastate.geo.DistanceFieldStore;
import org.seastate.geo.Theater;
import org.seastate.io.DistanceFieldFiles;

/**
 * The built-in theater for the commands that run the model, with its navigation distance fields
 * kept on disk between processes in the user's cache folder ({@link DistanceFieldFiles}:
 * {@code $SEASTATE_CACHE}, else {@code $XDG_CACHE_HOME/seastate}, else
 * {@code ~/.cache/seastate}; {@code SEASTATE_CACHE=off} keeps them in memory only). The
 * fields are the same either way, and so are the results.
 */
final class Theaters {
  private static boolean storeChosen;

  private Theaters() {}

  /** {@link Theater#standard()}, its navigation using the cache folder the environment names. */
  static synchronized Theater standard() {
    Theater t = Theater.standard();
    if (!storeChosen) {
      DistanceFieldStore store = DistanceFieldFiles.fromEnvironment();
      if (t.navigation().store() == DistanceFieldStore.NONE) {
        t.navigation().useStore(store);
      }
      storeChosen = true;
    }
    return t;
  }
}
