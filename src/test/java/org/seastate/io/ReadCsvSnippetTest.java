package org.seastate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.seastate.model.SeaEvent;

/**
 * The pandas {@code dtype=} and R {@code colClasses} snippets of results/README.md name the
 * real columns of the golden run's files, agree with each other, and declare a plain integer
 * only where the writer never leaves a cell empty (a failed run's row, an act row).
 */
class ReadCsvSnippetTest {
  private static final Path README = Path.of("results/README.md");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-2023-seed7-30d");
  private static final List<String> FILES = List.of("runs", "metrics", "timeseries", "events");

  @Test
  void pandasTypesNameTheRealColumnsAndFitTheirValues() throws IOException {
    Map<String, Map<String, String>> py = python();
    assertThat(py.keySet()).containsExactlyElementsOf(FILES);
    for (String f : FILES) {
      List<String> header = ResultNamesTest.header(GOLDEN.resolve(f + ".csv"));
      Map<String, String> types = py.get(f);
      if (f.equals("runs")) {
        List<String> fixed = new ArrayList<>(ResultColumns.RUNS_LEAD);
        fixed.addAll(ResultColumns.RUNS_TAIL_FIXED);
        assertThat(types.keySet()).as(f).containsExactlyElementsOf(fixed);
        assertThat(header).containsAll(fixed);
      } else {
        assertThat(types.keySet()).as(f).containsExactlyElementsOf(header);
      }
      assertThat(types.values()).allMatch(t -> List.of("int64", "Int64", "float64", "string").contains(t), f);
      for (CSVRecord r : ResultNamesTest.rows(GOLDEN.resolve(f + ".csv"))) {
        types.forEach((column, type) -> fits(f, column, type, r.get(column)));
      }
    }
  }

  @Test
  void rClassesAgreeWithThePandasTypes() throws IOException {
    Map<String, Map<String, String>> py = python();
    Map<String, Map<String, String>> r = blocks(Pattern.compile("(\\w+)_classes <- c\\((.*?)\\)\\n"),
        Pattern.compile("(\\w+) = \"(\\w+)\""));
    assertThat(r.keySet()).containsExactlyElementsOf(FILES);
    for (String f : FILES) {
      assertThat(r.get(f).keySet()).as(f).containsExactlyElementsOf(py.get(f).keySet());
      r.get(f).forEach((column, rType) -> {
        String pType = py.get(f).get(column);
        String want = column.equals("seed") ? "numeric" // above R's 32-bit integer
            : column.equals("date") ? "Date"
            : pType.equalsIgnoreCase("int64") ? "integer" : pType.equals("float64") ? "numeric" : "character";
        assertThat(rType).as(f + "." + column).isEqualTo(want);
      });
    }
  }

  /** Cells the writer leaves empty are never declared plain int64 (pandas would refuse the file). */
  @Test
  void columnsThatMayBeEmptyAreNullable() throws IOException {
    Map<String, Map<String, String>> py = python();
    SeaEvent.Act act = new SeaEvent.Act(0, 5, LocalDate.of(2023, 1, 1), "f", 1, 2, "CN", "PH", "a", "b",
        "coast_guard", 4, false);
    emptyCellsAreNullable(py.get("events"), ResultColumns.EVENTS, ResultsWriter.eventRow(0, act, false));
    RunRecord failed = new RunRecord(0, 0, 0, 1, Map.of(), Optional.empty(), Optional.of("boom"), List.of(), List.of());
    List<String> header = new ArrayList<>(ResultColumns.RUNS_LEAD);
    header.addAll(ResultColumns.RUNS_TAIL_FIXED);
    RunRecord ok = new RunRecord(0, 0, 0, 1, Map.of(), Optional.empty(), Optional.empty(), List.of(), List.of());
    emptyCellsAreNullable(py.get("runs"), header, ResultsWriter.runsRow(failed, List.of(), List.of()));
    emptyCellsAreNullable(py.get("runs"), header, ResultsWriter.runsRow(ok, List.of(), List.of()));
  }

  private static void emptyCellsAreNullable(Map<String, String> types, List<String> header, List<Object> row) {
    for (int i = 0; i < header.size(); i++) {
      if (String.valueOf(row.get(i)).isEmpty()) {
        assertThat(types.get(header.get(i))).as(header.get(i) + " may be empty").isNotEqualTo("int64");
      }
    }
  }

  private static void fits(String file, String column, String type, String v) {
    String what = file + ".csv " + column + " '" + v + "' as " + type;
    switch (type) {
      case "int64" -> assertThat(v).as(what).matches("-?[0-9]+");
      case "Int64" -> assertThat(v).as(what).matches("(-?[0-9]+)?");
      case "float64" -> assertThat(v).as(what).matches("|NaN|-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?");
      default -> { }
    }
  }

  private static Map<String, Map<String, String>> python() throws IOException {
    return blocks(Pattern.compile("(RUNS|METRICS|TIMESERIES|EVENTS) = \\{(.*?)\\}", Pattern.DOTALL),
        Pattern.compile("\"(\\w+)\": \"(\\w+)\""));
  }

  private static Map<String, Map<String, String>> blocks(Pattern block, Pattern pair) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    Matcher b = block.matcher(Files.readString(README));
    while (b.find()) {
      Map<String, String> types = new LinkedHashMap<>();
      Matcher p = pair.matcher(b.group(2));
      while (p.find()) {
        types.put(p.group(1), p.group(2));
      }
      out.put(b.group(1).toLowerCase(java.util.Locale.ROOT), types);
    }
    return out;
  }
}
