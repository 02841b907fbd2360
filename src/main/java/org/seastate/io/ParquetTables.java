package org.seastate.io;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.HydratorSupplier;
import blue.strategic.parquet.ParquetReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Result tables as Parquet files: a CSV table converted column-typed and ZSTD-compressed, and a
 * Parquet file read back into the {@link CsvTable} the analysis commands use, with every cell
 * the text the CSV file had. The conversion goes from the finished CSV file so that both formats
 * hold the same values by construction (see {@link ParquetColumn}).
 *
 * <p>The bytes of two conversions of the same CSV can differ (parquet-java writes the list of a
 * column's encodings from a hash set); the values never do.
 */
public final class ParquetTables {
  /** ZSTD: smaller than Snappy on these tables, and read by pandas, polars, R arrow and DuckDB. */
  private static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;

  private ParquetTables() {}

  /**
   * Converts {@code csv} (a result file in the dialect of {@link ResultsWriter}) into {@code parquet}.
   *
   * @param real columns to store as doubles if their values allow, even when all are whole numbers
   */
  public static void fromCsv(Path csv, Path parquet, Set<String> real) throws IOException {
    List<String> header;
    ParquetColumn.Guess[] guesses;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.parse(in)) {
      var it = p.iterator();
      header = it.hasNext() ? it.next().toList() : List.of();
      int metricsFrom = csv.getFileName().toString().equals(ResultFile.RUNS.fileName()) ? header.indexOf("crisis_day") + 1 : -1;
      guesses = new ParquetColumn.Guess[header.size()];
      for (int c = 0; c < header.size(); c++) {
        boolean isReal = real.contains(header.get(c)) || metricsFrom > 0 && c >= metricsFrom;
        guesses[c] = new ParquetColumn.Guess(ParquetColumn.wanted(header.get(c), isReal));
      }
      while (it.hasNext()) {
        CSVRecord r = it.next();
        for (int c = 0; c < guesses.length; c++) {
          guesses[c].see(c < r.size() ? r.get(c) : "");
        }
      }
    }
    List<Type> fields = new ArrayList<>();
    ParquetColumn[] types = new ParquetColumn[header.size()];
    for (int c = 0; c < header.size(); c++) {
      types[c] = guesses[c].type();
      fields.add(types[c].field(header.get(c)));
    }
    MessageType schema = new MessageType("schema", fields);
    Files.deleteIfExists(parquet);
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         CSVParser p = ResultsWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
         ParquetWriter<CSVRecord> w = new Builder(new LocalOutputFile(parquet), schema, header, types).build()) {
      for (CSVRecord r : p) {
        w.write(r);
      }
    }
  }

  /** Reads the rows of a Parquet result table that {@code keep} accepts, as CSV text. */
  public static CsvTable read(Path parquet, Predicate<ResultsReader.Cells> keep) throws IOException {
    List<List<String>> kept = new ArrayList<>();
    List<String> header = scan(parquet, ResultsReader.keeping(keep, kept));
    return new CsvTable(parquet.getFileName().toString(), header, kept);
  }

  /**
   * Hands the rows of a Parquet result table to a handler one at a time, each cell as the text
   * of the CSV file (see {@link ResultsReader#scan}); returns the header.
   */
  public static List<String> scan(Path parquet, Function<List<String>, ResultsReader.RowHandler> open)
      throws IOException {
    MessageType schema = ParquetReader.readMetadata(parquet.toFile()).getFileMetaData().getSchema();
    List<String> header = schema.getFields().stream().map(Type::getName).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      index.put(header.get(c), c);
    }
    List<PrimitiveType> types = schema.getFields().stream().map(Type::asPrimitiveType).toList();
    Hydrator<String[], String[]> rows = new Hydrator<>() {
      @Override
      public String[] start() {
        String[] row = new String[header.size()];
        Arrays.fill(row, "");
        return row;
      }

      @Override
      public String[] add(String[] row, String column, Object value) {
        int c = index.get(column);
        row[c] = ParquetColumn.text(types.get(c), value);
        return row;
      }

      @Override
      public String[] finish(String[] row) {
        return row;
      }
    };
    ResultsReader.RowHandler h = open.apply(header);
    try (Stream<String[]> s = ParquetReader.streamContent(parquet.toFile(), HydratorSupplier.constantly(rows))) {
      s.forEach(row -> h.row(c -> c < row.length ? row[c] : ""));
    }
    return header;
  }

  /**
   * Writes a Parquet result table back as the CSV file it was converted from: every cell is the
   * CSV text ({@link ParquetColumn#text}), printed in the dialect of {@link ResultsWriter}, so the
   * bytes are those of the original file.
   */
  public static void toCsv(Path parquet, Path csv) throws IOException {
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      CSVPrinter p = new CSVPrinter(w, ResultsWriter.FORMAT);
      scan(parquet, header -> {
        print(p, header);
        List<String> row = new ArrayList<>(header.size());
        return cells -> {
          row.clear();
          for (int c = 0; c < header.size(); c++) {
            row.add(cells.get(c));
          }
          print(p, row);
        };
      });
      p.flush();
    }
  }

  private static void print(CSVPrinter p, List<String> row) {
    try {
      p.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of rows, from the file's footer. */
  public static long rows(Path parquet) throws IOException {
    return ParquetReader.readMetadata(parquet.toFile()).getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
  }

  /** Writes CSV records as rows of the schema; an empty cell is a null. */
  private static final class RowWriter extends WriteSupport<CSVRecord> {
    private final MessageType schema;
    private final List<String> header;
    private final ParquetColumn[] types;
    private RecordConsumer out;

    RowWriter(MessageType schema, List<String> header, ParquetColumn[] types) {
      this.schema = schema;
      this.header = header;
      this.types = types;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      out = recordConsumer;
    }

    @Override
    public void write(CSVRecord r) {
      out.startMessage();
      for (int c = 0; c < types.length; c++) {
        String cell = c < r.size() ? r.get(c) : "";
        if (!cell.isEmpty()) {
          out.startField(header.get(c), c);
          types[c].write(out, cell);
          out.endField(header.get(c), c);
        }
      }
      out.endMessage();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<CSVRecord, Builder> {
    private final RowWriter rows;

    Builder(OutputFile file, MessageType schema, List<String> header, ParquetColumn[] types) {
      super(file);
      this.rows = new RowWriter(schema, header, types);
      withConf(new Configuration(false));
      withCompressionCodec(CODEC);
      withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
      withDictionaryEncoding(true);
      // Size statistics (per-column histograms for query planners) double a small table's footer.
      withSizeStatisticsEnabled(false);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<CSVRecord> getWriteSupport(Configuration conf) {
      return rows;
    }
  }
}
