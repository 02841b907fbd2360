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

  @Test
  void aSecondProcessIsRefusedWhileTheFirstFinishesAndAKilledOnesLockIsTakenOver() throws Exception {
    Path clean = dir.resolve("clean");
    assertThat(Jar.run(dir.resolve("clean.log"), "sweep", TINY, "--days", "8", "--threads", "2", "--out",
        Jar.path(clean), "--quiet", "--no-report")).as(Jar.text(dir.resolve("clean.log"))).isZero();

    Path out = dir.resolve("two");
    Path spool = dir.resolve(".two.partial/spool");
    Process first = Jar.builder(dir.resolve("first.log"), "sweep", TINY, "--days", "8", "--threads", "1",
        "--out", Jar.path(out), "--quiet", "--no-report").start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (finished(spool) < 1 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(first.isAlive()).as("the first sweep is still running").isTrue();
    for (String flag : List.of("--resume", "--force")) {
      Path log = dir.resolve("second" + flag + ".log");
      assertThat(Jar.run(log, "sweep", TINY, "--days", "8", "--threads", "1", "--out", Jar.path(out), flag,
          "--quiet", "--no-report")).as(Jar.text(log)).isEqualTo(2);
      assertThat(Jar.text(log)).contains("another sweep (pid " + first.pid() + " on ").doesNotContain("Exception");
    }
    assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as(Jar.text(dir.resolve("first.log"))).isZero();
    for (String f : FILES) {
      assertThat(Files.mismatch(clean.resolve(f), out.resolve(f))).as(f).isEqualTo(-1L);
    }

    // killed: its lock file names it, but the OS released its lock
    Path killed = dir.resolve("killed");
    Process p = Jar.builder(dir.resolve("k.log"), "sweep", TINY, "--days", "8", "--threads", "1",
        "--out", Jar.path(killed), "--quiet").start();
    while (finished(dir.resolve(".killed.partial/spool")) < 1 && p.isAlive()) {
      Thread.sleep(20);
    }
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path log = dir.resolve("takeover.log");
    assertThat(Jar.run(log, "sweep", TINY, "--days", "8", "--threads", "2", "--out", Jar.path(killed), "--resume",
        "--quiet", "--no-report")).as(Jar.text(log)).isZero();
    assertThat(Jar.text(log)).contains("warning: taking over").contains("pid " + p.pid() + " on ");
    for (String f : FILES) {
      assertThat(Files.mismatch(clean.resolve(f), killed.resolve(f))).as(f).isEqualTo(-1L);
    }
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
