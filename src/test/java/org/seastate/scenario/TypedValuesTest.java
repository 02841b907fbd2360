package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seastate.scenario.YNode.YMap;
import org.seastate.scenario.YNode.YScalar;

/** A value typed for {@code --set} equals the same text read from a scenario file. */
class TypedValuesTest {

  @Test
  void setAndYamlTypeTheSameTextTheSameWay() {
    List<String> texts = List.of("true", "TRUE", "False", "12", "+7", "-3", "1.5", "1_000.5", "2e3", ".5",
        "scarborough-shoal", "1.2.3", "99999999999999999999");
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      yaml.append("k").append(i).append(": ").append(texts.get(i)).append('\n');
    }
    Problems problems = new Problems();
    YMap root = (YMap) YamlReader.parse("values.yaml", yaml.toString(), problems);
    assertThat(problems.isEmpty()).isTrue();
    for (int i = 0; i < texts.size(); i++) {
      Object fromYaml = Trees.scalarValue((YScalar) root.get("k" + i));
      assertThat(ScenarioLoader.typedValue(texts.get(i))).as(texts.get(i)).isEqualTo(fromYaml);
    }
  }
}
