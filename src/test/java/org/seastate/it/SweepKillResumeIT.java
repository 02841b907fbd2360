package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL part-way and resumed ends with the files of an uninterrupted one. */
class SweepKillResumeIT {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";
  static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv", "points.csv");

  @TempDir Path dir;

  @Test
  void killedAndResumedGivesTheSameFiles() throws Exception {
    Path clean = dir.resolve("clean");
    assertThat(Jar.run(dir.resolve("clean.log"), "sweep", TINY, "--days", "12", "--threads", "2", "--out",
        Jar.path(clean), "--quiet")).as(Jar.text(dir.resolve("clean.log"))).isZero();

    Path out = dir.resolve("killed");
    Path spool = dir.resolve(".killed.partial/spool");
    Process p = Jar.builder(dir.resolve("killed.log"), "sweep", TINY, "--days", "12", "--threads", "1",
        "--out", Jar.path(out)).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (finished(spool) < 3 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("the sweep is still running when killed").isTrue();
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);
    long done = finished(spool);
    assertThat(done).isBetween(3L, 11L);
    assertThat(out).as("no results folder before the sweep is complete").doesNotExist();

    Path log = dir.resolve("resume.log");
    assertThat(Jar.run(log, "sweep", TINY, "--days", "12", "--threads", "2", "--out", Jar.path(out), "--resume"))
        .as(Jar.text(log)).isZero();
    assertThat(Jar.text(log)).contains("resuming: " + done + " of 12 runs already done")
        .contains("12 runs (" + (12 - done) + " this time)");
    for (String f : FILES) {
      assertThat(Files.mismatch(clean.resolve(f), out.resolve(f))).as(f).isEqualTo(-1L);
    }
    assertThat(dir.resolve(".killed.partial")).doesNotExist();
  }

  /**
   * Two processes, so the OS lock itself is tested (the in-process test sees the JVM's own lock):
   * a second sweep into the same folder is refused, even with --force, while the first runs; once
   * the first is killed, its lock is taken over with a warning. That the first finishes unharmed
   * is checked in-process (SweepRecoveryTest), where the timing can be controlled.
   */
  @Test
  void aSecondProcessIsRefusedAndAKilledOnesLockIsTakenOver() throws Exception {
    Path out = dir.resolve("two");
    Path spool = dir.resolve(".two.partial/spool");
    // full-length runs on one thread: minutes of work, so it is still running when the second starts
    Process first = Jar.builder(dir.resolve("first.log"), "sweep", TINY, "--threads", "1",
        "--out", Jar.path(out), "--quiet", "--no-report").start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!Files.exists(dir.resolve(".two.partial/lock")) && first.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(500);
      for (String flag : List.of("--resume", "--force")) {
        Path log = dir.resolve("second" + flag + ".log");
        assertThat(Jar.run(log, "sweep", TINY, "--threads", "1", "--out", Jar.path(out), flag,
            "--quiet", "--no-report")).as(Jar.text(log)).isEqualTo(2);
        assertThat(Jar.text(log)).contains("another sweep (pid " + first.pid() + " on ").doesNotContain("Exception");
        assertThat(first.isAlive()).as("the first sweep runs on").isTrue();
      }
    } finally {
      first.destroyForcibly();
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(spool).isDirectory();
    // the lock file still names the killed sweep; another --days is another sweep, refused after the take-over
    Path log = dir.resolve("takeover.log");
    assertThat(Jar.run(log, "sweep", TINY, "--days", "2", "--out", Jar.path(out), "--resume", "--quiet",
        "--no-report")).as(Jar.text(log)).isEqualTo(2);
    assertThat(Jar.text(log)).contains("warning: taking over").contains("pid " + first.pid() + " on ")
        .contains("is not this sweep");
  }

  private static long finished(Path spool) throws Exception {
    if (!Files.isDirectory(spool)) {
      return 0;
    }
    try (var s = Files.list(spool)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".run")).count();
    }
  }
}
