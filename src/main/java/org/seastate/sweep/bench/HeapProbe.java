package org.seastate.sweep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.seastate.geo.Theater;
import org.seastate.io.ResultsFolder;
import org.seastate.sweep.ProgressListener;
import org.seastate.sweep.RunSpec;

/**
 * The child process of the heap measurement of {@code seastate bench}: runs a sweep of many
 * short runs on all cores and prints one line with the heap it needed, from the JVM's own
 * garbage-collection notifications: the largest heap in use right after a collection (the live
 * heap), overall and per quarter of the sweep, and the largest in use before one (the peak).
 *
 * <p>Usage: {@code java -Xmx128m -cp ... org.seastate.sweep.HeapProbe SCENARIO RUNS DAYS WORK}.
 * Started by {@link Benchmark#heap}; not a user command.
 */
public final class HeapProbe {
  /** Prefix of the result line. */
  static final String TAG = "heap-probe";

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    Path scenario = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    int days = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    Files.createDirectories(work);
    int threads = Runtime.getRuntime().availableProcessors();

    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    AtomicInteger quarter = new AtomicInteger();
    AtomicLongArray afterByQuarter = new AtomicLongArray(4);
    AtomicLongArray totals = new AtomicLongArray(3); // collections, max after, max before
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        long after = used(info.getMemoryUsageAfterGc(), heapPools);
        long before = used(info.getMemoryUsageBeforeGc(), heapPools);
        totals.incrementAndGet(0);
        totals.accumulateAndGet(1, after, Math::max);
        totals.accumulateAndGet(2, before, Math::max);
        afterByQuarter.accumulateAndGet(quarter.get(), after, Math::max);
      }, null, null);
    }

    long t0 = System.nanoTime();
    BenchSweep sweep = new BenchSweep(Theater.standard(), scenario, runs, days, work);
    ProgressListener progress = new ProgressListener() {
      @Override
      public void runFinished(RunSpec spec, String error, long done, long total) {
        quarter.set((int) Math.min(3, done * 4 / total));
      }
    };
    sweep.run(threads, "heap", progress);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(200); // let the last notifications arrive
    ResultsFolder.deleteTree(work);
    System.out.println(line(runs, totals.get(0), totals.get(1), totals.get(2),
        new long[] {afterByQuarter.get(0), afterByQuarter.get(1), afterByQuarter.get(2), afterByQuarter.get(3)},
        Runtime.getRuntime().maxMemory(), seconds));
  }

  private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }

  /** The result line the parent parses (see {@link Result#parse}). */
  static String line(long runs, long collections, long afterMax, long beforeMax, long[] afterByQuarter,
      long maxHeap, double seconds) {
    return String.format(Locale.ROOT, "%s runs=%d collections=%d after_gc_max=%d before_gc_max=%d "
        + "after_gc_q1=%d after_gc_q2=%d after_gc_q3=%d after_gc_q4=%d max_heap=%d seconds=%.3f",
        TAG, runs, collections, afterMax, beforeMax, afterByQuarter[0], afterByQuarter[1], afterByQuarter[2],
        afterByQuarter[3], maxHeap, seconds);
  }

  /** What the child reported. Byte counts. */
  record Result(long runs, long collections, long afterGcMax, long beforeGcMax, long[] afterGcByQuarter,
      long maxHeap, double seconds) {

    /** Parses the result line among the child's output lines; throws if there is none. */
    static Result parse(String output) {
      for (String line : output.split("\n")) {
        if (!line.startsWith(TAG + " ")) {
          continue;
        }
        Map<String, String> kv = new java.util.HashMap<>();
        for (String part : line.substring(TAG.length() + 1).trim().split(" +")) {
          int eq = part.indexOf('=');
          kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return new Result(Long.parseLong(kv.get("runs")), Long.parseLong(kv.get("collections")),
            Long.parseLong(kv.get("after_gc_max")), Long.parseLong(kv.get("before_gc_max")),
            new long[] {Long.parseLong(kv.get("after_gc_q1")), Long.parseLong(kv.get("after_gc_q2")),
                Long.parseLong(kv.get("after_gc_q3")), Long.parseLong(kv.get("after_gc_q4"))},
            Long.parseLong(kv.get("max_heap")), Double.parseDouble(kv.get("seconds")));
      }
      throw new IllegalStateException("the heap measurement printed no result line; its output was:\n" + output);
    }
  }
}
