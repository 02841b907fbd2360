package org.seastate.cli;

import org.seastate.io.ResultsFormat;
import picocli.CommandLine.Option;

/** {@code --format csv|parquet}: the file format of the result tables a command writes. */
final class FormatOption {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = Converter.class,
      description = "result tables as csv (default) or parquet (typed, ZSTD-compressed <table>.parquet files)")
  ResultsFormat format = ResultsFormat.CSV;

  /** Turns the option's text into a format, with a message naming the choices. */
  static final class Converter implements picocli.CommandLine.ITypeConverter<ResultsFormat> {
    @Override
    public ResultsFormat convert(String value) {
      try {
        return ResultsFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
