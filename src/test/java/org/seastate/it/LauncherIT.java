package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/seastate works from any folder and passes arguments and exit codes through. */
class LauncherIT {

  private static Process start(Path cwd, Path log, String... args) throws IOException {
    Path launcher = Path.of("bin/seastate").toAbsolutePath();
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(launcher.toString()));
    cmd.addAll(java.util.List.of(args));
    return new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static int run(Path cwd, Path log, String... args) throws Exception {
    Process p = start(cwd, log, args);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    return p.exitValue();
  }

  @Test
  void runsFromAnotherFolder(@TempDir Path tmp) throws Exception {
    Jar.jar(); // packaged already: the launcher must not need to build
    Path log = tmp.resolve("version.log");
    assertThat(run(tmp, log, "--version")).isZero();
    assertThat(Files.readString(log)).contains("seastate ").doesNotContain("building");
    Path bad = tmp.resolve("bad.log");
    assertThat(run(tmp, bad, "no-such-command")).isEqualTo(2);
    assertThat(Files.readString(bad)).contains("Unmatched argument");
    Path snap = tmp.resolve("snap.log");
    assertThat(run(tmp, snap, "snapshot", "--out", "theater.png", "--scale", "1")).isZero();
    assertThat(tmp.resolve("theater.png")).isRegularFile();
  }
}
