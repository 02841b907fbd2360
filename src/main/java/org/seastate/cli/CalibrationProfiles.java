package org.seastate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.seastate.analysis.Charts;
import org.seastate.analysis.ProfileChart;
import org.seastate.io.Numbers;
import org.seastate.sweep.Calibration.Evaluation;
import org.seastate.sweep.Calibration.Target;
import org.seastate.sweep.FitParameter;
import org.seastate.sweep.ProfileCsv;
import org.seastate.sweep.Profiles.Profile;
import org.seastate.sweep.Profiles;

/**
 * The profile step of {@code calibrate}: the loss profile of each parameter around the fitted
 * (or current) values, written as {@code profiles.csv}, one chart per parameter and the
 * "Profiles" section of calibration.md. Apart from the command so that the identifiability
 * check reads as one piece.
 */
final class CalibrationProfiles {
  private CalibrationProfiles() {}

  /**
   * Profiles every parameter around {@code at} (the evaluation of the fitted values, or of the
   * scenario as it is); {@code current} gives a parameter's value where {@code at} does not set it.
   */
  static List<Profile> run(List<FitParameter> params, Evaluation at, Function<String, Object> current, int points,
      Function<Map<String, Object>, Evaluation> evaluate, PrintWriter err) {
    List<Profile> out = new ArrayList<>();
    for (FitParameter p : params) {
      Object fitted = at.overrides().containsKey(p.path()) ? at.overrides().get(p.path()) : current.apply(p.path());
      out.add(Profiles.profile(p, at.overrides(), fitted, at.loss(), points, values -> {
        Evaluation e = evaluate.apply(values);
        err.printf(Locale.ROOT, "  profile %s = %s: loss %.4f%n", p.path(), values.get(p.path()), e.loss());
        err.flush();
        return e;
      }));
    }
    return out;
  }

  /** Writes profiles.csv into {@code dir} and charts/profile-NAME.png|svg. */
  static void write(Path dir, List<Target> targets, List<Profile> profiles, String subtitle) throws IOException {
    ProfileCsv.write(dir.resolve("profiles.csv"), targets, profiles);
    Path charts = dir.resolve("charts");
    Files.createDirectories(charts);
    Map<String, String> names = Profiles.shortNames(profiles.stream().map(Profile::parameter).toList());
    for (Profile p : profiles) {
      double[] x = p.points().stream().mapToDouble(Profiles.Point::x).toArray();
      double[] y = p.points().stream().mapToDouble(Profiles.Point::loss).toArray();
      String path = p.parameter().path();
      ProfileChart.Profile chart = new ProfileChart.Profile(path, x, y, ((Number) p.fitted()).doubleValue(),
          p.lossAtFit(), subtitle, p.identifiable() ? null : p.verdict());
      ProfileChart.write(chart, charts, "profile-" + names.get(path), Charts.WIDTH, Charts.HEIGHT);
    }
  }

  /** The "Profiles" section of calibration.md (and of what calibrate prints). */
  static String markdown(List<Profile> profiles, int points, int replicates, boolean fitted) {
    String at = fitted ? "fitted" : "current";
    StringBuilder sb = new StringBuilder("\n## Profiles\n\n");
    sb.append(String.format(Locale.ROOT, "Loss at %d evenly spaced values across each parameter's bounds (whole"
        + " numbers for counts), the other parameters at their %s values, over the same %d replicates and seeds"
        + " (common random numbers). A parameter is identifiable when the lowest loss lies inside its bounds (not at"
        + " either end) and the profile is not flat (loss range at least %.0f%% of the loss at the %s values, %.4f,"
        + " and at least %.2f). Every point, with the loss split by target: `profiles.csv`; charts:"
        + " `charts/profile-*.png|svg`.%n%n", points, at, replicates, 100 * Profiles.FLAT_RELATIVE, at,
        profiles.isEmpty() ? Double.NaN : profiles.get(0).lossAtFit(), Profiles.FLAT_ABSOLUTE));
    sb.append("| parameter | bounds | ").append(at)
        .append(" | lowest loss at | minimum inside? | loss range | identifiable? |\n");
    sb.append("|---|---|--:|--:|:-:|--:|---|\n");
    for (Profile p : profiles) {
      FitParameter fp = p.parameter();
      sb.append("| `").append(fp.path()).append("` | ").append(Numbers.format(fp.lower())).append('–')
          .append(Numbers.format(fp.upper())).append(" | ").append(value(p.fitted())).append(" | ")
          .append(value(p.lowest().value())).append(" | ").append(p.minimumInside() ? "yes" : "no").append(" | ")
          .append(String.format(Locale.ROOT, "%.3f–%.3f", p.lossMin(), p.lossMax())).append(" | ")
          .append(p.identifiable() ? "yes" : p.verdict().replace("not identifiable", "**not identifiable**"))
          .append(" |\n");
    }
    StringBuilder notes = new StringBuilder();
    for (Profile p : profiles) {
      String path = "`" + p.parameter().path() + "`";
      p.plateau().ifPresent(r -> notes.append("- ").append(path).append(": the loss is the same from ")
          .append(value(r[0])).append(" to ").append(value(r[1])).append(" (the parameter has no effect there).\n"));
      if (p.beatsFit()) {
        notes.append(String.format(Locale.ROOT, "- %s: the profile reaches a lower loss (%.4f at %s) than the %s"
            + " values (%.4f)%s.%n", path, p.lossMin(), value(p.lowest().value()), at, p.lossAtFit(),
            fitted ? ": the search stopped short of the minimum (more --max-evals)" : ""));
      }
    }
    if (notes.length() > 0) {
      sb.append('\n').append(notes);
    }
    return sb.toString();
  }

  private static String value(Object v) {
    double d = ((Number) v).doubleValue();
    return Math.abs(d) >= 10 || d == Math.rint(d) ? Numbers.format(Math.round(d * 100) / 100.0)
        : String.format(Locale.ROOT, "%.3g", d);
  }
}
