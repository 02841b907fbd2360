package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  @Timeout(10)
  void fiftyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("huge.yaml");
    byte[] line = "key: value value value value value value value value value\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
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
