package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged seastate jar in a child process, as a user would. */
final class Jar {
  private Jar() {}

  static Path jar() {
    String p = System.getProperty("seastate.jar", "target/seastate.jar");
    Path jar = Path.of(p);
    assertThat(jar).as("the packaged jar (mvn package)").exists();
    return jar;
  }

  static ProcessBuilder builder(Path log, String... args) {
    return builder(jar(), List.of(), log, args);
  }

  /** The command line of {@code jar} run with the JVM options {@code jvm}. */
  static ProcessBuilder builder(Path jar, List<String> jvm, Path log, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  /** Runs to the end (bounded) and returns the exit code. */
  static int run(Path log, String... args) throws IOException, InterruptedException {
    return runJar(jar(), List.of(), log, args);
  }

  /** Runs seastate with the JVM options {@code jvm} (e.g. a heap size) and returns the exit code. */
  static int runIn(List<String> jvm, Path log, String... args) throws IOException, InterruptedException {
    return runJar(jar(), jvm, log, args);
  }

  /** Runs another build of seastate, {@code jar}, with the JVM options {@code jvm}; returns the exit code. */
  static int runJar(Path jar, List<String> jvm, Path log, String... args) throws IOException, InterruptedException {
    Process p = builder(jar, jvm, log, args).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("seastate " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    return p.exitValue();
  }

  static String text(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  static String path(Path p) {
    return p.toAbsolutePath().toString().replace(File.separatorChar, '/');
  }
}
