package org.seastate.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The committed theater raster ({@code theater.bin}): a gzip stream (no file name, modification
 * time 0, so the bytes depend only on the content) holding, in Java {@code DataOutput} encoding
 * (big-endian):
 *
 * <pre>
 * bytes[4]  magic "SSTH"
 * int       format version (1)
 * double    south edge, degrees
 * double    west edge, degrees
 * int       height, whole degrees
 * int       width, whole degrees
 * int       cells per degree
 * byte      number of nations N (at most 15)
 * N × UTF   nation codes; code k (1-based) is written as k in the owner bits
 * int       cell count = rows × cols
 * bytes     one byte per cell, row 0 (north) first, west to east within a row:
 *             bits 0–3  EEZ owner: 0 none, k = k-th nation code
 *             bit 4     land
 *             bit 5     inside China's dashed line (water cells only)
 *             bit 6     navigable (water connected to the open South China Sea)
 *             bit 7     0 (reserved)
 * </pre>
 */
public final class TheaterFile {

  static final String RESOURCE = "theater.bin";
  static final int VERSION = 1;
  public static final int OWNER_MASK = 0x0F;
  public static final int LAND = 0x10;
  public static final int DASHED = 0x20;
  public static final int NAVIGABLE = 0x40;
  private static final byte[] MAGIC = {'S', 'S', 'T', 'H'};

  /** The decoded content. */
  public record Content(TheaterGrid grid, int heightDeg, int widthDeg, List<String> nations, byte[] cells) {}

  private TheaterFile() {}

  public static void write(Content c, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(gz);
    d.write(MAGIC);
    d.writeInt(VERSION);
    d.writeDouble(c.grid().south());
    d.writeDouble(c.grid().west());
    d.writeInt(c.heightDeg());
    d.writeInt(c.widthDeg());
    d.writeInt(c.grid().cellsPerDegree());
    if (c.nations().size() > OWNER_MASK) {
      throw new IllegalArgumentException("at most 15 nations fit in the owner bits");
    }
    d.writeByte(c.nations().size());
    for (String n : c.nations()) {
      d.writeUTF(n);
    }
    d.writeInt(c.cells().length);
    d.write(c.cells());
    d.flush();
    gz.finish();
  }

  static Content read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    byte[] magic = new byte[4];
    d.readFully(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a theater raster (bad magic)");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported theater raster version " + version);
    }
    double south = d.readDouble();
    double west = d.readDouble();
    int h = d.readInt();
    int w = d.readInt();
    int cpd = d.readInt();
    TheaterGrid grid = new TheaterGrid(south, west, h, w, cpd);
    int n = d.readUnsignedByte();
    List<String> nations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      nations.add(d.readUTF());
    }
    int count = d.readInt();
    if (count != grid.cellCount()) {
      throw new IOException("cell count " + count + " does not match grid " + grid.cellCount());
    }
    byte[] cells = new byte[count];
    d.readFully(cells);
    return new Content(grid, h, w, List.copyOf(nations), cells);
  }
}
