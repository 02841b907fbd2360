package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The limits of {@link Limits}: each {@code limit-*.yaml} file of the bad corpus holds a value
 * just over a limit (BadScenarioFilesTest checks it is refused with its location) and names, on
 * its second line ({@code # limit: OVER -> AT}), the text that puts it exactly at the limit;
 * that file must be accepted.
 */
class LimitsTest {
  private static final Pattern LIMIT = Pattern.compile("# limit: (.+) -> (.*)");

  static Stream<Path> limitFiles() throws IOException {
    return BadScenarioFilesTest.badFiles().filter(p -> p.getFileName().toString().startsWith("limit-"));
  }

  @Test
  void everyLimitHasAFile() throws IOException {
    List<String> names = limitFiles().map(p -> p.getFileName().toString()).toList();
    assertThat(names).contains("limit-fleet-count.yaml", "limit-presence-ships.yaml", "limit-swarm-vessels.yaml",
        "limit-allocation-ships.yaml", "limit-horizon.yaml", "limit-replicates.yaml", "limit-lhs-samples.yaml",
        "limit-sobol-samples.yaml", "limit-full-factorial-points.yaml", "limit-runs.yaml", "limit-sobol-runs.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitFiles")
  void theLimitItselfIsAccepted(Path file, @TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(file);
    Matcher m = LIMIT.matcher(lines.get(1));
    assertThat(m.matches()).as("second line of %s names the value at the limit", file).isTrue();
    String text = String.join("\n", lines.subList(2, lines.size())) + "\n";
    int at = text.indexOf(m.group(1));
    assertThat(at).as("%s holds '%s'", file, m.group(1)).isGreaterThanOrEqualTo(0);
    String atLimit = text.substring(0, at) + m.group(2) + text.substring(at + m.group(1).length());
    Files.createDirectories(dir.resolve("parents"));
    Files.copy(BadScenarioFilesTest.CORPUS.resolve("parents/minimal.yaml"), dir.resolve("parents/minimal.yaml"));
    Path copy = dir.resolve(file.getFileName());
    Files.writeString(copy, atLimit);
    assertThatCode(() -> new ScenarioLoader(BadScenarioFilesTest.LUZON).load(copy)).doesNotThrowAnyException();
  }

  @Test
  void theSchemaShowsTheLimits() {
    String schema = ScenarioSchema.scenario();
    assertThat(schema).contains("\"maximum\" : " + Limits.MAX_VESSELS);
    assertThat(ScenarioSchema.sweep()).contains("\"maximum\" : " + Limits.MAX_REPLICATES)
        .contains("\"maximum\" : " + Limits.MAX_SAMPLES);
  }
}
