package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A start that names one subcommand builds only that one, and it behaves as with all of them. */
class OneSubcommandTest {

  @Test
  void everyNameMakesTheCommandOfThatName() {
    for (String name : SeaStateCommand.SUBCOMMANDS) {
      assertThat(new CommandLine(SeaStateCommand.subcommand(name)).getCommandName()).isEqualTo(name);
    }
    assertThat(SeaStateCommand.subcommand("nope")).isNull();
    assertThat(new ArrayList<>(SeaStateCommand.commandLine().getSubcommands().keySet()))
        .containsExactlyElementsOf(SeaStateCommand.SUBCOMMANDS);
  }

  @Test
  void aNamedSubcommandComesAloneUnlessItNeedsTheOthers() {
    for (String name : SeaStateCommand.SUBCOMMANDS) {
      List<String> built = new ArrayList<>(SeaStateCommand.commandLine(name).getSubcommands().keySet());
      if (name.equals("help") || name.equals("completion")) {
        assertThat(built).as(name).containsExactlyElementsOf(SeaStateCommand.SUBCOMMANDS);
      } else {
        assertThat(built).as(name).containsExactly(name);
      }
    }
    for (String first : new String[] {null, "--help", "rnu", "RUN", "-V"}) {
      assertThat(SeaStateCommand.commandLine(first).getSubcommands().keySet()).as("%s", first)
          .containsExactlyElementsOf(SeaStateCommand.SUBCOMMANDS);
    }
  }

  @Test
  void aSubcommandAloneHasTheSameHelpAndErrors() {
    for (String name : SeaStateCommand.SUBCOMMANDS) {
      String alone = SeaStateCommand.commandLine(name).getSubcommands().get(name).getUsageMessage();
      String withAll = SeaStateCommand.commandLine().getSubcommands().get(name).getUsageMessage();
      assertThat(alone).as(name).isEqualTo(withAll);
    }
    String[] wrong = {"run", "--seed", "x", "scenarios/baseline-2023.yaml"};
    assertThat(errors(SeaStateCommand.commandLine("run"), wrong)).isEqualTo(errors(SeaStateCommand.commandLine(), wrong));
  }

  private static String errors(CommandLine cl, String[] args) {
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    assertThat(cl.execute(args)).isEqualTo(ExitCode.BAD_INPUT);
    return err.toString();
  }
}
