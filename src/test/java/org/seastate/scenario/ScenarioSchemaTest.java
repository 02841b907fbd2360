package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioSchemaTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonSchema schema(String json) throws IOException {
    JsonNode node = new ObjectMapper().readTree(json);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void committedSchemasMatchTheGeneratedOnes() throws IOException {
    assertThat(Files.readString(Path.of("scenarios/schema.json"))).isEqualTo(ScenarioSchema.scenario());
    assertThat(Files.readString(Path.of("scenarios/sweep.schema.json"))).isEqualTo(ScenarioSchema.sweep());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.seastate.scenario.StarterScenariosTest#scenarios")
  void acceptsEveryStarterScenario(Path file) throws IOException {
    Set<ValidationMessage> errors = schema(ScenarioSchema.scenario()).validate(YAML.readTree(file.toFile()));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.seastate.scenario.StarterScenariosTest#sweeps")
  void acceptsEverySweep(Path file) throws IOException {
    Set<ValidationMessage> errors = schema(ScenarioSchema.sweep()).validate(YAML.readTree(file.toFile()));
    assertThat(errors).isEmpty();
  }

  @Test
  void acceptsADescribedScenario() throws IOException {
    Scenario s = new ScenarioLoader(p -> false).loadScenario(Path.of("scenarios/raa-2025.yaml"));
    JsonNode described = YAML.readTree(ScenarioWriter.toYaml(s));
    assertThat(schema(ScenarioSchema.scenario()).validate(described)).isEmpty();
  }

  @Test
  void rejectsAnUnknownKey() throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(Path.of("scenarios/baseline-2023.yaml").toFile());
    ((ObjectNode) doc.get("vessel_classes").get("ccg-zhaotou")).put("cruise_knots", 12);
    Set<ValidationMessage> errors = schema(ScenarioSchema.scenario()).validate(doc);
    assertThat(errors).isNotEmpty();
    assertThat(errors.toString()).contains("cruise_knots");
  }

  @Test
  void rejectsAMissingRequiredKeyOnlyWithoutExtends() throws IOException {
    JsonSchema s = schema(ScenarioSchema.scenario());
    assertThat(s.validate(YAML.readTree("name: x\nnations: {}\n"))).isNotEmpty();
    assertThat(s.validate(YAML.readTree("extends: a.yaml\nname: x\n"))).isEmpty();
  }

  @Test
  void rejectsAnUnknownSweepDesign() throws IOException {
    JsonNode doc = YAML.readTree("name: s\nbase: a.yaml\nfactors: []\ndesign: {sobel: {samples: 4}}\n");
    assertThat(schema(ScenarioSchema.sweep()).validate(doc)).isNotEmpty();
  }
}
