package org.seastate.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a {@link YNode} tree, within bounds: files over {@link #MAX_BYTES}
 * are refused before they are read, aliases to collections are limited (no "billion laughs"),
 * nesting depth and node count are capped, and tags are refused: the file is composed into a
 * node tree only, so nothing in it can choose a Java class to instantiate.
 */
final class YamlReader {
  /**
   * Largest scenario or sweep file accepted: the largest shipped file (baseline-2023.yaml) is
   * 23 kB, so this leaves forty times the room while keeping a parse well under a second.
   */
  static final long MAX_BYTES = 1_000_000;
  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 40;
  static final int MAX_NODES = 200_000;

  private static final Set<String> PLAIN_TAGS = Set.of(
      Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
      Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue(), Tag.TIMESTAMP.getValue());

  private YamlReader() {}

  /**
   * Reads a file; problems (missing file, not a regular file, too large, bad YAML) go to
   * {@code problems}. Type and size are checked from the file's attributes before it is opened,
   * so a FIFO (which would block), a device such as /dev/zero (endless) or a huge file costs
   * nothing; the read itself stops after {@link #MAX_BYTES} in case the file grows meanwhile.
   */
  static YNode read(Path file, String label, YNode.Loc from, Problems problems) {
    YNode.Loc whole = from != null ? from : new YNode.Loc(label, 0, 0);
    String fileWord = from != null ? "file '" + label + "'" : "file";
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      problems.add(whole, fileWord + " not found");
      return null;
    } catch (IOException | UnsupportedOperationException e) {
      problems.add(whole, "cannot read " + fileWord + ": " + e.getMessage());
      return null;
    }
    if (attrs.isDirectory()) {
      problems.add(whole, fileWord + " is a directory, expected a YAML file");
      return null;
    }
    if (!attrs.isRegularFile()) {
      problems.add(whole, fileWord + " is not a regular file (a device, pipe or socket); expected a YAML file");
      return null;
    }
    if (attrs.size() > MAX_BYTES) {
      problems.add(whole, tooLarge(fileWord, String.format(Locale.ROOT, "%,d bytes", attrs.size())));
      return null;
    }
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        problems.add(whole, tooLarge(fileWord, "over " + String.format(Locale.ROOT, "%,d bytes", MAX_BYTES)));
        return null;
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(whole, fileWord + " is not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add(whole, "cannot read " + fileWord + ": " + e.getMessage());
      return null;
    }
    return parse(label, text, problems);
  }

  private static String tooLarge(String fileWord, String size) {
    return String.format(Locale.ROOT, "%s is %s; the limit for scenario files is %,d bytes", fileWord, size,
        MAX_BYTES);
  }

  /** Parses YAML text; a file holding several documents is refused. */
  static YNode parse(String label, String text, Problems problems) {
    LoaderOptions opts = new LoaderOptions();
    opts.setMaxAliasesForCollections(MAX_ALIASES);
    opts.setNestingDepthLimit(MAX_DEPTH);
    opts.setCodePointLimit((int) MAX_BYTES + 1);
    opts.setAllowRecursiveKeys(false);
    opts.setProcessComments(false);
    opts.setMergeOnCompose(false);
    opts.setTagInspector(tag -> false);
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(text)), opts), new Resolver(), opts);
      if (!composer.checkNode()) {
        problems.add(new YNode.Loc(label, 0, 0), "file is empty, expected a YAML mapping");
        return null;
      }
      Node root = composer.getNode();
      if (composer.checkNode()) {
        Node second = composer.getNode();
        problems.add(loc(label, second.getStartMark()),
            "file holds more than one YAML document (a second '---'); expected one");
        return null;
      }
      return new Converter(label, problems).convert(root, 0);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(m != null ? loc(label, m) : new YNode.Loc(label, 0, 0),
          "not valid YAML: " + oneLine(what) + context(e));
      return null;
    } catch (YAMLException e) {
      problems.add(new YNode.Loc(label, 0, 0), "not valid YAML: " + oneLine(e.getMessage()));
      return null;
    } catch (TooBig e) {
      problems.add(e.loc, e.getMessage());
      return null;
    }
  }

  private static String context(MarkedYAMLException e) {
    return e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")";
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  static YNode.Loc loc(String label, Mark m) {
    return new YNode.Loc(label, m.getLine() + 1, m.getColumn() + 1);
  }

  private static final class TooBig extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient YNode.Loc loc;

    TooBig(YNode.Loc loc, String msg) {
      super(msg, null, false, false);
      this.loc = loc;
    }
  }

  /** SnakeYAML nodes to our tree, refusing tags, non-scalar keys and duplicate keys. */
  private static final class Converter {
    private final String label;
    private final Problems problems;
    private int nodes;
    /** The collections being converted, outermost first: an alias to one of them is a loop. */
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    Converter(String label, Problems problems) {
      this.label = label;
      this.problems = problems;
    }

    YNode convert(Node n, int depth) {
      YNode.Loc at = loc(label, n.getStartMark());
      if (++nodes > MAX_NODES) {
        throw new TooBig(at, "file expands to more than " + MAX_NODES
            + " YAML nodes (through aliases?); refused");
      }
      String tag = n.getTag().getValue();
      if (!PLAIN_TAGS.contains(tag)) {
        problems.add(at, "YAML tag '" + n.getTag() + "' is not allowed; scenario files hold plain"
            + " mappings, lists and scalars");
        return new YNode.YScalar(at, "", true);
      }
      if (n instanceof ScalarNode s) {
        return new YNode.YScalar(at, s.getValue(), s.isPlain());
      }
      if (!open.add(n)) {
        String anchor = n.getAnchor() != null ? "'&" + n.getAnchor() + "' " : "";
        throw new TooBig(at, "recursive alias: the node anchored here " + anchor
            + "contains an alias to itself; a scenario file must be a tree");
      }
      if (depth > MAX_DEPTH) {
        throw new TooBig(at, "nesting deeper than " + MAX_DEPTH + " levels (through aliases?); refused");
      }
      try {
        return collection(n, at, depth);
      } finally {
        open.remove(n);
      }
    }

    private YNode collection(Node n, YNode.Loc at, int depth) {
      if (n instanceof SequenceNode seq) {
        List<YNode> items = new ArrayList<>();
        for (Node c : seq.getValue()) {
          items.add(convert(c, depth + 1));
        }
        return new YNode.YList(at, items);
      }
      MappingNode map = (MappingNode) n;
      Map<String, YNode.YEntry> entries = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        Node k = t.getKeyNode();
        YNode.Loc kl = loc(label, k.getStartMark());
        if (!(k instanceof ScalarNode ks)) {
          problems.add(kl, "a key must be a plain word, got " + (k instanceof MappingNode ? "a mapping" : "a list"));
          continue;
        }
        String key = ks.getValue();
        if (key.equals("<<")) {
          problems.add(kl, "merge keys ('<<') are not supported; use 'extends' to reuse a file");
          continue;
        }
        YNode value = convert(t.getValueNode(), depth + 1);
        YNode.YEntry prev = entries.get(key);
        if (prev != null) {
          problems.add(kl, "duplicate key '" + key + "' (first at line " + prev.keyLoc().line()
              + ", column " + prev.keyLoc().column() + ")");
          continue;
        }
        entries.put(key, new YNode.YEntry(kl, value));
      }
      return new YNode.YMap(at, entries);
    }
  }
}
