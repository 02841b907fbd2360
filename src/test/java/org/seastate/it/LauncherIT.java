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
    Path typo = tmp.resolve("typo.log");
    assertThat(run(tmp, typo, "rnu")).isEqualTo(2);
    assertThat(Files.readString(typo)).contains("Did you mean: seastate run?");
    Path snap = tmp.resolve("snap.log");
    assertThat(run(tmp, snap, "snapshot", "--out", "theater.png", "--scale", "1")).isZero();
    assertThat(tmp.resolve("theater.png")).isRegularFile();
    for (Path each : new Path[] {log, bad, typo, snap}) {
      assertThat(Files.readString(each)).as("%s, not on a terminal", each.getFileName()).doesNotContain("\u001b");
    }
  }

  /**
   * The build the launcher starts when the jar is missing shows Maven's progress in batch mode
   * without colour or escape codes when its output is not a terminal. A copy of the launcher in
   * a project without a jar, with a stand-in {@code mvn} on the PATH that writes escape codes as
   * Maven 3.8 does and then puts the real jar in place.
   */
  @Test
  void buildsWithPlainProgressWhenNotOnATerminal(@TempDir Path tmp) throws Exception {
    Path project = tmp.resolve("project");
    Files.createDirectories(project.resolve("bin"));
    Files.createDirectories(project.resolve("src/main"));
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    Path launcher = project.resolve("bin/seastate");
    Files.copy(Path.of("bin/seastate"), launcher);
    launcher.toFile().setExecutable(true);
    Path fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(mvn, String.join("\n",
        "#!/bin/sh",
        "echo \"$@\" > \"" + tmp.resolve("mvn-args.txt") + "\"",
        "printf '\\033[0m[INFO] Downloading from central: https://repo.example/x.pom\\n'",
        "printf '\\033[1m[INFO] --- compiler:3.13.0:compile (default-compile) @ seastate ---\\033[m\\n' >&2",
        "mkdir -p target && cp \"" + Jar.jar().toAbsolutePath() + "\" target/seastate.jar",
        "printf '\\033[0m'", ""));
    mvn.toFile().setExecutable(true);
    Path log = tmp.resolve("build.log");
    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").directory(tmp.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("PATH", fakeBin + java.io.File.pathSeparator + System.getenv("PATH"));
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    String out = Files.readString(log);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("seastate: building").contains("[INFO] Downloading from central")
        .contains("[INFO] --- compiler").contains("seastate ").doesNotContain("\u001b");
    assertThat(Files.readString(tmp.resolve("mvn-args.txt"))).contains("-B").contains("-Dstyle.color=never")
        .doesNotContain("-q");
  }
}
