package org.seastate.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concrete path of a {@link LiveParameter}, e.g. {@code policies.CN.presence.0.ships}, with
 * the values of its placeholders in template order ({@code [CN, 0]}).
 *
 * @param parameter what the path names
 * @param path the path
 * @param args the values of the template's placeholders, in order
 */
public record LivePath(LiveParameter parameter, String path, List<String> args) {
  private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z]+>");

  public LivePath {
    args = List.copyOf(args);
  }

  /** The live parameter a path names, if it names one. */
  public static Optional<LivePath> parse(String path) {
    for (LiveParameter p : LiveParameter.values()) {
      Matcher m = p.pattern().matcher(path);
      if (m.matches()) {
        List<String> args = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          args.add(m.group(g));
        }
        return Optional.of(new LivePath(p, path, args));
      }
    }
    return Optional.empty();
  }

  /** Every live path a scenario has, parameter by parameter in registry order. */
  public static List<LivePath> of(Scenario s) {
    List<LivePath> out = new ArrayList<>();
    for (LiveParameter p : LiveParameter.values()) {
      for (List<String> args : argsOf(p.scope(), s)) {
        out.add(at(p, args));
      }
    }
    return out;
  }

  /** The parameter's path with its placeholders filled in from {@code args}, in order. */
  static LivePath at(LiveParameter p, List<String> args) {
    return new LivePath(p, fill(p.template(), args), args);
  }

  private static List<List<String>> argsOf(LiveParameter.Scope scope, Scenario s) {
    List<List<String>> out = new ArrayList<>();
    switch (scope) {
      case GLOBAL -> out.add(List.of());
      case NATION -> s.nations().keySet().forEach(c -> out.add(List.of(c)));
      case NATION_AGENCY -> s.nations().keySet().forEach(c -> {
        for (Agency a : Agency.values()) {
          out.add(List.of(c, a.key()));
        }
      });
      case STAKE -> s.nations().forEach((c, n) -> n.posture().stakes().keySet().forEach(f -> out.add(List.of(c, f))));
      case PRESENCE -> s.policies().forEach((c, p) -> indices(out, c, p.presence().size()));
      case SWARM -> s.policies().forEach((c, p) -> indices(out, c, p.swarms().size()));
      case BLOCKADE -> s.policies().forEach((c, p) -> indices(out, c, p.blockades().size()));
      case INTERDICTION -> s.policies().forEach((c, p) -> {
        if (!p.interdiction().equals(Policy.Interdiction.NONE)) {
          out.add(List.of(c));
        }
      });
      case ALLOCATION -> s.policies().forEach((c, p) -> p.allocation().ifPresent(a -> out.add(List.of(c))));
      case AGREEMENT -> s.agreements().keySet().forEach(id -> out.add(List.of(id)));
    }
    return out;
  }

  private static void indices(List<List<String>> out, String code, int size) {
    for (int i = 0; i < size; i++) {
      out.add(List.of(code, String.valueOf(i)));
    }
  }

  /** Replaces the placeholders of a template (or label) with {@code args}, in order. */
  private static String fill(String template, List<String> args) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    int next = 0;
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(args.get(next++)));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The first placeholder's value: the nation code (or agreement id) the value belongs to. */
  public String owner() {
    return args.get(0);
  }

  /** The list index of a presence, swarm or blockade path. */
  public int index() {
    return Integer.parseInt(args.get(1));
  }

  /** The last placeholder's value: the agency, feature or index the path ends with. */
  public String key() {
    return args.get(args.size() - 1);
  }

  /**
   * The value's name as the records' checks give it: the key under the nation's posture or
   * policy (or the agreement, or the escalation settings), then whose it is, e.g.
   * {@code roe_cap.coast_guard of CN}, {@code presence.0.ships of CN}, {@code standoff_gain}.
   */
  public String name() {
    String[] seg = path.split("\\.");
    if (args.isEmpty()) {
      return String.join(".", List.of(seg).subList(1, seg.length));
    }
    int from = seg[2].equals("posture") ? 3 : 2;
    return String.join(".", List.of(seg).subList(from, seg.length)) + " of " + owner();
  }

  /** The parameter's label with the placeholders filled in, e.g. {@code Resolve CN}. */
  public String label() {
    return fill(parameter.label(), args);
  }

  /** The feature of the presence entry, swarm or blockade a path is about; empty for other paths. */
  public Optional<String> feature(Scenario s) {
    return switch (parameter.scope()) {
      case PRESENCE -> Optional.of(s.policy(owner()).presence().get(index()).feature());
      case SWARM -> Optional.of(s.policy(owner()).swarms().get(index()).feature());
      case BLOCKADE -> Optional.of(s.policy(owner()).blockades().get(index()).feature());
      default -> Optional.empty();
    };
  }
}
