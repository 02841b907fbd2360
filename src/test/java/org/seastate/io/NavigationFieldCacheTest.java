package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.DistanceField;
import org.seastate.geo.DistanceFieldStore;
import org.seastate.geo.Navigation;
import org.seastate.geo.Places;
import org.seastate.geo.Theater;

/**
 * Navigation with its fields kept in files: a field read back is the field Dijkstra builds, a
 * damaged file is never used but rebuilt and replaced, and the key changes with the water.
 */
class NavigationFieldCacheTest {
  /** A navigable cell in the open sea, and one near a coast. */
  private static int open;
  private static int coastal;

  private static Theater freshTheater() throws IOException {
    try (InputStream in = Theater.class.getResourceAsStream("theater.bin")) {
      return Theater.load(in, Places.standard());
    }
  }

  @BeforeAll
  static void cells() throws IOException {
    Theater t = freshTheater();
    open = t.navigation().nearestNavigableCell(new org.seastate.geo.LatLon(12.0, 114.0));
    coastal = t.berthCell(t.places().get("subic-bay"));
  }

  /** Counts what Navigation asks of a store. */
  private static final class Counting implements DistanceFieldStore {
    final DistanceFieldStore inner;
    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger hits = new AtomicInteger();
    final AtomicInteger saves = new AtomicInteger();

    Counting(DistanceFieldStore inner) {
      this.inner = inner;
    }

    @Override
    public Optional<FieldArrays> load(String key, int destination, int cells) {
      loads.incrementAndGet();
      Optional<FieldArrays> f = inner.load(key, destination, cells);
      f.ifPresent(x -> hits.incrementAndGet());
      return f;
    }

    @Override
    public void save(String key, int destination, FieldArrays field) {
      saves.incrementAndGet();
      inner.save(key, destination, field);
    }

    @Override
    public int[] destinations(String key) {
      return inner.destinations(key);
    }
  }

  private static void assertSameField(DistanceField a, DistanceField b, int cells) {
    for (int c = 0; c < cells; c++) {
      assertThat(Double.doubleToRawLongBits(a.distanceNm(c))).as("distance of cell %d", c)
          .isEqualTo(Double.doubleToRawLongBits(b.distanceNm(c)));
      assertThat(a.nextCell(c)).as("next of cell %d", c).isEqualTo(b.nextCell(c));
    }
  }

  @Test
  void aFieldReadBackIsTheFieldBuilt(@TempDir Path tmp) throws IOException {
    Theater plain = freshTheater();
    Theater cold = freshTheater();
    Counting coldStore = new Counting(new DistanceFieldFiles(tmp));
    cold.navigation().useStore(coldStore);
    DistanceField built = plain.navigation().fieldTo(open);
    assertSameField(cold.navigation().fieldTo(open), built, plain.cellCount());
    assertThat(coldStore.saves).hasValue(1);
    assertThat(coldStore.hits).hasValue(0);

    Theater warm = freshTheater();
    Counting warmStore = new Counting(new DistanceFieldFiles(tmp));
    warm.navigation().useStore(warmStore);
    assertSameField(warm.navigation().fieldTo(open), built, plain.cellCount());
    assertThat(warmStore.hits).as("read from the file").hasValue(1);
    assertThat(warmStore.saves).as("not built again").hasValue(0);
    assertThat(warm.navigation().fieldTo(open)).as("then kept in memory").isSameAs(warm.navigation().fieldTo(open));
    assertThat(warmStore.loads).hasValue(1);
  }

  @Test
  void loadingTheStoredFieldsBringsEveryKeptFieldIntoMemoryAsTheRunWouldFindIt(@TempDir Path tmp) throws IOException {
    Theater first = freshTheater();
    first.navigation().useStore(new DistanceFieldFiles(tmp));
    DistanceField openField = first.navigation().fieldTo(open);
    DistanceField coastalField = first.navigation().fieldTo(coastal);

    Theater next = freshTheater();
    Counting store = new Counting(new DistanceFieldFiles(tmp));
    next.navigation().useStore(store);
    // a damaged entry is rebuilt on the way, as on first use
    Path damaged = new DistanceFieldFiles(tmp).file(next.navigation().key(), coastal);
    Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(damaged), 100));
    assertThat(next.navigation().loadStoredFields()).isEqualTo(2);
    assertThat(store.loads).hasValue(2);
    assertThat(store.saves).as("only the damaged one rebuilt").hasValue(1);
    assertSameField(next.navigation().fieldTo(open), openField, first.cellCount());
    assertSameField(next.navigation().fieldTo(coastal), coastalField, first.cellCount());
    assertThat(store.loads).as("the run's first use asks the store nothing").hasValue(2);

    Theater storeless = freshTheater();
    assertThat(storeless.navigation().loadStoredFields()).isZero();
  }

  @Test
  void aCorruptedOrTruncatedFileIsRebuiltAndReplaced(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles files = new DistanceFieldFiles(tmp);
    Theater first = freshTheater();
    first.navigation().useStore(files);
    DistanceField built = first.navigation().fieldTo(coastal);
    Path f = files.file(first.navigation().key(), coastal);
    byte[] good = Files.readAllBytes(f);

    byte[] flipped = good.clone();
    flipped[good.length - 3] ^= 1;
    byte[][] damaged = {flipped, java.util.Arrays.copyOf(good, good.length / 2), new byte[0]};
    for (byte[] bad : damaged) {
      Files.write(f, bad);
      Theater t = freshTheater();
      Counting store = new Counting(files);
      t.navigation().useStore(store);
      assertSameField(t.navigation().fieldTo(coastal), built, t.cellCount());
      assertThat(store.hits).as("damaged file of %d bytes not used", bad.length).hasValue(0);
      assertThat(store.saves).as("rebuilt and saved").hasValue(1);
      assertThat(Files.readAllBytes(f)).as("file replaced by a good one").isEqualTo(good);
    }
  }

  @Test
  void arraysThatCannotBeAFieldAreNotUsedEvenWithAGoodChecksum(@TempDir Path tmp) throws IOException {
    Theater source = freshTheater();
    DistanceField built = source.navigation().fieldTo(open);
    String key = source.navigation().key();
    int n = source.cellCount();
    // a well-formed file whose content is a field towards another cell
    DistanceFieldFiles files = new DistanceFieldFiles(tmp);
    Theater other = freshTheater();
    other.navigation().useStore(new DistanceFieldStore() {
      @Override
      public Optional<FieldArrays> load(String k, int destination, int cells) {
        return Optional.empty();
      }

      @Override
      public void save(String k, int destination, FieldArrays field) {
        files.save(k, open, field); // saved under the wrong destination
      }
    });
    other.navigation().fieldTo(coastal);
    assertThat(files.load(key, open, n)).as("checksum and header are fine").isPresent();
    Theater t = freshTheater();
    Counting store = new Counting(files);
    t.navigation().useStore(store);
    assertSameField(t.navigation().fieldTo(open), built, n);
    assertThat(store.saves).as("rebuilt").hasValue(1);
  }

  @Test
  void theKeyFollowsTheNavigableWater() throws IOException {
    Theater a = freshTheater();
    Theater b = freshTheater();
    assertThat(a.navigation().key()).hasSize(64).isEqualTo(b.navigation().key());
    byte[] raster;
    try (InputStream in = Theater.class.getResourceAsStream("theater.bin")) {
      raster = in.readAllBytes();
    }
    // the same grid with one navigable cell turned to land gives another key
    var content = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raster))) {
      gz.transferTo(content);
    }
    byte[] plain = content.toByteArray();
    int cellsStart = plain.length - a.cellCount();
    plain[cellsStart + open] = (byte) org.seastate.geo.TheaterFile.LAND;
    var zipped = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
      gz.write(plain);
    }
    Theater changed = Theater.load(new java.io.ByteArrayInputStream(zipped.toByteArray()), Places.standard());
    assertThat(changed.isNavigable(open)).isFalse();
    assertThat(changed.navigation().key()).isNotEqualTo(a.navigation().key());
  }

  @Test
  void withoutAStoreNothingIsAsked() throws IOException {
    Navigation nav = freshTheater().navigation();
    assertThat(nav.store()).isSameAs(DistanceFieldStore.NONE);
    nav.fieldTo(open);
    assertThat(nav.cachedFields()).isEqualTo(1);
  }
}
