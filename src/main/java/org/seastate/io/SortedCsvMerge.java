package org.seastate.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Merges result files that are each sorted by run id (their first column) and hold disjoint
 * runs into one file sorted by run id, streaming. Values are re-printed in the same CSV dialect,
 * so rows come out byte for byte as they went in.
 *
 * <p>Headers may differ only in trailing columns (a part whose runs all failed has no summary
 * columns in runs.csv): the longest header is used and rows are matched to it by column name.
 */
public final class SortedCsvMerge {
  private SortedCsvMerge() {}

  public static void merge(List<Path> inputs, Path output) throws IOException {
    List<CSVParser> parsers = new ArrayList<>();
    try {
      List<String> header = List.of();
      List<Cursor> cursors = new ArrayList<>();
      for (Path in : inputs) {
        Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        CSVParser p = ResultsWriter.FORMAT.parse(r);
        parsers.add(p);
        Iterator<CSVRecord> it = p.iterator();
        if (!it.hasNext()) {
          throw new IOException(in + " is empty; expected a header row");
        }
        List<String> h = it.next().toList();
        if (h.size() > header.size()) {
          header = h;
        }
        cursors.add(new Cursor(h, it));
      }
      for (int i = 0; i < cursors.size(); i++) {
        List<String> h = cursors.get(i).header;
        if (!header.subList(0, h.size()).equals(h)) {
          throw new IOException("the columns of " + inputs.get(i) + " do not match those of the other parts");
        }
      }
      try (Writer w = new BufferedWriter(new OutputStreamWriter(AtomicFiles.newOutputStream(output), StandardCharsets.UTF_8))) {
        CSVPrinter out = new CSVPrinter(w, ResultsWriter.FORMAT);
        out.printRecord(header);
        while (true) {
          Cursor next = null;
          for (Cursor c : cursors) {
            if (c.current != null && (next == null || c.id() < next.id())) {
              next = c;
            }
          }
          if (next == null) {
            break;
          }
          long id = next.id();
          while (next.current != null && next.id() == id) {
            List<String> row = next.current.toList();
            while (row.size() < header.size()) {
              row.add("");
            }
            out.printRecord(row);
            next.advance();
          }
        }
        out.flush();
      }
    } finally {
      for (CSVParser p : parsers) {
        p.close();
      }
    }
  }

  private static final class Cursor {
    final List<String> header;
    final Iterator<CSVRecord> rows;
    CSVRecord current;

    Cursor(List<String> header, Iterator<CSVRecord> rows) {
      this.header = header;
      this.rows = rows;
      advance();
    }

    void advance() {
      current = rows.hasNext() ? rows.next() : null;
    }

    long id() {
      return Long.parseLong(current.get(0));
    }
  }
}
