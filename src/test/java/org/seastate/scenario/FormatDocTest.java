package org.seastate.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDocTest {
  static final String BEGIN = "<!-- key reference: generated from org.seastate.scenario.Format -->\n";
  static final String END = "<!-- end of key reference -->";

  @Test
  void scenariosDocHoldsTheCurrentKeyReference() throws IOException {
    String doc = Files.readString(Path.of("docs/SCENARIOS.md"));
    String expected = BEGIN + "\n" + FormatDoc.markdown() + END;
    if (System.getProperty("seastate.writeDocs") != null) {
      int a = doc.indexOf(BEGIN);
      int b = doc.indexOf(END) + END.length();
      Files.writeString(Path.of("docs/SCENARIOS.md"), doc.substring(0, a) + expected + doc.substring(b));
      doc = Files.readString(Path.of("docs/SCENARIOS.md"));
    }
    assertThat(doc).contains(expected);
  }
}
