package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --set} types a value exactly as the scenario files do. */
class OverrideValuesTest {

  @Test
  void setValuesAreTypedLikeYamlScalars() {
    assertThat(OverrideValues.typed("true")).isEqualTo(Boolean.TRUE);
    assertThat(OverrideValues.typed("TRUE")).isEqualTo(Boolean.TRUE); // as YAML reads it
    assertThat(OverrideValues.typed(" 12 ")).isEqualTo(12L);
    assertThat(OverrideValues.typed("+7")).isEqualTo(7L);
    assertThat(OverrideValues.typed("1.5")).isEqualTo(1.5);
    assertThat(OverrideValues.typed("1_000.5")).isEqualTo(1000.5); // as YAML reads it
    assertThat(OverrideValues.typed("2e3")).isEqualTo(2000.0);
    assertThat(OverrideValues.typed("scarborough-shoal")).isEqualTo("scarborough-shoal");
  }
}
