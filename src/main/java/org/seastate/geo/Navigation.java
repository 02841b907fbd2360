package org.seastate.geo;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortest water routes over the navigable cells of a theater. A route moves between cell
 * centres with a 16-neighbourhood: the 8 neighbours (a diagonal step only when both cells it
 * passes beside are navigable too) and the 8 knight moves (only when both cells the straight
 * line passes through are navigable), each costing its true great-circle length. A route
 * therefore never enters a land cell.
 *
 * <p>{@link #fieldTo(int)} builds a {@link DistanceField} with Dijkstra on first request and
 * caches it; concurrent requests for the same destination wait for one build, requests for
 * different destinations build in parallel. With a {@link DistanceFieldStore} (see
 * {@link #useStore}) a field is first looked up there and every field built is saved there, so
 * later processes skip Dijkstra; the fields are the same either way. Thread-safe.
 */
public final class Navigation {

  /** Row and column offsets of the 16 moves; move {@code k ^ 1} is the reverse of move {@code k}. */
  static final int[] DR = {-1, 1, 0, 0, -1, 1, -1, 1, -2, 2, -2, 2, -1, 1, -1, 1};
  static final int[] DC = {0, 0, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, -2, 2, 2, -2};
  static final int MOVES = 16;
  /**
   * Version of the field computation in {@link #key()}: raise it when {@link #build} changes in
   * a way the key's inputs (grid, navigable cells, moves, step lengths) do not show.
   */
  static final int FIELD_VERSION = 1;

  private final TheaterGrid grid;
  private final boolean[] navigable;
  private final int[] offset = new int[MOVES];
  /** stepNm[k * rows + r]: length of move k from a cell in row r. */
  private final double[] stepNm;
  private final ConcurrentHashMap<Integer, Lazy> cache = new ConcurrentHashMap<>();
  private volatile DistanceFieldStore store = DistanceFieldStore.NONE;
  private volatile String key;

  Navigation(TheaterGrid grid, boolean[] navigable) {
    this.grid = grid;
    this.navigable = navigable;
    int rows = grid.rows();
    stepNm = new double[MOVES * rows];
    for (int k = 0; k < MOVES; k++) {
      offset[k] = DR[k] * grid.cols() + DC[k];
      for (int r = 0; r < rows; r++) {
        int r2 = r + DR[k];
        stepNm[k * rows + r] = r2 < 0 || r2 >= rows ? Double.NaN
            : GreatCircle.distanceNm(grid.centreLat(r), grid.centreLon(0),
                grid.centreLat(r2), grid.centreLon(DC[k]));
      }
    }
  }

  public TheaterGrid grid() {
    return grid;
  }

  public boolean isNavigable(int cell) {
    return cell >= 0 && cell < navigable.length && navigable[cell];
  }

  /**
   * Keeps fields in {@code store} from now on: fields not yet in memory are looked up there
   * first, and fields built are saved there. {@link DistanceFieldStore#NONE} turns this off.
   */
  public void useStore(DistanceFieldStore store) {
    this.store = java.util.Objects.requireNonNull(store, "store");
  }

  /** The store fields are kept in ({@link DistanceFieldStore#NONE} unless {@link #useStore} set one). */
  public DistanceFieldStore store() {
    return store;
  }

  /**
   * A SHA-256 (hex) of everything a field depends on besides its destination: the grid's box and
   * resolution, the navigable cells, the moves, the length of every move from every row and
   * {@link #FIELD_VERSION}. Equal keys give equal fields for equal destinations.
   */
  public String key() {
    String k = key;
    if (k == null) {
      k = computeKey();
      key = k;
    }
    return k;
  }

  private String computeKey() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    ByteBuffer b = ByteBuffer.allocate(8 * (4 + stepNm.length) + 4 * (4 + 2 * MOVES));
    b.putInt(FIELD_VERSION).putDouble(grid.south()).putDouble(grid.west()).putInt(grid.rows())
        .putInt(grid.cols()).putInt(grid.cellsPerDegree()).putInt(MOVES);
    for (int k = 0; k < MOVES; k++) {
      b.putInt(DR[k]).putInt(DC[k]);
    }
    for (double d : stepNm) {
      b.putDouble(d);
    }
    sha.update(b.array(), 0, b.position());
    byte[] mask = new byte[(navigable.length + 7) / 8];
    for (int i = 0; i < navigable.length; i++) {
      if (navigable[i]) {
        mask[i >>> 3] |= (byte) (1 << (i & 7));
      }
    }
    sha.update(mask);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The distance field towards a navigable destination cell, built once and cached. */
  public DistanceField fieldTo(int destinationCell) {
    if (!isNavigable(destinationCell)) {
      throw new IllegalArgumentException("destination cell " + destinationCell + " is not navigable");
    }
    return cache.computeIfAbsent(destinationCell, Lazy::new).get();
  }

  /** The distance field towards the navigable cell nearest a point (see {@link #nearestNavigableCell}). */
  public DistanceField fieldTo(LatLon destination) {
    return fieldTo(nearestNavigableCell(destination));
  }

  /**
   * Brings into memory every field the store keeps under this navigation's key, as
   * {@link #fieldTo(int)} would on first use (a damaged entry is rebuilt and replaced). A process
   * calls this on a second thread at its start, so the first routes of a run need not wait for
   * the disk; the fields, and so the results, are the same either way.
   *
   * @return how many fields are in memory afterwards
   */
  public int loadStoredFields() {
    DistanceFieldStore s = store;
    if (s != DistanceFieldStore.NONE) {
      for (int destination : s.destinations(key())) {
        if (isNavigable(destination)) {
          fieldTo(destination);
        }
      }
    }
    return cache.size();
  }

  /** Number of distance fields built so far. */
  public int cachedFields() {
    return cache.size();
  }

  /**
   * The navigable cell whose centre is nearest a point by great circle (ties: lowest index).
   * Works for points off the grid too.
   */
  public int nearestNavigableCell(LatLon p) {
    int start = grid.cellOf(p);
    if (start >= 0 && navigable[start]) {
      return start;
    }
    int rows = grid.rows();
    int cols = grid.cols();
    int r0 = Math.max(0, Math.min(rows - 1, grid.rowOf(p.lat())));
    int c0 = Math.max(0, Math.min(cols - 1, grid.colOf(p.lon())));
    double cosMin = Math.cos(Math.toRadians(Math.max(Math.abs(grid.north()), Math.abs(grid.south()))));
    double cellNm = grid.cellHeightNm();
    int best = -1;
    double bestD = Double.POSITIVE_INFINITY;
    int maxRing = Math.max(rows, cols);
    for (int k = 0; k <= maxRing; k++) {
      // every cell of ring k is at least (k - 1) cells from the point in row or column
      if (best >= 0 && (k - 1) * cellNm * cosMin > bestD) {
        break;
      }
      for (int r = r0 - k; r <= r0 + k; r++) {
        if (r < 0 || r >= rows) {
          continue;
        }
        boolean edgeRow = r == r0 - k || r == r0 + k;
        int step = edgeRow ? 1 : 2 * k;
        for (int c = c0 - k; c <= c0 + k; c += Math.max(1, step)) {
          if (c < 0 || c >= cols) {
            continue;
          }
          int cell = r * cols + c;
          if (!navigable[cell]) {
            continue;
          }
          double d = GreatCircle.distanceNm(p.lat(), p.lon(), grid.centreLat(r), grid.centreLon(c));
          if (d < bestD || (d == bestD && cell < best)) {
            bestD = d;
            best = cell;
          }
        }
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no navigable cell in the theater");
    }
    return best;
  }

  /** Whether move k from cell (r, c) stays on navigable water. */
  boolean allowed(int r, int c, int k) {
    int rows = grid.rows();
    int cols = grid.cols();
    int dr = DR[k];
    int dc = DC[k];
    int r2 = r + dr;
    int c2 = c + dc;
    if (r2 < 0 || r2 >= rows || c2 < 0 || c2 >= cols || !navigable[r2 * cols + c2]) {
      return false;
    }
    if (k < 4) {
      return true;
    }
    if (k < 8) { // diagonal: both side cells
      return navigable[r2 * cols + c] && navigable[r * cols + c2];
    }
    if (Math.abs(dr) == 2) { // knight, two rows: passes row r + sign(dr) in columns c and c2
      int rm = r + Integer.signum(dr);
      return navigable[rm * cols + c] && navigable[rm * cols + c2];
    }
    int cm = c + Integer.signum(dc); // knight, two columns
    return navigable[r * cols + cm] && navigable[r2 * cols + cm];
  }

  double stepNm(int row, int move) {
    return stepNm[move * grid.rows() + row];
  }

  int offset(int move) {
    return offset[move];
  }

  /** The field from the store when it has a sound one, else built here and saved to the store. */
  private DistanceField loadOrBuild(int destination) {
    DistanceFieldStore s = store;
    if (s != DistanceFieldStore.NONE) {
      Optional<DistanceFieldStore.FieldArrays> kept = s.load(key(), destination, grid.cellCount());
      if (kept.isPresent() && sound(destination, kept.get())) {
        return new DistanceField(this, destination, kept.get().distNm(), kept.get().nextMove());
      }
    }
    DistanceField f = build(destination);
    if (s != DistanceFieldStore.NONE) {
      s.save(key(), destination, new DistanceFieldStore.FieldArrays(f.distArray(), f.nextArray()));
    }
    return f;
  }

  /**
   * Whether stored arrays can be a field to this destination: right lengths, zero at the
   * destination, every move a valid one that stays on the grid and ends nearer the destination.
   */
  private boolean sound(int destination, DistanceFieldStore.FieldArrays a) {
    int n = grid.cellCount();
    float[] dist = a.distNm();
    byte[] next = a.nextMove();
    if (dist == null || next == null || dist.length != n || next.length != n
        || dist[destination] != 0f || next[destination] != -1) {
      return false;
    }
    int cols = grid.cols();
    for (int v = 0; v < n; v++) {
      int k = next[v];
      if (k == -1) {
        if (v != destination && dist[v] != Float.POSITIVE_INFINITY) {
          return false;
        }
        continue;
      }
      if (k < 0 || k >= MOVES || !navigable[v] || !allowed(v / cols, v % cols, k)
          || !(dist[v + offset[k]] < dist[v])) {
        return false;
      }
    }
    return true;
  }

  private DistanceField build(int destination) {
    int n = grid.cellCount();
    int cols = grid.cols();
    double[] dist = new double[n];
    java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
    byte[] next = new byte[n];
    java.util.Arrays.fill(next, (byte) -1);
    boolean[] done = new boolean[n];
    MinHeap heap = new MinHeap(1 << 14);
    dist[destination] = 0;
    heap.push(0, destination);
    while (heap.size > 0) {
      double d = heap.topKey();
      int u = heap.pop();
      if (done[u] || d > dist[u]) {
        continue;
      }
      done[u] = true;
      int r = u / cols;
      int c = u - r * cols;
      for (int k = 0; k < MOVES; k++) {
        if (!allowed(r, c, k)) {
          continue;
        }
        int v = u + offset[k];
        if (done[v]) {
          continue;
        }
        double nd = d + stepNm[k * grid.rows() + r];
        if (nd < dist[v]) {
          dist[v] = nd;
          next[v] = (byte) (k ^ 1); // from v, the reverse move leads back to u
          heap.push(nd, v);
        }
      }
    }
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = (float) dist[i];
    }
    return new DistanceField(this, destination, f, next);
  }

  /** Builds a field once, on first {@link #get()}. */
  private final class Lazy {
    private final int destination;
    private volatile DistanceField field;

    Lazy(int destination) {
      this.destination = destination;
    }

    DistanceField get() {
      DistanceField f = field;
      if (f == null) {
        synchronized (this) {
          f = field;
          if (f == null) {
            f = loadOrBuild(destination);
            field = f;
          }
        }
      }
      return f;
    }
  }
}
