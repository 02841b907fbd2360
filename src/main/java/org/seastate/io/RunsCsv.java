package org.seastate.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads runs.csv back, one row at a time (for manifests, merges and checks). */
public final class RunsCsv {
  private RunsCsv() {}

  /**
   * Calls {@code each} with every row as a run record without rows or summary: run id, point,
   * replicate, seed, status (error) and factor values as printed.
   */
  public static void forEach(Path runsCsv, List<String> factorPaths, Consumer<RunRecord> each) throws IOException {
    try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : p) {
        Map<String, Object> factors = new LinkedHashMap<>();
        for (String f : factorPaths) {
          factors.put(f, r.get(f));
        }
        String error = r.get("error");
        each.accept(new RunRecord(Long.parseLong(r.get("run_id")), Long.parseLong(r.get("point")),
            Integer.parseInt(r.get("replicate")), Long.parseUnsignedLong(r.get("seed")), factors,
            Optional.empty(), RunStatus.of(r.get("status")).orElse(null) == RunStatus.FAILED ? Optional.of(error) : Optional.empty(),
            List.of(), List.of()));
      }
    }
  }
}
