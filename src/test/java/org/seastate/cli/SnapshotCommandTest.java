package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SnapshotCommandTest {

  @TempDir Path dir;

  @Test
  void writesPngAndRefusesToOverwrite() throws Exception {
    Path out = dir.resolve("maps/deeper/theater.png");
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));

    assertThat(cl.execute("snapshot", "--out", out.toString(), "--scale", "1")).isEqualTo(ExitCode.OK);
    BufferedImage img = ImageIO.read(out.toFile());
    assertThat(img.getWidth()).isEqualTo(435);
    assertThat(img.getHeight()).isEqualTo(405);
    long size = Files.size(out);

    assertThat(cl.execute("snapshot", "--out", out.toString(), "--scale", "2"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("already exists").contains("--force");
    assertThat(Files.size(out)).isEqualTo(size);

    assertThat(cl.execute("snapshot", "--out", out.toString(), "--scale", "2", "--force"))
        .isEqualTo(ExitCode.OK);
    assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(870);
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out); // no temporary files left behind
    }
  }

  @Test
  void rejectsABadScale() {
    CommandLine cl = SeaStateCommand.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("snapshot", "--out", dir.resolve("x.png").toString(), "--scale", "0"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(dir.resolve("x.png")).doesNotExist();
  }
}
