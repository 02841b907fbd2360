package org.seastate.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seastate.io.CsvTable;
import org.seastate.io.ResultsReader;
import org.seastate.io.SeriesNames;

/**
 * One series of timeseries.csv (or the sum of its breakdowns) per successful run and date, read
 * row by row: the rows themselves are never held, only one number per run and date, so a
 * 10,000-run sweep's timeseries.csv (millions of rows) takes 9 bytes × runs × dates.
 */
final class SeriesSums {
  /** Rows of the wanted series, every run's. */
  private long rows;
  /** The series names summed (of the successful runs' rows). */
  private final TreeSet<String> matched = new TreeSet<>();
  private final Map<String, Integer> columnOfDate = new HashMap<>();
  private final List<double[]> sums = new ArrayList<>();
  private final List<BitSet> present = new ArrayList<>();
  private final List<String> dates = new ArrayList<>();

  private SeriesSums() {}

  /**
   * Sums the rows whose series is {@code series} or one of its breakdowns, per run and date.
   *
   * @param series a series name in the {@code name[tags]} form (see {@link SeriesNames#matches})
   * @param runIndex the index of each successful run by its run id; other runs' rows are skipped
   */
  static SeriesSums read(Path timeseries, String series, Map<Long, Integer> runIndex) {
    SeriesSums s = new SeriesSums();
    int runs = runIndex.size();
    Map<String, Boolean> wanted = new HashMap<>();
    ResultsReader.scan(timeseries, header -> {
      CsvTable columns = new CsvTable("timeseries.csv", header, List.of());
      int run = columns.column("run_id");
      int date = columns.column("date");
      int name = columns.column("series");
      int value = columns.column("value");
      return cells -> {
        String raw = cells.get(name);
        Boolean keep = wanted.get(raw);
        if (keep == null) {
          keep = SeriesNames.matches(SeriesNames.csvName(raw), series);
          wanted.put(raw, keep);
        }
        if (!keep) {
          return;
        }
        s.rows++;
        Integer i = runIndex.get(Long.parseLong(cells.get(run)));
        if (i == null) {
          return;
        }
        s.matched.add(SeriesNames.csvName(raw));
        String d = cells.get(date);
        Integer c = s.columnOfDate.get(d);
        if (c == null) {
          c = s.sums.size();
          s.columnOfDate.put(d, c);
          s.dates.add(d);
          s.sums.add(new double[runs]);
          s.present.add(new BitSet(runs));
        }
        double v = CsvTable.parse(cells.get(value));
        if (s.present.get(c).get(i)) {
          s.sums.get(c)[i] += v;
        } else {
          s.sums.get(c)[i] = v;
          s.present.get(c).set(i);
        }
      };
    });
    return s;
  }

  /** Rows of the wanted series in the file, those of failed or unknown runs included. */
  long rows() {
    return rows;
  }

  /** The series names summed, sorted. */
  TreeSet<String> matched() {
    return matched;
  }

  /**
   * Per date (ascending), the values of the given runs that have one on that date, in the
   * order of {@code runs}; dates none of them has are left out.
   */
  TreeMap<LocalDate, double[]> byDate(List<Integer> runs) {
    TreeMap<LocalDate, double[]> out = new TreeMap<>();
    for (int c = 0; c < dates.size(); c++) {
      BitSet has = present.get(c);
      double[] sum = sums.get(c);
      double[] x = runs.stream().filter(has::get).mapToDouble(i -> sum[i]).toArray();
      if (x.length > 0) {
        out.put(LocalDate.parse(dates.get(c)), x);
      }
    }
    return out;
  }

  /** The first date any successful run has, or null. */
  LocalDate first() {
    return dates.stream().map(LocalDate::parse).min(LocalDate::compareTo).orElse(null);
  }
}
