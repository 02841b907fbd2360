package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/seastate-slurm on a real one-node Slurm cluster started for the test (as in
 * shared/notes/slurm-single-node.md, with its configuration, state and pid files in a temporary
 * folder through SLURM_CONF). Needs root, slurm-wlm and munge (.ci/run installs them); without
 * them, or if the daemons do not come up, the test is skipped and says why.
 */
class SlurmIT {
  static final String TINY = "src/test/resources/sweeps/tiny.yaml";
  static final List<String> FILES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv", "points.csv");

  @TempDir Path dir;
  private final List<Path> ourPidFiles = new ArrayList<>();
  private Path conf;

  @Test
  void fourShardsAndAMergeEqualALocalSweep() throws Exception {
    startCluster();
    Path local = dir.resolve("local");
    assertThat(Jar.run(dir.resolve("local.log"), "sweep", TINY, "--days", "5", "--out", Jar.path(local), "--quiet"))
        .isZero();

    Path merged = dir.resolve("slurm");
    ProcessBuilder submit = new ProcessBuilder("bin/seastate-slurm", TINY, "4", "--out", merged.toString(), "--days", "5")
        .redirectErrorStream(true).redirectOutput(dir.resolve("submit.log").toFile());
    submit.environment().put("SLURM_CONF", conf.toString());
    Process p = submit.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    // Slurm's exit codes do not tell whether the merge ran (see the notes): look at the output.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (!Files.exists(merged.resolve("manifest.json")) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(merged.resolve("manifest.json")).as("merged output; submit log:\n" + Jar.text(dir.resolve("submit.log"))
        + "\njob logs:\n" + logs(Path.of(merged + ".parts"))).exists();
    for (String f : FILES) {
      assertThat(Files.mismatch(local.resolve(f), merged.resolve(f))).as(f).isEqualTo(-1L);
    }
    assertThat(Files.readString(merged.resolve("manifest.json"))).contains("part-3-of-4");
  }

  private void startCluster() throws Exception {
    Assumptions.assumeTrue(run("id", "-u").trim().equals("0"), "Slurm test needs root to start slurmctld and slurmd");
    for (String exe : List.of("/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch")) {
      Assumptions.assumeTrue(Files.isExecutable(Path.of(exe)),
          "Slurm test needs " + exe + " (apt-get install slurm-wlm munge; .ci/run does this)");
    }
    String host = run("hostname", "-s").trim();
    int cpus = Runtime.getRuntime().availableProcessors();
    conf = dir.resolve("slurm.conf");
    Files.createDirectories(dir.resolve("state"));
    Files.createDirectories(dir.resolve("spool"));
    Files.writeString(conf, String.join("\n",
        "ClusterName=seastate-test",
        "SlurmctldHost=" + host + "(127.0.0.1)",
        "SlurmUser=root",
        "SlurmdUser=root",
        "AuthType=auth/munge",
        "StateSaveLocation=" + dir.resolve("state"),
        "SlurmdSpoolDir=" + dir.resolve("spool"),
        "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
        "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
        "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
        "SlurmdLogFile=" + dir.resolve("slurmd.log"),
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "JobAcctGatherType=jobacct_gather/none",
        "AccountingStorageType=accounting_storage/none",
        "SchedulerType=sched/backfill",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core",
        "ReturnToService=2",
        "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " RealMemory=1000 State=UNKNOWN",
        "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP", ""));

    Path mungePid = Path.of("/run/munge/munged.pid");
    if (!alive(mungePid)) {
      run("install", "-d", "-o", "munge", "-g", "munge", "/run/munge");
      run("runuser", "-u", "munge", "--", "/usr/sbin/munged");
      ourPidFiles.add(mungePid);
    }
    Assumptions.assumeTrue(waitFor(() -> alive(mungePid), 10), "munged did not start");
    run("/usr/sbin/slurmctld");
    ourPidFiles.add(dir.resolve("slurmctld.pid"));
    run("/usr/sbin/slurmd");
    ourPidFiles.add(dir.resolve("slurmd.pid"));
    boolean idle = waitFor(() -> run("sinfo", "-h", "-o", "%T").contains("idle"), 30);
    if (!idle) {
      Assumptions.abort("the Slurm node did not become idle in 30 s; slurmctld.log:\n"
          + tail(dir.resolve("slurmctld.log")) + "\nslurmd.log:\n" + tail(dir.resolve("slurmd.log")));
    }
  }

  @AfterEach
  void stopOurDaemons() throws Exception {
    for (int i = ourPidFiles.size() - 1; i >= 0; i--) {
      Path pidFile = ourPidFiles.get(i);
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(h -> {
          h.destroy();
          h.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
      }
    }
  }

  private String run(String... cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (conf != null) {
      pb.environment().put("SLURM_CONF", conf.toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out;
  }

  @FunctionalInterface
  interface Check {
    boolean ok() throws Exception;
  }

  private static boolean waitFor(Check check, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (check.ok()) {
        return true;
      }
      Thread.sleep(250);
    }
    return check.ok();
  }

  private static boolean alive(Path pidFile) {
    try {
      return Files.exists(pidFile)
          && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static String logs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "(no " + folder + ")";
    }
    StringBuilder b = new StringBuilder();
    try (var s = Files.list(folder)) {
      for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".out")).sorted().toList()) {
        b.append("== ").append(f.getFileName()).append('\n').append(tail(f)).append('\n');
      }
    }
    return b.toString();
  }
}
