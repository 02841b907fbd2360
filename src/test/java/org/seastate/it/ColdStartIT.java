package org.seastate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up caches change nothing but the time: {@code bin/seastate run} writes the
 * same bytes with the class-data archive and a warm navigation cache as without either, prints
 * no JVM warnings, and remakes an archive that is damaged or belongs to an older jar. Works on a
 * copy of the checkout (launcher, pom, scenario, jar) in a temporary folder, so the real
 * target/ and the user's cache are left alone.
 */
class ColdStartIT {
  private static final List<String> TABLES = List.of("runs.csv", "metrics.csv", "timeseries.csv", "events.csv");

  private record Result(int exit, String out, String err) {}

  private static Path checkout(Path tmp) throws IOException {
    Path root = tmp.resolve("checkout");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("scenarios"));
    Files.createDirectories(root.resolve("target"));
    Files.copy(Path.of("pom.xml"), root.resolve("pom.xml"));
    Files.copy(Path.of("scenarios/baseline-2023.yaml"), root.resolve("scenarios/baseline-2023.yaml"));
    Path launcher = Files.copy(Path.of("bin/seastate"), root.resolve("bin/seastate"));
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Path jar = Files.copy(Jar.jar(), root.resolve("target/seastate.jar"));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 1000)); // newer than the sources
    return root;
  }

  private static Result run(Path root, Path logs, String name, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/seastate").toString()));
    cmd.addAll(List.of(args));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(logs.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("SEASTATE_JAVA_OPTS");
    pb.environment().remove("SEASTATE_CDS");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not finish in 10 minutes");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Result yearStart(Path root, Path logs, String name, Map<String, String> env) throws Exception {
    Result r = run(root, logs, name, env, "run", root.resolve("scenarios/baseline-2023.yaml").toString(),
        "--seed", "3", "--days", "40", "--out", logs.resolve(name).toString());
    assertThat(r.exit()).as("%s: %s%s", name, r.out(), r.err()).isZero();
    assertThat(r.err()).as("%s: nothing on standard error", name).isEmpty();
    assertThat(r.out()).as(name).startsWith("baseline-2023, seed 3: 40 days in ").doesNotContain("warning", "[cds");
    return r;
  }

  private static List<Path> archives(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve("target"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("seastate-cds-")).sorted().toList();
    }
  }

  private static long fields(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(cache)) {
      return s.filter(p -> p.toString().endsWith(".field")).count();
    }
  }

  private static void assertSameTables(Path logs, String want, String got) throws IOException {
    for (String t : TABLES) {
      assertThat(Files.readAllBytes(logs.resolve(got).resolve(t))).as("%s of %s", t, got)
          .isEqualTo(Files.readAllBytes(logs.resolve(want).resolve(t)));
    }
  }

  @Test
  void cachesChangeNoByteAndBadArchivesAreRemade(@TempDir Path tmp) throws Exception {
    Path root = checkout(tmp);
    Path logs = Files.createDirectories(tmp.resolve("logs"));
    Path cache = tmp.resolve("cache");
    Map<String, String> cached = Map.of("SEASTATE_CACHE", cache.toString());
    Map<String, String> plain = Map.of("SEASTATE_CACHE", "off", "SEASTATE_CDS", "off");

    yearStart(root, logs, "plain", plain);
    assertThat(archives(root)).as("SEASTATE_CDS=off makes no archive").isEmpty();
    assertThat(fields(cache)).isZero();

    yearStart(root, logs, "first", cached); // makes the archive, fills the cache
    List<Path> made = archives(root);
    assertThat(made).hasSize(1);
    assertThat(made.get(0).getFileName().toString()).endsWith(".jsa");
    assertThat(fields(cache)).as("fields saved").isPositive();

    yearStart(root, logs, "warm", cached); // archive and warm cache
    assertThat(archives(root)).isEqualTo(made);
    assertSameTables(logs, "plain", "first");
    assertSameTables(logs, "plain", "warm");

    // a truncated archive (a full disk, an interrupted copy) is noticed, deleted and made again
    byte[] whole = Files.readAllBytes(made.get(0));
    Files.write(made.get(0), java.util.Arrays.copyOf(whole, whole.length / 3));
    yearStart(root, logs, "damaged", cached);
    assertThat(archives(root)).hasSize(1);
    assertThat(Files.size(archives(root).get(0))).as("a whole archive again").isGreaterThan(whole.length / 2);
    assertSameTables(logs, "plain", "damaged");

    // a rebuilt jar gets its own archive; the old one goes
    Path jar = root.resolve("target/seastate.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    List<Path> before = archives(root);
    yearStart(root, logs, "rebuilt", cached);
    assertThat(archives(root)).hasSize(1).doesNotContainAnyElementsOf(before);
    assertSameTables(logs, "plain", "rebuilt");

    // an unusable cache folder: the run still works, silently
    Path notAFolder = Files.writeString(tmp.resolve("not-a-folder"), "x");
    yearStart(root, logs, "unwritable", Map.of("SEASTATE_CACHE", notAFolder.toString()));
    assertSameTables(logs, "plain", "unwritable");
    try (Stream<Path> s = Files.list(logs)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("no JVM crash reports").noneMatch(n -> n.startsWith("hs_err"));
    }
  }
}
