package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seastate.geo.LandMask;

/**
 * The corpus of malformed files: each holds one fault and states, on its first line, the
 * problem it must give: {@code # expect: [file:]line:column message}. Line and column 0 mean
 * the whole file; a file prefix names a parent file (relative to the corpus folder).
 */
class BadScenarioFilesTest {

  static final Path CORPUS = Path.of("src/test/resources/scenarios/bad");
  private static final Pattern EXPECT =
      Pattern.compile("# expect: (?:(\\S+\\.yaml):)?(\\d+):(\\d+) (.+)");

  /** A fake land mask: a box over central Luzon is land, everything else is water. */
  static final LandMask LUZON = p -> p.lat() > 14.0 && p.lat() < 16.5 && p.lon() > 120.5 && p.lon() < 121.5;

  static Stream<Path> badFiles() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void corpusHasAtLeastThirtyFiles() throws IOException {
    assertThat(badFiles().count()).isGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void givesTheExpectedProblem(Path file) throws IOException {
    String first = Files.readAllLines(file).get(0);
    Matcher m = EXPECT.matcher(first);
    assertThat(m.matches()).as("first line of %s is an expectation", file).isTrue();
    String expectedFile = m.group(1) == null ? file.getFileName().toString() : m.group(1);
    int line = Integer.parseInt(m.group(2));
    int column = Integer.parseInt(m.group(3));
    String text = m.group(4);

    ScenarioException e = catchThrowableOfType(ScenarioException.class,
        () -> new ScenarioLoader(LUZON).load(file));
    assertThat(e).as("%s must be refused", file).isNotNull();
    List<Problem> problems = e.problems();
    assertThat(problems)
        .as("problems of %s", file)
        .anySatisfy(p -> {
          assertThat(p.file().replace('\\', '/')).endsWith(expectedFile);
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.column()).isEqualTo(column);
          assertThat(p.message()).contains(text);
        });
    // one fault, so few problems: no cascades
    assertThat(problems).as("problems of %s", file).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void missingTopLevelFileIsOneProblemWithoutLocation() {
    assertThatThrownBy(() -> new ScenarioLoader(LUZON).load(CORPUS.resolve("no-such.yaml")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("no-such.yaml: file not found");
  }
}
