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

  @Test
  void drawsAScenarioRunAtADate() throws Exception {
    Path out = dir.resolve("run.png");
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("snapshot", "scenarios/baseline-2023.yaml", "--at", "2023-01-08", "--seed", "3",
        "--out", out.toString(), "--scale", "2")).as(err.toString()).isEqualTo(ExitCode.OK);
    BufferedImage img = ImageIO.read(out.toFile());
    assertThat(img.getWidth()).isEqualTo(870);
    assertThat(img.getHeight()).isEqualTo(810);
    // the run's layers are drawn over the map (pixel checks of the glyphs: SnapshotsTest)
    Path plain = dir.resolve("plain.png");
    assertThat(cl.execute("snapshot", "--out", plain.toString(), "--scale", "2")).isEqualTo(ExitCode.OK);
    BufferedImage base = ImageIO.read(plain.toFile());
    int differing = 0;
    for (int y = 100; y < img.getHeight(); y++) { // below the title
      for (int x = 0; x < img.getWidth(); x++) {
        if (img.getRGB(x, y) != base.getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertThat(differing).isGreaterThan(2000);
  }

  @Test
  void setChangesTheScenarioThatIsDrawn() throws Exception {
    CommandLine cl = SeaStateCommand.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    String[] run = {"snapshot", "scenarios/baseline-2023.yaml", "--at", "2023-01-08", "--seed", "3", "--scale", "1"};
    Path plain = dir.resolve("plain.png");
    Path changed = dir.resolve("changed.png");
    Path again = dir.resolve("again.png");
    assertThat(cl.execute(concat(run, "--out", plain.toString()))).isEqualTo(ExitCode.OK);
    String[] set = {"--set", "policies.CN.interdiction.intensity=0"};
    assertThat(cl.execute(concat(concat(run, set), "--out", changed.toString()))).isEqualTo(ExitCode.OK);
    assertThat(cl.execute(concat(concat(run, set), "--out", again.toString()))).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllBytes(changed)).as("no Chinese interdiction: other episodes on the map")
        .isNotEqualTo(Files.readAllBytes(plain))
        .isEqualTo(Files.readAllBytes(again));
  }

  @Test
  void setWithoutAScenarioOrWithABadPathIsRefused() {
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("snapshot", "--set", "nations.CN.posture.resolve=2", "--out", dir.resolve("a.png").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("--set needs a SCENARIO");
    Cli.Result r = Cli.run("snapshot", "scenarios/baseline-2023.yaml", "--set", "nations.XX.posture.resolve=1",
        "--out", dir.resolve("b.png").toString());
    Cli.Result run = Cli.run("run", "scenarios/baseline-2023.yaml", "--set", "nations.XX.posture.resolve=1",
        "--out", dir.resolve("run").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).as("the same error as run's").isEqualTo(run.err()).contains("nations.XX.posture.resolve");
    assertThat(dir.resolve("a.png")).doesNotExist();
    assertThat(dir.resolve("b.png")).doesNotExist();
  }

  private static String[] concat(String[] a, String... b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void rejectsADateOutsideTheRunAndADateWithoutAScenario() {
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("snapshot", "scenarios/baseline-2023.yaml", "--at", "2024-02-01",
        "--out", dir.resolve("x.png").toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("outside the scenario's horizon");
    assertThat(cl.execute("snapshot", "--at", "2023-02-01", "--out", dir.resolve("y.png").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(cl.execute("snapshot", "scenarios/baseline-2023.yaml", "--at", "June",
        "--out", dir.resolve("z.png").toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
  }

  @Test
  void refusesAnOutputNameThatIsNotPng() {
    CommandLine cl = SeaStateCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    for (String name : new String[] {"x.txt", "x", "x.png.txt"}) {
      assertThat(cl.execute("snapshot", "--out", dir.resolve(name).toString(), "--scale", "1"))
          .as(name).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(dir.resolve(name)).doesNotExist();
    }
    assertThat(err.toString()).contains("--out").contains("must end in .png").contains("x.png");
    assertThat(cl.execute("snapshot", "--out", dir.resolve("upper.PNG").toString(), "--scale", "1")).isZero();
  }
}
