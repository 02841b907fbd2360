package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The head start begins only for the commands that run the model, on a thread that never keeps a process alive. */
class HeadStartTest {

  @Test
  void modelCommandsGetAHeadStartOnADaemonThread() throws InterruptedException {
    for (String command : HeadStart.MODEL_COMMANDS) {
      Thread t = HeadStart.begin(command);
      assertThat(t).as(command).isNotNull();
      assertThat(t.isDaemon()).as(command).isTrue();
      t.join();
    }
    // the theater it prepared is the one the commands use, with the cache folder attached
    assertThat(Theaters.standard().navigation().store().toString()).contains("target/test-cache");
  }

  @Test
  void otherCommandsAndNoCommandGetNone() {
    for (String command : new String[] {"report", "chart", "validate", "merge", "help", "--version", "rnu"}) {
      assertThat(HeadStart.begin(command)).as(command).isNull();
    }
    assertThat(HeadStart.begin(null)).isNull();
    assertThat(HeadStart.MODEL_COMMANDS).allMatch(SeaStateCommand.SUBCOMMANDS::contains);
  }
}
