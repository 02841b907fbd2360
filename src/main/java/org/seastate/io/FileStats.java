package org.seastate.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The row count (CSV records after the header) and SHA-256 of a result file, as recorded in
 * the manifest, so that merge and resume can tell a complete file from a damaged or edited one.
 * For a Parquet file the row count is the one its footer records.
 *
 * @param rows data rows (CSV records, not lines: a quoted value may span lines)
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record FileStats(long rows, String sha256) {

  /** Reads {@code file} once. */
  public static FileStats of(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".parquet")) {
      MessageDigest sha = newDigest();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new FileStats(ParquetTables.rows(file), HexFormat.of().formatHex(sha.digest()));
    }
    MessageDigest sha = newDigest();
    long records = 0;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
         Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.parse(r)) {
      for (var ignored : p) {
        records++;
      }
      in.transferTo(java.io.OutputStream.nullOutputStream()); // anything the parser did not read
    }
    return new FileStats(Math.max(0, records - 1), HexFormat.of().formatHex(sha.digest()));
  }

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
