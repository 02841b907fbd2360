package org.seastate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Feeds seeded, deterministic mutations of the shipped scenario and sweep files to
 * {@code seastate validate}: deleted keys, swapped types, extreme numbers, truncations, duplicated
 * keys, anchors and aliases (recursive ones too), stray YAML punctuation. Whatever the file holds,
 * validate must answer with exit code 0 or 2, without a stack trace, within 5 s a file.
 * A failure names the seed and the mutant, which is kept in the report for reproduction.
 */
class ScenarioFuzzTest {
  /** Fixed, so the test is deterministic; {@code -Dseastate.fuzz.seed=N -Dseastate.fuzz.mutants=M} explore further. */
  private static final long SEED = Long.getLong("seastate.fuzz.seed", 20_241_130L);
  private static final int MUTANTS = Integer.getInteger("seastate.fuzz.mutants", 1_000);
  private static final Duration PER_FILE = Duration.ofSeconds(5);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String[] EXTREMES = {"1e308", "-1e308", "1e309", ".nan", ".inf", "-.inf", "-1", "0",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1000000000", "2147483648",
      "4.9e-324", "-0", "0.0000001", "1e9", "99999999999999999999999", "-2147483649"};
  private static final String[] VALUES = {"[]", "{}", "\"text\"", "true", "null", "~", "[1, 2]", "{a: 1}", "''",
      "yes", "2024-02-30", "!!str 1", "!foo x", "|\n  block", "- item", "*undefined", "<<: {}", "0x1F", "1_000"};
  private static final String[] JUNK = {":", "- ", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "\t",
      ",", "?", "%", "@", "`", "\u00e9", "\u0000", "---\n", "...\n"};
  private static final Pattern NUMBER = Pattern.compile("(?<=[ \\[,:])-?\\d+(\\.\\d+)?(?=[ ,\\]}\\n]|$)");
  private static final Pattern VALUE = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z_][\\w.-]*: )(\\S.*)$");

  @Test
  @Timeout(300)
  void validateSurvivesMutatedFiles(@TempDir Path dir) throws IOException {
    Path scenarios = dir.resolve("scenarios");
    Files.createDirectories(scenarios.resolve("sweeps"));
    List<Path> sources = new ArrayList<>();
    for (String folder : List.of("scenarios", "scenarios/sweeps")) {
      try (Stream<Path> s = Files.list(Path.of(folder))) {
        for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
          Path copy = dir.resolve(folder).resolve(p.getFileName().toString());
          Files.copy(p, copy);
          sources.add(copy);
        }
      }
    }
    Random random = new Random(SEED);
    // one command line for all mutants: building it costs more than validating a small file
    CommandLine cl = SeaStateCommand.commandLine();
    long started = System.nanoTime();
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    int ok = 0;
    for (int i = 0; i < MUTANTS; i++) {
      Path source = sources.get(random.nextInt(sources.size()));
      String text = Files.readString(source);
      StringBuilder how = new StringBuilder();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        text = mutate(text, random, how);
      }
      // beside the original, so that extends and base paths still resolve
      Path mutant = source.resolveSibling("fuzz-" + i + ".yaml");
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (how.indexOf("truncate") >= 0) {
        bytes = Arrays.copyOf(bytes, Math.min(bytes.length, random.nextInt(bytes.length + 1)));
      }
      Files.write(mutant, bytes);
      long t0 = System.nanoTime();
      Cli.Result r = validate(cl, mutant);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      String what = "seed " + SEED + ", mutant " + i + " of " + source.getFileName() + " (" + how + "):\n"
          + r.err();
      assertThat(r.exit()).as(what).isIn(ExitCode.OK, ExitCode.BAD_INPUT);
      assertThat(r.out() + r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception")
          .doesNotContain("seastate failed").doesNotContain("Error");
      assertThat(took).as(what).isLessThan(PER_FILE);
      ok += r.exit() == ExitCode.OK ? 1 : 0;
      Files.delete(mutant);
    }
    System.out.printf("fuzz: %d mutants, %d valid, %.1f s (%.1f s of CPU)%n", MUTANTS, ok,
        (System.nanoTime() - started) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
  }

  private static Cli.Result validate(CommandLine cl, Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("validate", file.toString());
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  /** One random change; {@code how} records what was done. */
  static String mutate(String text, Random random, StringBuilder how) {
    String[] lines = text.split("\n", -1);
    int at = random.nextInt(lines.length);
    switch (random.nextInt(9)) {
      case 0 -> { // delete a key (its line)
        how.append("delete line ").append(at + 1).append("; ");
        return join(lines, at, null);
      }
      case 1 -> { // swap a value's type
        String v = VALUES[random.nextInt(VALUES.length)];
        how.append("value ").append(v.replace("\n", "\\n")).append("; ");
        return replaceNth(VALUE, text, random, mm -> mm.group(1) + v);
      }
      case 2 -> { // number extremes
        String v = EXTREMES[random.nextInt(EXTREMES.length)];
        how.append("number ").append(v).append("; ");
        return replaceNth(NUMBER, text, random, mm -> v);
      }
      case 3 -> {
        how.append("truncate; ");
        return text;
      }
      case 4 -> { // duplicate a line: duplicated keys
        how.append("duplicate line ").append(at + 1).append("; ");
        return join(lines, at, lines[at] + "\n" + lines[at]);
      }
      case 5 -> { // anchor a value and alias it elsewhere, or an alias to itself
        int kind = random.nextInt(3);
        how.append("alias ").append(kind).append("; ");
        if (kind == 0) {
          return replaceNth(VALUE, text, random, mm -> mm.group(1) + "&fz [*fz]");
        }
        if (kind == 1) {
          String anchored = replaceNth(VALUE, text, random, mm -> mm.group(1) + "&fz " + mm.group(2));
          return anchored.equals(text) ? text : replaceNth(VALUE, anchored, random, mm -> mm.group(1) + "*fz");
        }
        return text + "\nextra: &fy {a: *fy}\n";
      }
      case 6 -> { // stray punctuation
        String j = JUNK[random.nextInt(JUNK.length)];
        int col = lines[at].isEmpty() ? 0 : random.nextInt(lines[at].length() + 1);
        how.append("insert '").append(j.replace("\n", "\\n")).append("' at line ").append(at + 1).append("; ");
        return join(lines, at, lines[at].substring(0, col) + j + lines[at].substring(col));
      }
      case 7 -> { // indentation
        boolean in = random.nextBoolean();
        how.append(in ? "indent" : "dedent").append(" line ").append(at + 1).append("; ");
        return join(lines, at, in ? "  " + lines[at] : lines[at].replaceFirst("^ {1,2}", ""));
      }
      default -> { // a key renamed
        how.append("rename key at line ").append(at + 1).append("; ");
        return join(lines, at, lines[at].replaceFirst("([A-Za-z_]+):", "$1x:"));
      }
    }
  }

  private static String join(String[] lines, int at, String replacement) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = i == at ? replacement : lines[i];
      if (l != null) {
        b.append(l).append(i < lines.length - 1 ? "\n" : "");
      }
    }
    return b.toString();
  }

  private static String replaceNth(Pattern p, String text, Random random, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      replacements.add(f.apply(m));
    }
    if (spans.isEmpty()) {
      return text;
    }
    int k = random.nextInt(spans.size());
    return text.substring(0, spans.get(k)[0]) + replacements.get(k) + text.substring(spans.get(k)[1]);
  }
}
