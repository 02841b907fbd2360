package org.seastate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seastate.sweep.Merge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seastate merge PARTS... --out DIR}: joins the part folders of a sharded sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    header = "Join the part folders of a sharded sweep into one results folder.",
    description = {"Join the part folders of a sweep run with --shard K/N into one results",
        "folder, the same (CSV files byte for byte) as one machine running the whole",
        "sweep. Refuses parts of different sweeps, any run missing or appearing twice,",
        "and any part whose files do not verify against its manifest (exit code 2).",
        "Parts may hold CSV or Parquet tables; --format chooses the merged folder's."})
final class MergeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PART", description = "part folders written by 'seastate sweep --shard'")
  List<Path> parts;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged results folder")
  Path out;

  @Option(names = "--force", description = "replace the results folder if it exists")
  boolean force;

  @CommandLine.Mixin FormatOption format;

  @CommandLine.Mixin ReportOption report;

  @Override
  public Integer call() throws IOException {
    long runs = Merge.merge(parts, out, force, spec.commandLine().getParseResult().originalArgs(),
        VersionProvider.version(), VersionProvider.commit(), format.format);
    spec.commandLine().getOut().printf("merged %d runs from %d parts into %s%n", runs, parts.size(),
        out.toAbsolutePath().normalize());
    spec.commandLine().getOut().flush();
    Path merged = out.toAbsolutePath().normalize();
    return report.writeFor(merged, spec.commandLine().getOut(), spec.commandLine().getErr(), false)
        ? ExitCode.OK : ExitCode.FAILURE;
  }
}
