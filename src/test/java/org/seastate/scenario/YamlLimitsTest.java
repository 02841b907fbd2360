package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files that must be refused quickly, before they can exhaust memory, the stack or patience. */
class YamlLimitsTest {

  private final ScenarioLoader loader = new ScenarioLoader(p -> false);

  @Test
  @Timeout(5)
  void billionLaughsIsRefusedQuickly(@TempDir Path dir) throws IOException {
    StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        y.append(j > 0 ? ", " : "").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    Path f = dir.resolve("laughs.yaml");
    Files.writeString(f, y);
    long t0 = System.nanoTime();
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(f));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("aliases");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  /** Loads a file that must be refused, within two seconds; returns the refusal. */
  private ScenarioException refusedQuickly(Path f) {
    long t0 = System.nanoTime();
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(f));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(e).as("%s must be refused", f).isNotNull();
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    return e;
  }

  @Test
  @Timeout(5)
  void recursiveAliasIsRefusedAtItsAnchor(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("loop.yaml");
    Files.writeString(f, "name: loop\nloop: &a [*a]\n");
    ScenarioException e = refusedQuickly(f);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(7);
      assertThat(p.message()).contains("recursive alias").contains("&a");
    });
  }

  @Test
  @Timeout(5)
  void recursiveAliasInAMappingIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("loop.yaml");
    Files.writeString(f, "name: loop\nnations: &n\n  CN: {name: China, claim: none, more: *n}\n");
    assertThat(refusedQuickly(f).getMessage()).contains("loop.yaml:2:10: recursive alias");
  }

  @Test
  @Timeout(5)
  void fifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
    assumeTrue(!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win"), "needs mkfifo");
    Path f = dir.resolve("pipe.yaml");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
    } catch (IOException noMkfifo) {
      assumeTrue(false, "mkfifo not available");
      return;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(f), "mkfifo failed");
    assertThat(refusedQuickly(f).getMessage()).contains("pipe.yaml: file is not a regular file");
  }

  @Test
  @Timeout(5)
  void devZeroIsRefusedAsAFileAndThroughExtends(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    assertThat(refusedQuickly(zero).getMessage()).contains("/dev/zero: file is not a regular file");
    Path child = dir.resolve("child.yaml");
    Files.writeString(child, "extends: /dev/zero\nname: child\n");
    ScenarioException e = refusedQuickly(child);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(10);
      assertThat(p.message()).isEqualTo("file '/dev/zero' is not a regular file (a device, pipe or socket);"
          + " expected a YAML file");
    });
  }

  @Test
  @Timeout(5)
  void devZeroAsASweepBaseIsRefused(@TempDir Path dir) throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
    Path sweep = dir.resolve("sweep.yaml");
    Files.writeString(sweep, "name: s\nbase: /dev/zero\nfactors: []\n");
    assertThat(refusedQuickly(sweep).getMessage()).contains("sweep.yaml:2:7: file '/dev/zero' is not a regular file");
  }

  @Test
  @Timeout(10)
  void sixtyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("huge.yaml");
    byte[] line = "key: value value value value value value value value value\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written < 60L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    long t0 = System.nanoTime();
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(f));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("the limit for scenario files is 1,000,000 bytes");
    assertThat(took).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void deepNestingIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("deep.yaml");
    Files.writeString(f, "a: " + "[".repeat(500) + "]".repeat(500) + "\n");
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(f));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not valid YAML");
  }

  @Test
  void nonUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.yaml");
    Files.write(f, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(f));
    assertThat(e.getMessage()).contains("not UTF-8");
  }
}
