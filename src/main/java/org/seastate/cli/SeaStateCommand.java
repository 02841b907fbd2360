package org.seastate.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code seastate} command. Subcommands do the work; this class only wires them and
 * turns the outcome into an exit code (0 ok, 2 bad input, 1 failure).
 *
 * <p>Picocli builds the model of every subcommand it is given (their classes, options and
 * converters, by reflection) before parsing, which is a tenth of a second or more of CPU time at
 * each start. So when the first argument names a subcommand that does not need the others
 * ({@link #commandLine(String)}), only that one is added; the root's own help, unknown names
 * (with their suggestions), {@code help} and {@code completion} get all of them.
 */
@Command(
    name = "seastate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Agent-based simulation of maritime tension in the South China Sea.")
public final class SeaStateCommand implements Runnable {

  /** The subcommands' names, in the order the root's help lists them. */
  static final List<String> SUBCOMMANDS = List.of("help", "run", "sweep", "calibrate", "merge", "validate",
      "describe", "schema", "compare", "discover", "chart", "report", "snapshot", "gui", "bench", "theater-build",
      "completion");

  /** Subcommands that look at the other subcommands, so they always come with all of them. */
  private static final List<String> NEED_ALL = List.of("help", "completion");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No subcommand: show what there is, and count it as a usage error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand.");
  }

  /** A new instance of the named subcommand, or null for an unknown name. */
  static Object subcommand(String name) {
    return switch (name) {
      case "help" -> new CommandLine.HelpCommand();
      case "run" -> new RunCommand();
      case "sweep" -> new SweepCommand();
      case "calibrate" -> new CalibrateCommand();
      case "merge" -> new MergeCommand();
      case "validate" -> new ValidateCommand();
      case "describe" -> new DescribeCommand();
      case "schema" -> new SchemaCommand();
      case "compare" -> new CompareCommand();
      case "discover" -> new DiscoverCommand();
      case "chart" -> new ChartCommand();
      case "report" -> new ReportCommand();
      case "snapshot" -> new SnapshotCommand();
      case "gui" -> new GuiCommand();
      case "bench" -> new BenchCommand();
      case "theater-build" -> new TheaterBuildCommand();
      case "completion" -> new CompletionCommand();
      default -> null;
    };
  }

  /** Builds the configured command line with every subcommand; tests drive this without starting a process. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The configured command line for arguments starting with {@code first}: with only that
   * subcommand when it names one that does not need the others, else with all of them.
   */
  static CommandLine commandLine(String first) {
    CommandLine cl = new CommandLine(new SeaStateCommand());
    boolean one = first != null && SUBCOMMANDS.contains(first) && !NEED_ALL.contains(first);
    for (String name : one ? List.of(first) : SUBCOMMANDS) {
      cl.addSubcommand(subcommand(name));
    }
    cl.setExecutionExceptionHandler(new UserErrors());
    cl.setParameterExceptionHandler(new UserErrors.BadArguments());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    String first = args.length > 0 ? args[0] : null;
    HeadStart.begin(args);
    System.exit(commandLine(first).execute(args));
  }
}
