package org.seastate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.seastate.scenario.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seastate schema [--sweep]}: the JSON Schema of scenario (or sweep) files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    header = "Print the JSON Schema of scenario files or sweep files.",
    description = "Print the JSON Schema (draft 2020-12) of scenario files, or of sweep files with --sweep.")
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sweep", description = "the schema of sweep files")
  boolean sweep;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(sweep ? ScenarioSchema.sweep() : ScenarioSchema.scenario());
    out.flush();
    return ExitCode.OK;
  }
}
