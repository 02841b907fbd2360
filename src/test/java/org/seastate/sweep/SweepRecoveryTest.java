package org.seastate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seastate.sweep.SweepJobTest.assertSameFiles;
import static org.seastate.sweep.SweepJobTest.model;
import static org.seastate.sweep.SweepJobTest.settings;
import static org.seastate.sweep.SweepJobTest.sweep;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.io.AtomicFiles;
import org.seastate.io.StorageException;

/** Sweeps that are interrupted, damaged, doubled or starved of disk end as uninterrupted ones. */
class SweepRecoveryTest {
  @TempDir static Path shared;
  static Path clean;

  @TempDir Path tmp;
  final List<String> warnings = new CopyOnWriteArrayList<>();
  final ProgressListener listener = new ProgressListener() {
    @Override
    public void warning(String message) {
      warnings.add(message);
    }
  };

  @BeforeAll
  static void cleanSweep() throws Exception {
    SweepJobTest.load();
    clean = shared.resolve("clean");
    sweep(model(), settings(clean, 2, ShardSpec.ALL, false, false));
  }

  @AfterEach
  void noFilter() {
    AtomicFiles.filter(null);
  }

  SweepJob.Result run(Runner runner, Path out, int threads, boolean resume, boolean failFast) throws Exception {
    return SweepJob.run(SweepJobTest.TINY, SweepJobTest.sweep, runner, settings(out, threads, ShardSpec.ALL, resume,
        failFast), listener);
  }

  /** Stops (fail-fast) at run 6 with one thread: runs 0 to 5 are spooled. */
  Path stoppedAtRunSix() throws Exception {
    Runner model = model();
    Path out = tmp.resolve("out");
    SweepJob.Result r = run(spec -> {
      if (spec.runId() == 6) {
        throw new IllegalStateException("stop here");
      }
      return model.run(spec);
    }, out, 1, false, true);
    assertThat(r.complete()).isFalse();
    return out;
  }

  static Path fragment(Path out, int run) {
    return out.resolveSibling("." + out.getFileName() + ".partial/spool/" + String.format("%012d.run", run));
  }

  static List<String> hidden(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void damagedFragmentsAreRecomputedOnResume() throws Exception {
    Path out = stoppedAtRunSix();
    Path two = fragment(out, 2);
    Files.write(two, java.util.Arrays.copyOf(Files.readAllBytes(two), (int) Files.size(two) / 2));
    Files.write(fragment(out, 3), new byte[0]);
    AtomicInteger ran = new AtomicInteger();
    Runner model = model();
    SweepJob.Result r = run(spec -> {
      ran.incrementAndGet();
      return model.run(spec);
    }, out, 2, true, false);
    assertThat(r.complete()).isTrue();
    assertThat(ran.get()).isEqualTo(12 - 4); // runs 0, 1, 4 and 5 were kept
    assertThat(warnings).hasSize(2).allMatch(w -> w.contains("is damaged") && w.contains("will be run again"));
    assertThat(warnings).anyMatch(w -> w.contains(two.toString()) && w.contains("run 2 will be run again"));
    assertSameFiles(clean, out);
  }

  @Test
  void aResumeFinishesTheCleanUpOfAFinishedSweep() throws Exception {
    Path out = tmp.resolve("out");
    run(model(), out, 2, false, false);
    String key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile())
        .path("settings").path("sweep_key").asText();
    // killed after the rename, before the work folder went; and a staging folder of an earlier kill
    Path work = tmp.resolve(".out.partial");
    Files.createDirectories(work.resolve("spool"));
    Files.writeString(work.resolve("sweep-key"), key + "\n");
    Files.writeString(work.resolve("spool/000000000000.run"), "x");
    Files.createDirectories(tmp.resolve(".out.staging-123/sub"));
    SweepJob.Result r = run(model(), out, 2, true, false);
    assertThat(r.complete()).isTrue();
    assertThat(r.ran()).isZero();
    assertThat(hidden(tmp)).isEmpty();
    assertSameFiles(clean, out);

    // the same state with damaged results is refused, not taken as finished
    Files.createDirectories(work);
    Files.writeString(work.resolve("sweep-key"), key + "\n");
    Files.writeString(out.resolve("events.csv"), "run_id\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> run(model(), out, 2, true, false)).isInstanceOf(SweepException.class)
        .hasMessageContaining(out.resolve("events.csv").toString());
    assertThat(work).isDirectory();
  }

  @Test
  void aSecondSweepIntoTheSameFolderIsRefusedWhileTheFirstFinishes() throws Exception {
    Path out = tmp.resolve("out");
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch refused = new CountDownLatch(1);
    Runner model = model();
    Runner slow = spec -> {
      if (spec.runId() == 3) {
        running.countDown();
        try {
          refused.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return model.run(spec);
    };
    CompletableFuture<SweepJob.Result> first = CompletableFuture.supplyAsync(() -> {
      try {
        return run(slow, out, 2, false, false);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
    String me = String.valueOf(ProcessHandle.current().pid());
    try {
      for (boolean[] resumeForce : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
        SweepSettings s = new SweepSettings(out, resumeForce[1], resumeForce[0], ShardSpec.ALL, 1, false,
            SweepJobTest.DAYS, List.of("test"), "test", "test");
        assertThatThrownBy(() -> SweepJob.run(SweepJobTest.TINY, SweepJobTest.sweep, model, s, listener))
            .isInstanceOf(SweepException.class)
            .hasMessageContaining("another sweep (pid " + me + " on ")
            .hasMessageContaining("is writing " + out)
            .hasMessageContaining(".out.partial");
      }
    } finally {
      refused.countDown();
    }
    SweepJob.Result r = first.get(120, TimeUnit.SECONDS);
    assertThat(r.complete()).isTrue();
    assertThat(r.ran()).isEqualTo(12);
    assertSameFiles(clean, out);
    assertThat(hidden(tmp)).isEmpty();
  }

  @Test
  void theLockOfASweepThatIsGoneIsTakenOver() throws Exception {
    Path out = stoppedAtRunSix();
    Path lock = tmp.resolve(".out.partial/lock");
    Files.writeString(lock, "2147483647 " + "some-host\n"); // killed: its text stayed, its OS lock did not
    SweepJob.Result r = run(model(), out, 2, true, false);
    assertThat(r.complete()).isTrue();
    assertThat(warnings).singleElement().asString().contains("taking over").contains("pid 2147483647 on some-host");
    assertSameFiles(clean, out);
  }

  /** Fails like a full disk once {@code limit} bytes went to files that {@code which} accepts. */
  static void diskFullAfter(long limit, java.util.function.Predicate<Path> which) {
    AtomicInteger written = new AtomicInteger();
    AtomicFiles.filter((file, out) -> !which.test(file) ? out : new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written.addAndGet(len) > limit) {
          throw new IOException("No space left on device");
        }
        out.write(b, off, len);
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    });
  }

  @Test
  void aFullDiskWhileSpoolingOrAssemblingEndsCleanlyAndResumes() throws Exception {
    for (String phase : List.of("spool", "assembly")) {
      Path out = tmp.resolve(phase);
      diskFullAfter(phase.equals("spool") ? 20_000 : 50_000, p -> p.startsWith(tmp)
          && (phase.equals("spool") ? p.toString().endsWith(".run") : p.toString().contains(".staging-")));
      assertThatThrownBy(() -> run(model(), out, 2, false, false))
          .isInstanceOf(StorageException.class)
          .hasMessageStartingWith("cannot write " + tmp)
          .hasMessageEndingWith(": No space left on device");
      AtomicFiles.filter(null);
      assertThat(out).doesNotExist();
      assertThat(hidden(tmp)).containsExactly("." + phase + ".partial");
      try (var s = Files.list(tmp.resolve("." + phase + ".partial/spool"))) {
        assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".run"));
      }
      SweepJob.Result r = run(model(), out, 2, true, false);
      assertThat(r.complete()).isTrue();
      assertSameFiles(clean, out);
      assertThat(hidden(tmp)).isEmpty();
    }
  }
}
