package org.seastate.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.seastate.analysis.Observations;
import org.seastate.io.Numbers;
import org.seastate.io.ResultsWriter;
import org.seastate.sweep.Calibration.Target;
import org.seastate.sweep.Profiles.Point;
import org.seastate.sweep.Profiles.Profile;

/**
 * {@code profiles.csv}: one row per profile point, with the loss split into its terms so a
 * reader can see which observation makes (or fails to make) a parameter identifiable.
 * Columns: {@code parameter, value, loss}, then {@code sq_error:<target>} per fitted target.
 */
public final class ProfileCsv {
  /** The columns every profiles.csv starts with. */
  public static final List<String> FIXED = List.of("parameter", "value", "loss");

  private ProfileCsv() {}

  /** The header for these targets (the fitted ones get a column each, in order). */
  public static List<String> header(List<Target> targets) {
    List<String> h = new ArrayList<>(FIXED);
    for (Target t : targets) {
      if (t.fitted()) {
        String c = column(t);
        String unique = c;
        for (int n = 2; h.contains(unique); n++) {
          unique = c + "#" + n;
        }
        h.add(unique);
      }
    }
    return h;
  }

  /**
   * A target's column: {@code sq_error:} then its features joined by {@code +} and its metric
   * ({@code sq_error:scarborough-shoal:presence_calendar_days}, {@code sq_error:militia_daily_mean});
   * nation and agency follow when they are not AMTI's CN coast guard.
   */
  static String column(Target t) {
    StringBuilder b = new StringBuilder("sq_error:");
    if (!t.features().isEmpty()) {
      b.append(String.join("+", t.features())).append(':');
    }
    b.append(t.metric());
    if (!t.features().isEmpty() && !(t.nation().equals(Observations.DEFAULT_NATION) && t.agency().equals(Observations.DEFAULT_AGENCY))) {
      b.append(':').append(t.nation()).append('/').append(t.agency());
    }
    return b.toString();
  }

  public static void write(Path file, List<Target> targets, List<Profile> profiles) throws IOException {
    try (CSVPrinter p = ResultsWriter.FORMAT.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      p.printRecord(header(targets));
      for (Profile pr : profiles) {
        for (Point pt : pr.points()) {
          List<String> row = new ArrayList<>();
          row.add(pr.parameter().path());
          row.add(Numbers.format(pt.x()));
          row.add(Numbers.format(pt.loss()));
          pt.terms().forEach(t -> row.add(Numbers.format(t)));
          p.printRecord(row);
        }
      }
    }
  }
}
