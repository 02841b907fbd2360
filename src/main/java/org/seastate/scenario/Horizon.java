package org.seastate.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar a run covers. One tick is one hour; the run starts at 00:00 of {@code start}
 * and ends at 24:00 of {@code end}. At most {@link Limits#MAX_HORIZON_DAYS} days long.
 */
public record Horizon(LocalDate start, LocalDate end) {
  public Horizon {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidValueException("end", "end (" + end + ") must not be before start (" + start + ")");
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (days > Limits.MAX_HORIZON_DAYS) {
      throw new InvalidValueException("end", String.format(java.util.Locale.ROOT,
          "end (%s) makes a horizon of %,d days; the limit is %,d days (about 55 years; see 'Limits' in"
              + " docs/SCENARIOS.md)", end, days, Limits.MAX_HORIZON_DAYS));
    }
  }

  /** Number of simulated days, both ends included. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Hours in the run. */
  public long ticks() {
    return days() * 24L;
  }

  /** The day index (0-based) of a date, which may lie outside the horizon. */
  public long dayOf(LocalDate date) {
    return ChronoUnit.DAYS.between(start, date);
  }

  public LocalDate dateOfDay(long day) {
    return start.plusDays(day);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
