package org.seastate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code seastate} command. Subcommands do the work; this class only wires them and
 * turns the outcome into an exit code (0 ok, 2 bad input, 1 failure).
 */
@Command(
    name = "seastate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Agent-based simulation of maritime tension in the South China Sea.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class,
      SweepCommand.class,
      CalibrateCommand.class,
      MergeCommand.class,
      ValidateCommand.class,
      DescribeCommand.class,
      SchemaCommand.class,
      CompareCommand.class,
      DiscoverCommand.class,
      ChartCommand.class,
      ReportCommand.class,
      SnapshotCommand.class,
      GuiCommand.class,
      BenchCommand.class,
      TheaterBuildCommand.class,
      CompletionCommand.class,
    })
public final class SeaStateCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No subcommand: show what there is, and count it as a usage error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand.");
  }

  /** Builds the configured command line; tests drive this without starting a process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SeaStateCommand());
    cl.setExecutionExceptionHandler(new UserErrors());
    cl.setParameterExceptionHandler(new UserErrors.BadArguments());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
