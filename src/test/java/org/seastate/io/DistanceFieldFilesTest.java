package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.DistanceFieldStore;
import org.seastate.geo.DistanceFieldStore.FieldArrays;

/** The file store of navigation distance fields: round trip, damaged files, folders, settings. */
class DistanceFieldFilesTest {
  private static final String KEY = "0123456789abcdef".repeat(4);
  private static final String OTHER_KEY = "fedcba9876543210".repeat(4);

  private static FieldArrays field(int cells, int seed) {
    float[] dist = new float[cells];
    byte[] next = new byte[cells];
    for (int i = 0; i < cells; i++) {
      dist[i] = i % 7 == 0 ? Float.POSITIVE_INFINITY : (i * 31 + seed) / 3f;
      next[i] = (byte) ((i + seed) % 17 - 1);
    }
    return new FieldArrays(dist, next);
  }

  private static void assertSame(Optional<FieldArrays> got, FieldArrays want) {
    assertThat(got).isPresent();
    assertThat(got.get().distNm()).containsExactly(want.distNm());
    assertThat(got.get().nextMove()).containsExactly(want.nextMove());
  }

  @Test
  void savedFieldsComeBackExactly(@TempDir Path tmp) {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    FieldArrays a = field(1000, 1);
    FieldArrays b = field(1000, 2);
    assertThat(store.load(KEY, 5, 1000)).isEmpty();
    store.save(KEY, 5, a);
    store.save(KEY, 6, b);
    assertSame(store.load(KEY, 5, 1000), a);
    assertSame(new DistanceFieldFiles(tmp).load(KEY, 6, 1000), b);
    assertThat(store.file(KEY, 5)).isRegularFile().hasParent(tmp.resolve("navigation").resolve(KEY.substring(0, 32)));
    assertThat(store.file(KEY, 5).getParent()).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void destinationsListsTheFieldsKeptUnderAKeyOnly(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    assertThat(store.destinations(KEY)).as("no folder yet").isEmpty();
    store.save(KEY, 12, field(100, 1));
    store.save(KEY, 3, field(100, 2));
    store.save(OTHER_KEY, 7, field(100, 3));
    Path folder = store.file(KEY, 3).getParent();
    Files.writeString(folder.resolve(".9.123.part"), "a save in progress");
    Files.writeString(folder.resolve("notes.txt"), "not a field");
    Files.writeString(folder.resolve("99999999999.field"), "beyond an int");
    Files.writeString(folder.resolve("007.field"), "not a name the store writes");
    assertThat(store.destinations(KEY)).containsExactly(3, 12);
    assertThat(store.destinations(OTHER_KEY)).containsExactly(7);
    assertThat(DistanceFieldStore.NONE.destinations(KEY)).isEmpty();
  }

  @Test
  void aTruncatedOrLongerFileIsIgnored(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    store.save(KEY, 5, field(1000, 1));
    Path f = store.file(KEY, 5);
    byte[] whole = Files.readAllBytes(f);
    for (int length : new int[] {0, 3, DistanceFieldFiles.HEADER, whole.length - 1}) {
      Files.write(f, java.util.Arrays.copyOf(whole, length));
      assertThat(store.load(KEY, 5, 1000)).as("%d of %d bytes", length, whole.length).isEmpty();
    }
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length + 1));
    assertThat(store.load(KEY, 5, 1000)).as("one byte too many").isEmpty();
  }

  @Test
  void anyFlippedByteIsDetected(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    store.save(KEY, 5, field(300, 1));
    Path f = store.file(KEY, 5);
    byte[] whole = Files.readAllBytes(f);
    for (int i = 0; i < whole.length; i += 7) {
      byte[] bad = whole.clone();
      bad[i] ^= 0x10;
      Files.write(f, bad);
      assertThat(store.load(KEY, 5, 300)).as("byte %d flipped", i).isEmpty();
    }
    Files.write(f, whole);
    assertThat(store.load(KEY, 5, 300)).isPresent();
  }

  @Test
  void aFileForAnotherKeyDestinationOrSizeIsIgnored(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    store.save(KEY, 5, field(300, 1));
    assertThat(store.load(KEY, 5, 299)).isEmpty();
    Files.createDirectories(store.file(KEY, 6).getParent());
    Files.copy(store.file(KEY, 5), store.file(KEY, 6));
    assertThat(store.load(KEY, 6, 300)).as("copied under another destination").isEmpty();
    String sameFolder = KEY.substring(0, 32) + OTHER_KEY.substring(32);
    assertThat(store.file(sameFolder, 5)).isEqualTo(store.file(KEY, 5));
    assertThat(store.load(sameFolder, 5, 300)).as("a key sharing the folder name").isEmpty();
  }

  @Test
  void aDamagedFileIsReplacedBySavingAgain(@TempDir Path tmp) throws IOException {
    DistanceFieldFiles store = new DistanceFieldFiles(tmp);
    FieldArrays a = field(500, 3);
    store.save(KEY, 9, a);
    Files.write(store.file(KEY, 9), "garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(store.load(KEY, 9, 500)).isEmpty();
    store.save(KEY, 9, a);
    assertSame(store.load(KEY, 9, 500), a);
  }

  @Test
  void anUnusableFolderMeansNoCacheAndNoError(@TempDir Path tmp) throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
    DistanceFieldFiles store = new DistanceFieldFiles(notAFolder);
    store.save(KEY, 1, field(10, 1));
    assertThat(store.load(KEY, 1, 10)).isEmpty();
    assertThat(Files.readString(notAFolder)).isEqualTo("x");
  }

  @Test
  void concurrentSaversLeaveOneWholeFile(@TempDir Path tmp) throws Exception {
    FieldArrays a = field(20_000, 4);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        done.add(pool.submit(() -> new DistanceFieldFiles(tmp).save(KEY, 2, a)));
        done.add(pool.submit(() -> new DistanceFieldFiles(tmp).load(KEY, 2, 20_000)
            .ifPresent(f -> assertThat(f.distNm()).containsExactly(a.distNm()))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertSame(new DistanceFieldFiles(tmp).load(KEY, 2, 20_000), a);
    assertThat(new DistanceFieldFiles(tmp).file(KEY, 2).getParent()).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void theEnvironmentChoosesTheFolder() {
    Map<String, String> none = Map.of();
    assertThat(DistanceFieldFiles.forSettings("off", Map.of("SEASTATE_CACHE", "/c"), "/home/u"))
        .isSameAs(DistanceFieldStore.NONE);
    assertThat(DistanceFieldFiles.forSettings(null, Map.of("SEASTATE_CACHE", "OFF"), "/home/u"))
        .isSameAs(DistanceFieldStore.NONE);
    assertThat(folder(DistanceFieldFiles.forSettings("/p", Map.of("SEASTATE_CACHE", "/c"), "/home/u")))
        .isEqualTo(Path.of("/p/navigation"));
    assertThat(folder(DistanceFieldFiles.forSettings(null, Map.of("SEASTATE_CACHE", "/c", "XDG_CACHE_HOME", "/x"),
        "/home/u"))).isEqualTo(Path.of("/c/navigation"));
    assertThat(folder(DistanceFieldFiles.forSettings(null, Map.of("XDG_CACHE_HOME", "/x"), "/home/u")))
        .isEqualTo(Path.of("/x/seastate/navigation"));
    assertThat(folder(DistanceFieldFiles.forSettings(null, Map.of("XDG_CACHE_HOME", "relative"), "/home/u")))
        .as("XDG says a relative path is ignored").isEqualTo(Path.of("/home/u/.cache/seastate/navigation"));
    assertThat(folder(DistanceFieldFiles.forSettings(null, none, "/home/u")))
        .isEqualTo(Path.of("/home/u/.cache/seastate/navigation"));
    assertThat(DistanceFieldFiles.forSettings(null, none, null)).isSameAs(DistanceFieldStore.NONE);
  }

  private static Path folder(DistanceFieldStore store) {
    assertThat(store).isInstanceOf(DistanceFieldFiles.class);
    return ((DistanceFieldFiles) store).file(KEY, 0).getParent().getParent();
  }
}
