package org.seastate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  @Test
  void theSameSeedGivesTheSameRunAndAnotherSeedAnotherRun() {
    TestWorld w = new TestWorld();
    w.end = LocalDate.of(2023, 3, 31);
    Runs.Result a = Runs.run(w.build(), 42);
    Runs.Result b = Runs.run(w.build(), 42);
    Runs.Result c = Runs.run(w.build(), 43);
    assertThat(b.summary()).isEqualTo(a.summary());
    assertThat(b.episodes()).isEqualTo(a.episodes());
    assertThat(b.acts()).isEqualTo(a.acts());
    assertThat(b.days()).isEqualTo(a.days());
    assertThat(c.episodes()).isNotEqualTo(a.episodes());
  }
}
