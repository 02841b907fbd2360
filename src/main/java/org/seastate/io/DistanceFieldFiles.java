package org.seastate.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.seastate.geo.DistanceFieldStore;

/**
 * Navigation distance fields kept as files in a cache folder, one file per theater key and
 * destination: {@code navigation/<first 32 hex digits of the key>/<destination>.field}.
 *
 * <p>A file is (big-endian):
 *
 * <pre>
 * bytes[4]  magic "SSDF"
 * int       format version (1)
 * bytes[64] the full key, ASCII hex
 * int       destination cell
 * int       cell count N
 * int       payload length (5 N)
 * long      CRC32 of the payload
 * payload   N floats (distance, nm), then N bytes (move to the next cell)
 * </pre>
 *
 * <p>A file whose magic, version, key, destination, count, length or checksum does not match,
 * or that is shorter or longer than its header says, is ignored; the field is then built again
 * and the file replaced. Files are written to a temporary file in the same folder and renamed
 * into place in one step, so concurrent processes saving the same field never leave a mixed
 * file. A folder that cannot be created or written turns saving off for this store, silently:
 * the fields stay in memory.
 */
public final class DistanceFieldFiles implements DistanceFieldStore {

  /** Environment variable naming the cache folder, or {@code off} for no cache. */
  public static final String ENV = "SEASTATE_CACHE";
  /** System property with the same meaning as {@link #ENV}, taking precedence over it. */
  public static final String PROPERTY = "seastate.cache";

  static final int VERSION = 1;
  static final int HEADER = 4 + 4 + 64 + 4 + 4 + 4 + 8;
  private static final byte[] MAGIC = {'S', 'S', 'D', 'F'};
  /** A field file's name: its destination cell (at most 9 digits, so it fits an int) and {@code .field}. */
  private static final Pattern FIELD_FILE = Pattern.compile("(0|[1-9][0-9]{0,8})\\.field");

  private final Path folder;
  private volatile boolean writable = true;

  /** A store in {@code cacheFolder} (created when the first field is saved). */
  public DistanceFieldFiles(Path cacheFolder) {
    this.folder = cacheFolder.resolve("navigation");
  }

  /**
   * The store the environment asks for: {@link #PROPERTY} or else {@link #ENV} names the cache
   * folder ({@code off} for none); unset, {@code $XDG_CACHE_HOME/seastate}, else
   * {@code ~/.cache/seastate}.
   */
  public static DistanceFieldStore fromEnvironment() {
    return forSettings(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  /** {@link #fromEnvironment()} for given settings (the property's value, the environment, the home folder). */
  static DistanceFieldStore forSettings(String property, Map<String, String> env, String home) {
    String named = property != null ? property : env.get(ENV);
    if (named != null && !named.isBlank()) {
      if (named.strip().equalsIgnoreCase("off")) {
        return DistanceFieldStore.NONE;
      }
      try {
        return new DistanceFieldFiles(Path.of(named.strip()));
      } catch (java.nio.file.InvalidPathException e) {
        return DistanceFieldStore.NONE;
      }
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return new DistanceFieldFiles(Path.of(xdg, "seastate"));
    }
    if (home == null || home.isBlank()) {
      return DistanceFieldStore.NONE;
    }
    return new DistanceFieldFiles(Path.of(home, ".cache", "seastate"));
  }

  /** The file a field is kept in. */
  public Path file(String key, int destination) {
    checkKey(key);
    return folder.resolve(key.substring(0, 32)).resolve(destination + ".field");
  }

  @Override
  public Optional<FieldArrays> load(String key, int destination, int cells) {
    byte[] bytes;
    try {
      Path f = file(key, destination);
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      bytes = Files.readAllBytes(f);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
    return decode(bytes, key, destination, cells);
  }

  /** The arrays in a file's bytes, if the header matches and the payload is intact. */
  static Optional<FieldArrays> decode(byte[] bytes, String key, int destination, int cells) {
    long payload = 5L * cells;
    if (cells <= 0 || bytes.length != HEADER + payload) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[4];
    b.get(magic);
    int version = b.getInt();
    byte[] k = new byte[64];
    b.get(k);
    if (!Arrays.equals(magic, MAGIC) || version != VERSION
        || !Arrays.equals(k, key.getBytes(StandardCharsets.US_ASCII))
        || b.getInt() != destination || b.getInt() != cells || b.getInt() != payload) {
      return Optional.empty();
    }
    long crc = b.getLong();
    CRC32 check = new CRC32();
    check.update(bytes, HEADER, (int) payload);
    if (check.getValue() != crc) {
      return Optional.empty();
    }
    float[] dist = new float[cells];
    b.asFloatBuffer().get(dist);
    byte[] next = Arrays.copyOfRange(bytes, HEADER + 4 * cells, HEADER + 5 * cells);
    return Optional.of(new FieldArrays(dist, next));
  }

  /** A file's bytes for a field. */
  static byte[] encode(String key, int destination, FieldArrays field) {
    int cells = field.distNm().length;
    if (field.nextMove().length != cells) {
      throw new IllegalArgumentException("distance and move arrays differ in length");
    }
    ByteBuffer b = ByteBuffer.allocate(HEADER + 5 * cells);
    b.put(MAGIC).putInt(VERSION).put(key.getBytes(StandardCharsets.US_ASCII)).putInt(destination)
        .putInt(cells).putInt(5 * cells).putLong(0);
    b.asFloatBuffer().put(field.distNm());
    b.position(HEADER + 4 * cells);
    b.put(field.nextMove());
    CRC32 crc = new CRC32();
    crc.update(b.array(), HEADER, 5 * cells);
    b.putLong(HEADER - 8, crc.getValue());
    return b.array();
  }

  @Override
  public void save(String key, int destination, FieldArrays field) {
    if (!writable) {
      return;
    }
    Path tmp = null;
    try {
      Path f = file(key, destination);
      Files.createDirectories(f.getParent());
      tmp = Files.createTempFile(f.getParent(), "." + destination + ".", ".part");
      Files.write(tmp, encode(key, destination, field));
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      writable = false; // an unwritable or full cache: keep fields in memory only
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | SecurityException e) {
          // nothing more to do: a stray .part file is ignored by load
        }
      }
    }
  }

  @Override
  public int[] destinations(String key) {
    checkKey(key);
    try (Stream<Path> files = Files.list(folder.resolve(key.substring(0, 32)))) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> FIELD_FILE.matcher(name).matches())
          .mapToInt(name -> Integer.parseInt(name.substring(0, name.length() - ".field".length())))
          .sorted()
          .toArray();
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return new int[0]; // no folder yet, or one that cannot be listed: nothing kept
    }
  }

  private static void checkKey(String key) {
    if (key == null || key.length() != 64 || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("a key is 64 lower-case hex digits");
    }
  }

  @Override
  public String toString() {
    return "distance fields in " + folder;
  }
}
