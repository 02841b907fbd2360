package org.seastate.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.PrimitiveIterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.seastate.io.RunRecord;

/**
 * Runs a set of run ids on a fixed pool of threads and stores each finished run in a
 * {@link RunStore} as soon as it finishes. Runs are handed out in increasing id order, at most
 * two per thread ahead, so memory does not grow with the size of the sweep. A run that throws
 * is stored as failed with its message and the others go on; with {@code failFast} the first
 * failure stops the hand-out (runs already started finish and are stored).
 */
public final class SweepExecutor {
  private final int threads;
  private final boolean failFast;

  public SweepExecutor(int threads, boolean failFast) {
    if (threads < 1) {
      throw new SweepException("--threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.failFast = failFast;
  }

  /** What happened to the runs handed out. */
  public record Outcome(long ran, long failed, boolean stopped) {}

  /**
   * @param runIds the runs to do, increasing
   * @param total all runs of this sweep or shard (for progress)
   * @param alreadyDone runs stored before (for progress)
   */
  public Outcome execute(RunPlan plan, LongStream runIds, Runner runner, RunStore store,
      ProgressListener progress, long total, long alreadyDone) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "seastate-run");
      t.setDaemon(true);
      return t;
    });
    Semaphore slots = new Semaphore(threads * 2);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong(alreadyDone);
    AtomicLong ran = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    progress.started(total, alreadyDone);
    try {
      PrimitiveIterator.OfLong ids = runIds.iterator();
      while (ids.hasNext() && !stop.get()) {
        slots.acquire();
        if (stop.get()) {
          slots.release();
          break;
        }
        RunSpec spec = plan.spec(ids.nextLong());
        pool.execute(() -> {
          try {
            if (stop.get()) {
              return;
            }
            RunRecord record;
            try {
              record = runner.run(spec);
            } catch (Exception | StackOverflowError e) {
              record = ModelRunner.failed(spec, e);
            }
            store.put(record);
            ran.incrementAndGet();
            String error = record.error().orElse(null);
            if (error != null) {
              failed.incrementAndGet();
              if (failFast) {
                stop.set(true);
              }
            }
            progress.runFinished(spec, error, done.incrementAndGet(), total);
          } catch (IOException | RuntimeException | Error e) {
            fatal.compareAndSet(null, e);
            stop.set(true);
          } finally {
            slots.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
    Throwable f = fatal.get();
    if (f instanceof IOException e) {
      throw e;
    } else if (f instanceof UncheckedIOException e) {
      throw e.getCause();
    } else if (f instanceof RuntimeException e) {
      throw e;
    } else if (f instanceof Error e) {
      throw e;
    }
    progress.finished(done.get(), failed.get(), total);
    return new Outcome(ran.get(), failed.get(), stop.get());
  }
}
