package org.seastate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the seastate command line in-process, as tests need it: exit code and what it printed. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Several commands in a row, their output collected (for tests that look at it as a whole). */
  static final class Session {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
      Result r = Cli.run(args);
      out.write(r.out());
      err.write(r.err());
      return r.exit();
    }
  }
}
