package org.seastate.io;

import java.util.List;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The Parquet type of one result column. A column is stored typed only if every cell of its CSV
 * text converts there and back to the same text, so a Parquet table always reads back equal to
 * the CSV it came from; otherwise it is kept as text. Empty cells are nulls.
 */
enum ParquetColumn {
  BOOLEAN, INT32, INT64, UINT64, DOUBLE, STRING;

  /** The columns with a fixed meaning; any other column (a factor) is typed by its values. */
  private static final Map<String, ParquetColumn> KNOWN = Map.ofEntries(
      Map.entry("run_id", INT64), Map.entry("point", INT64), Map.entry("replicate", INT32),
      Map.entry("seed", UINT64), Map.entry("days_simulated", INT32), Map.entry("crisis_day", INT32),
      Map.entry("base_index", INT64), Map.entry("day", INT32), Map.entry("value", DOUBLE),
      Map.entry("episode_id", INT64), Map.entry("tick", INT64), Map.entry("hours", DOUBLE),
      Map.entry("lat", DOUBLE), Map.entry("lon", DOUBLE), Map.entry("distance_nm", DOUBLE),
      Map.entry("level", INT32), Map.entry("challenger_max_level", INT32), Map.entry("target_max_level", INT32),
      Map.entry("damaged", INT32), Map.entry("injuries", INT32), Map.entry("incidents", INT32),
      Map.entry("reported", INT32));

  private static final List<String> TEXT = List.of("status", "error", "metric", "nation", "agency", "feature",
      "date", "series", "row", "kind", "challenger", "target", "challenger_agencies", "target_agencies",
      "target_mission", "vessels", "level_name", "end", "design", "block");

  /** The order in which a column without a fixed type is tried. */
  private static final List<ParquetColumn> INFERRED = List.of(BOOLEAN, INT64, DOUBLE, STRING);

  /**
   * The type wanted for a column before its values are seen.
   *
   * @param real a summary metric of runs.csv or a real factor: a double, whatever values one sweep gave
   * @return null to type the column by its values
   */
  static ParquetColumn wanted(String name, boolean real) {
    if (real) {
      return DOUBLE;
    }
    if (TEXT.contains(name)) {
      return STRING;
    }
    return KNOWN.get(name);
  }

  /** Tracks which types a column's values allow, cell by cell. */
  static final class Guess {
    private final ParquetColumn wanted;
    private final boolean[] possible = new boolean[values().length];

    Guess(ParquetColumn wanted) {
      this.wanted = wanted;
      java.util.Arrays.fill(possible, true);
    }

    void see(String cell) {
      if (cell.isEmpty()) {
        return;
      }
      for (ParquetColumn t : values()) {
        if (possible[t.ordinal()] && !t.holds(cell)) {
          possible[t.ordinal()] = false;
        }
      }
    }

    /** The wanted type if every value fits it, else the narrowest that fits. */
    ParquetColumn type() {
      if (wanted != null && possible[wanted.ordinal()]) {
        return wanted;
      }
      return INFERRED.stream().filter(t -> possible[t.ordinal()]).findFirst().orElse(STRING);
    }
  }

  /** True if {@code cell} converts to this type and back to the same text. */
  boolean holds(String cell) {
    try {
      return switch (this) {
        case BOOLEAN -> cell.equals("true") || cell.equals("false");
        case INT32 -> Integer.toString(Integer.parseInt(cell)).equals(cell);
        case INT64 -> Long.toString(Long.parseLong(cell)).equals(cell);
        case UINT64 -> Long.toUnsignedString(Long.parseUnsignedLong(cell)).equals(cell);
        case DOUBLE -> Numbers.format(CsvTable.parse(cell)).equals(cell);
        case STRING -> true;
      };
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The optional Parquet field of this type. */
  PrimitiveType field(String name) {
    return switch (this) {
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
      case INT32 -> Types.optional(PrimitiveTypeName.INT32).named(name);
      case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(name);
      case UINT64 -> Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, false)).named(name);
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
      case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    };
  }

  /** Writes a non-empty cell that {@link #holds} this type. */
  void write(RecordConsumer out, String cell) {
    switch (this) {
      case BOOLEAN -> out.addBoolean(cell.equals("true"));
      case INT32 -> out.addInteger(Integer.parseInt(cell));
      case INT64 -> out.addLong(Long.parseLong(cell));
      case UINT64 -> out.addLong(Long.parseUnsignedLong(cell));
      case DOUBLE -> out.addDouble(CsvTable.parse(cell));
      case STRING -> out.addBinary(Binary.fromString(cell));
      default -> throw new IllegalStateException(name());
    }
  }

  /** The CSV text of a value read back from a field of {@code type}. */
  static String text(PrimitiveType type, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Numbers.format(d);
    }
    if (value instanceof Long l && type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i
        && !i.isSigned()) {
      return Long.toUnsignedString(l);
    }
    return value.toString();
  }
}
