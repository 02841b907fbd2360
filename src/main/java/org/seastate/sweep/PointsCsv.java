package org.seastate.sweep;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.io.AtomicFiles;
import org.seastate.io.ResultsWriter;

/**
 * {@code points.csv}: one row per design point (point, design, block, base_index, then the
 * factor values), so an analysis can rebuild the design, e.g. Sobol's A, B and ABi matrices,
 * and join it to runs.csv on {@code point}.
 */
final class PointsCsv {
  static final List<String> LEAD = List.of("point", "design", "block", "base_index");

  private PointsCsv() {}

  static void write(Path file, String design, List<String> factorPaths, List<DesignPoint> points) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      List<String> header = new ArrayList<>(LEAD);
      header.addAll(factorPaths);
      p.printRecord(header);
      for (DesignPoint pt : points) {
        List<Object> row = new ArrayList<>(List.of(pt.index(), design, pt.block(), pt.baseIndex()));
        for (String f : factorPaths) {
          row.add(ResultsWriter.value(pt.values().get(f)));
        }
        p.printRecord(row);
      }
      p.flush();
    });
  }
}
