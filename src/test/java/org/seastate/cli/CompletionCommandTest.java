package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

  @Test
  void bashScriptCompletesTheSubcommands() {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F").contains("seastate")
        .contains("run", "sweep", "compare", "snapshot", "completion", "--scale");
  }

  @Test
  void zshGetsTheScriptThatLoadsThroughBashcompinit() {
    Cli.Result r = Cli.run("completion", "zsh");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("bashcompinit").contains("sweep");
  }

  @Test
  void anUnknownShellIsBadInput() {
    Cli.Result r = Cli.run("completion", "fish");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("bash").contains("zsh");
  }
}
