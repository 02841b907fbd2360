package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every help text renders cleanly (picocli warns on System.err about a bare % in a description),
 * and the root help lists each command with a complete one-line summary.
 */
class HelpTextsTest {

  /** Runs the command line with System.err captured too, where picocli's own warnings go. */
  private static Cli.Result runCapturingSystemErr(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      Cli.Result r = Cli.run(args);
      return new Cli.Result(r.exit(), r.out(), r.err() + buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void everyHelpRendersWithoutWarnings() {
    List<String> names = new ArrayList<>(SeaStateCommand.commandLine().getSubcommands().keySet());
    assertThat(names).contains("run", "compare");
    Cli.Result root = runCapturingSystemErr("--help");
    assertThat(root.exit()).isZero();
    assertThat(root.out() + root.err()).doesNotContain("WARN");
    for (String name : names) {
      Cli.Result r = runCapturingSystemErr(name, "--help");
      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out() + r.err()).as(name + " --help").doesNotContain("WARN").contains("Usage: seastate " + name);
    }
  }

  /**
   * The "Commands:" list of the root help: each visible command's summary, its wrapped lines
   * joined, must be one sentence ending in a full stop (picocli shows only the first line of a
   * description, so a description that runs on would be cut mid-sentence).
   */
  @Test
  void rootHelpSummariesAreCompleteSentences() {
    String help = runCapturingSystemErr("--help").out();
    Map<String, String> summaries = commandSummaries(help);
    List<String> visible = SeaStateCommand.commandLine().getSubcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
    assertThat(summaries.keySet()).containsExactlyInAnyOrderElementsOf(visible);
    summaries.forEach((name, summary) -> {
      assertThat(summary).as(name).endsWith(".").matches("[A-Z].*");
      assertThat(summary.substring(0, summary.length() - 1)).as(name + ": one sentence").doesNotContain(". ");
    });
  }

  private static Map<String, String> commandSummaries(String help) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean inCommands = false;
    String current = null;
    for (String line : help.split("\\R")) {
      if (line.equals("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("  \\S+\\s+\\S.*")) {
        String[] parts = line.trim().split("\\s+", 2);
        current = parts[0];
        out.put(current, parts[1].trim());
      } else if (inCommands && current != null && line.startsWith("    ") && !line.isBlank()) {
        out.put(current, out.get(current) + " " + line.trim());
      } else if (inCommands && !line.isBlank()) {
        inCommands = false;
      }
    }
    return out;
  }

  @Test
  void everyCommandHasAOneLineHeader() {
    for (var e : SeaStateCommand.commandLine().getSubcommands().entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = e.getValue().getCommandSpec().usageMessage();
      assertThat(usage.header()).as(e.getKey()).hasSize(1);
    }
  }
}
