package org.seastate.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seastate.scenario.YNode.YList;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/**
 * What a run or sweep writes: the {@code outputs:} section of a scenario or sweep file. Most of
 * a results folder's bytes are the time series and the vessel names of events.csv; a sweep of
 * many runs that needs neither can leave them out.
 *
 * @param tables the tables written, in file order; {@code runs} is always among them
 * @param timeseriesDays days between time-series rows, counting from day 0 (the last day is
 *     always kept); 0 for none
 * @param eventVessels whether events.csv fills its {@code vessels} column (half its size)
 */
public record OutputSettings(List<String> tables, int timeseriesDays, boolean eventVessels) {
  /** Every table, in the order the files are described. */
  public static final List<String> TABLES = List.of("runs", "metrics", "timeseries", "events");
  /** The named time-series intervals, and their days. */
  public static final List<String> INTERVAL_WORDS = List.of("daily", "weekly", "monthly", "none");
  private static final int[] INTERVAL_DAYS = {1, 7, 30, 0};

  /** A run writes everything, a row per day. */
  public static final OutputSettings RUN = new OutputSettings(TABLES, 1, true);
  /** A sweep writes everything, a time-series row per week. */
  public static final OutputSettings SWEEP = new OutputSettings(TABLES, 7, true);

  public OutputSettings {
    for (String t : tables) {
      if (!TABLES.contains(t)) {
        throw new InvalidValueException("tables", "tables: unknown table '" + t + "'; expected some of " + TABLES);
      }
    }
    List<String> ordered = new ArrayList<>();
    for (String t : TABLES) {
      if (t.equals("runs") || tables.contains(t)) {
        ordered.add(t);
      }
    }
    tables = List.copyOf(ordered);
    if (timeseriesDays < 0 || timeseriesDays > Limits.MAX_HORIZON_DAYS) {
      throw new InvalidValueException("timeseries", "timeseries must be none or 1 to " + Limits.MAX_HORIZON_DAYS
          + " days, was " + timeseriesDays);
    }
  }

  /** Whether {@code table} ({@code runs}, {@code metrics}, ...) is written: timeseries only with an interval. */
  public boolean writes(String table) {
    return tables.contains(table) && (!table.equals("timeseries") || timeseriesDays > 0);
  }

  /** The CSV files written, e.g. {@code runs.csv}, in file order. */
  public List<String> files() {
    return TABLES.stream().filter(this::writes).map(t -> t + ".csv").toList();
  }

  /** The interval at which day reports are kept: 0 when timeseries.csv is not written. */
  public int recordedDays() {
    return writes("timeseries") ? timeseriesDays : 0;
  }

  public OutputSettings withTimeseriesDays(int days) {
    return new OutputSettings(tables, days, eventVessels);
  }

  /** Days of an interval as written in a file: a word of {@link #INTERVAL_WORDS} or a number. */
  public static int intervalDays(String text) {
    int w = INTERVAL_WORDS.indexOf(text.trim().toLowerCase(Locale.ROOT));
    if (w >= 0) {
      return INTERVAL_DAYS[w];
    }
    try {
      return Integer.parseInt(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("timeseries must be one of " + INTERVAL_WORDS
          + " or a whole number of days, was '" + text + "'");
    }
  }

  /** An interval as a file writes it: the word when there is one, else the number of days. */
  public static String intervalText(int days) {
    for (int i = 0; i < INTERVAL_DAYS.length; i++) {
      if (INTERVAL_DAYS[i] == days) {
        return INTERVAL_WORDS.get(i);
      }
    }
    return String.valueOf(days);
  }

  /** One line for manifests and sweep keys, e.g. {@code tables=runs,metrics timeseries=weekly event_vessels=true}. */
  public String describe() {
    return "tables=" + String.join(",", tables) + " timeseries=" + intervalText(timeseriesDays)
        + " event_vessels=" + eventVessels;
  }

  /**
   * The settings of an {@code outputs} mapping (defaults filled in), with the interval from
   * {@code outputs.timeseries}, else from the older key {@code aliasName} (still read), else
   * {@code dflt}'s. Giving both is a problem located at the older key.
   */
  static OutputSettings bind(YNode outputs, YNode alias, String aliasName, OutputSettings dflt, Problems problems) {
    YMap m = outputs instanceof YMap map ? map : null;
    YNode ts = m == null ? null : m.get("timeseries");
    boolean hasTs = ts instanceof YScalar s && !s.isNull();
    boolean hasAlias = alias instanceof YScalar a && !a.isNull();
    if (hasTs && hasAlias) {
      problems.add(alias.loc(), aliasName + " is the older spelling of outputs.timeseries; give only"
          + " outputs.timeseries");
    }
    int days = dflt.timeseriesDays();
    if (hasTs) {
      try {
        days = intervalDays(((YScalar) ts).text());
      } catch (IllegalArgumentException e) {
        return dflt; // the Checker has located the problem
      }
    } else if (hasAlias) {
      days = YValues.integer(alias);
    }
    List<String> tables = dflt.tables();
    boolean vessels = dflt.eventVessels();
    if (m != null) {
      if (m.get("tables") instanceof YList l) {
        // unknown words are the Checker's to report, at their place
        tables = l.items().stream().filter(n -> n instanceof YScalar).map(n -> ((YScalar) n).text())
            .filter(TABLES::contains).toList();
      }
      if (m.get("event_vessels") instanceof YScalar v && !v.isNull()) {
        vessels = Boolean.parseBoolean(v.text());
      }
    }
    try {
      return new OutputSettings(tables, days, vessels);
    } catch (IllegalArgumentException e) {
      YNode at = hasTs ? ts : hasAlias ? alias : outputs;
      if (at != null) {
        problems.add(at.loc(), "outputs: " + e.getMessage());
      }
      return dflt;
    }
  }
}
