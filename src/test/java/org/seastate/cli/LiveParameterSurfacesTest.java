package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seastate.geo.Theater;
import org.seastate.gui.ModelKnobs;
import org.seastate.model.LiveParameters;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.LiveParameter;
import org.seastate.scenario.LivePath;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;
import org.seastate.scenario.ScenarioLoader;
import org.seastate.scenario.ScenarioSchema;

/**
 * The surfaces that name changeable parameters all derive from the one registry
 * ({@link LiveParameter}): the JSON Schema of events, the format reference, the GUI's Model tab,
 * dated events, {@code --set} and sweep factors. Every live path of the baseline is accepted by
 * each of them, and a value set through any of them is the value the running model reads.
 */
class LiveParameterSurfacesTest {
  private static final Path BASELINE = Path.of("scenarios/baseline-2023.yaml").toAbsolutePath();

  private static Theater theater;
  private static ScenarioLoader loader;
  private static Scenario baseline;
  private static List<LivePath> live;
  /** For each live path, a valid value other than the baseline's. */
  private static Map<String, Object> changed;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    theater = Theater.standard();
    loader = new ScenarioLoader(theater);
    baseline = loader.loadScenario(BASELINE);
    live = LivePath.of(baseline);
    LiveParameters now = new LiveParameters(baseline);
    changed = new LinkedHashMap<>();
    live.forEach(p -> changed.put(p.path(), otherValue(p.parameter(), now.get(p.path()))));
  }

  /** A value in the parameter's range that differs from {@code current}. */
  private static Object otherValue(LiveParameter p, Object current) {
    return switch (p.type()) {
      case BOOLEAN -> !(Boolean) current;
      case INTEGER -> {
        int v = (Integer) current;
        yield p.range().contains(v + 1) ? v + 1 : v - 1;
      }
      case NUMBER -> {
        double v = (Double) current;
        yield p.range().contains(v + 0.5) ? v + 0.5 : v / 2;
      }
    };
  }

  @Test
  void theBaselineHasEveryKindOfLiveParameter() {
    assertThat(live.stream().map(LivePath::parameter).distinct()).containsExactlyInAnyOrder(LiveParameter.values());
    live.forEach(p -> assertThat(changed.get(p.path())).as(p.path()).isNotEqualTo(new LiveParameters(baseline)
        .get(p.path())));
  }

  @Test
  void theModelTabShowsExactlyTheLivePaths() {
    ModelKnobs knobs = new ModelKnobs(new SeaStateSim(baseline, theater, 1));
    // every live path exactly once (the tab groups them by agreement, escalation and nation)
    assertThat(knobs.paths()).containsExactlyInAnyOrderElementsOf(live.stream().map(LivePath::path).toList());
    for (LivePath p : live) {
      knobs.set(p.path(), changed.get(p.path()));
      assertThat(knobs.get(p.path())).as(p.path()).isEqualTo(changed.get(p.path()));
    }
  }

  @Test
  void theSchemaAllowsInAnEventExactlyTheRegistrysPaths() throws Exception {
    JsonNode set = new ObjectMapper().readTree(ScenarioSchema.scenario())
        .at("/$defs/scenario/properties/events/items/properties/set");
    assertThat(set.get("additionalProperties").asBoolean(true)).isFalse();
    List<String> titles = new ArrayList<>();
    Map<Pattern, JsonNode> patterns = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = set.get("patternProperties").properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      titles.add(e.getValue().get("title").asText());
      patterns.put(Pattern.compile(e.getKey()), e.getValue());
    }
    assertThat(titles).isEqualTo(LiveParameter.templates());
    for (LivePath p : live) {
      List<JsonNode> matching = patterns.entrySet().stream()
          .filter(e -> e.getKey().matcher(p.path()).matches()).map(Map.Entry::getValue).toList();
      assertThat(matching).as(p.path()).hasSize(1);
      assertThat(matching.get(0).get("title").asText()).isEqualTo(p.parameter().template());
      assertThat(matching.get(0).get("type").asText()).isEqualTo(p.parameter().type().name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void theFormatReferenceListsEveryTemplate() throws Exception {
    String doc = Files.readString(Path.of("docs/SCENARIOS.md"));
    LiveParameter.templates().forEach(t -> assertThat(doc).contains("| `" + t + "` |"));
  }

  @Test
  void setAndTheModelAgreeOnEveryLivePath() {
    for (LivePath p : live) {
      String path = p.path();
      Object v = changed.get(path);
      // --set: the text on the command line, typed as a YAML scalar, applied before the run
      Scenario s = loader.withOverrides(baseline, OverrideValues.typed(Map.of(path, String.valueOf(v))));
      assertThat(new LiveParameters(s).get(path)).as("--set " + path).isEqualTo(v);
      // an event: the same value applied during the run
      LiveParameters during = new LiveParameters(baseline);
      during.set(path, v);
      assertThat(during.get(path)).as("event " + path).isEqualTo(v);
      assertThat(ScenarioEvent.mayChange(path)).as(path).isTrue();
    }
  }

  @Test
  void anEventAndASweepFactorAcceptEveryLivePath() throws Exception {
    StringBuilder scenario = new StringBuilder("extends: " + BASELINE + "\nname: all-live\nevents:\n"
        + "  - date: 2023-06-01\n    description: every live value changes\n    set:\n");
    StringBuilder sweep = new StringBuilder("name: all-live\nbase: " + BASELINE + "\nreplicates: 1\nfactors:\n");
    changed.forEach((path, v) -> {
      scenario.append("      ").append(path).append(": ").append(v).append('\n');
      sweep.append("  - {path: ").append(path).append(", levels: [").append(v).append("]}\n");
    });
    Path scenarioFile = Files.writeString(dir.resolve("all-live.yaml"), scenario);
    Path sweepFile = Files.writeString(dir.resolve("all-live-sweep.yaml"), sweep);

    Scenario withEvent = loader.loadScenario(scenarioFile);
    assertThat(withEvent.events().get(0).set().keySet()).containsExactlyElementsOf(changed.keySet());
    ScenarioLoader.LoadedSweep s = (ScenarioLoader.LoadedSweep) loader.load(sweepFile);
    assertThat(s.sweep().factors()).extracting(f -> f.path()).containsExactlyElementsOf(changed.keySet());
  }
}
