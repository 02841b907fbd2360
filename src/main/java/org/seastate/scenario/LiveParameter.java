package org.seastate.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parameters that may change while a run goes on: the one list that dated events, the
 * model's live values, the GUI's Model tab, the JSON Schema of events and the format reference
 * are all read from. Each has a path template, a type, a range and a meaning; the records check
 * these values against the same ranges, so a value an event may set is exactly one a scenario
 * file may hold. Everything else in a scenario is fixed for the run (sweeps and {@code --set}
 * may change any path, but before the run starts).
 *
 * <p>Placeholders in templates: {@code <code>} a nation code, {@code <agency>} any agency,
 * {@code <feature>} a feature listed in the nation's stakes, {@code <n>} an index into the
 * policy's list, {@code <id>} an agreement id. {@link LivePath} matches concrete paths and
 * lists those a scenario has.
 *
 * <p>Fleet additions need no event: a fleet entry's {@code from:} date (or a capacity
 * agreement's vessel delivery) adds hulls on that date.
 */
public enum LiveParameter {
  RESOLVE(Scope.NATION, "resolve", "Resolve <code>", Type.NUMBER, Range.between(0, 3),
      "how much the nation values its stakes when it chooses an escalation level (1 = reference)"),
  RISK_TOLERANCE(Scope.NATION, "risk_tolerance", "Risk tolerance <code>", Type.NUMBER, Range.PROBABILITY,
      "share of the expected cost of escalating the nation ignores"),
  PUBLICITY(Scope.NATION, "publicity", "Publicity <code>", Type.NUMBER, Range.PROBABILITY,
      "how readily the nation publicises incidents against its vessels"),
  ROE_CAP(Scope.NATION_AGENCY, "roe_cap", "ROE cap <code> <agency>", Type.INTEGER, Range.LEVEL,
      "highest escalation level the agency may use (any agency, listed in roe_cap or not)"),
  STAKE(Scope.STAKE, "stakes", "Stake <code> <feature>", Type.NUMBER, Range.PROBABILITY,
      "value to the nation of a feature listed in its stakes"),
  DEFAULT_STAKE(Scope.NATION, "default_stake", "Default stake <code>", Type.NUMBER, Range.PROBABILITY,
      "value to the nation of the features not listed in its stakes"),
  PRESENCE_SHIPS(Scope.PRESENCE, "ships", "Presence ships <code> <n>", Type.INTEGER, Range.VESSELS,
      "ships kept on station by presence entry n (a minimum under an allocation)"),
  PRESENCE_PRIORITY(Scope.PRESENCE, "priority", "Presence priority <code> <n>", Type.INTEGER, Range.ANY_INTEGER,
      "rank of presence entry n when ships are short (larger is served first)"),
  SWARM_VESSELS(Scope.SWARM, "vessels", "Swarm vessels <code> <n>", Type.INTEGER, Range.VESSELS,
      "militia vessels of swarm n (the size its surges grow from)"),
  BLOCKADE_PROBABILITY(Scope.BLOCKADE, "probability", "Blockade probability <code> <n>", Type.NUMBER,
      Range.PROBABILITY,
      "chance that a mission entering the band of blockade n is intercepted"),
  BLOCKADE_BAND(Scope.BLOCKADE, "band_nm", "Blockade band <code> <n>", Type.NUMBER, Range.POSITIVE,
      "distance from the feature within which blockade n intercepts missions, nm"),
  INTERDICTION_INTENSITY(Scope.INTERDICTION, "intensity", "Interdiction <code>", Type.NUMBER, Range.PROBABILITY,
      "probability that a policing vessel challenges a rival it detects in the claim"),
  INTERDICTION_RADIUS(Scope.INTERDICTION, "radius_nm", "Standoff radius <code>", Type.NUMBER, Range.NON_NEGATIVE,
      "rivals within this distance of a feature are challenged; a standoff lasts while both sides stay within it,"
          + " nm"),
  ALLOCATION_SHIPS(Scope.ALLOCATION, "ships", "Allocation budget <code>", Type.INTEGER, Range.VESSELS,
      "hulls the allocation keeps on station in all, presence minimums included"),
  AGREEMENT_ENABLED(Scope.AGREEMENT, "enabled", "Agreement <id>", Type.BOOLEAN, Range.ANY,
      "false switches the agreement off"),
  RATIONALITY(Scope.GLOBAL, "rationality", "Rationality", Type.NUMBER, Range.NON_NEGATIVE,
      "logit precision of escalation choices (0 = random, high = best response)"),
  BASE_RISK(Scope.GLOBAL, "base_risk", "Base risk", Type.NUMBER, Range.NON_NEGATIVE,
      "cost weight present in every encounter"),
  W_PRESENCE(Scope.GLOBAL, "w_presence", "Weight of presence", Type.NUMBER, Range.NON_NEGATIVE,
      "cost weight per partner vessel near the target"),
  W_COMMITMENT(Scope.GLOBAL, "w_commitment", "Weight of commitment", Type.NUMBER, Range.NON_NEGATIVE,
      "cost per unit of defence commitment at and above its threshold"),
  W_VISIBILITY(Scope.GLOBAL, "w_visibility", "Weight of visibility", Type.NUMBER, Range.NON_NEGATIVE,
      "cost weight of visibility"),
  VISIBILITY(Scope.GLOBAL, "visibility", "Visibility", Type.NUMBER, Range.PROBABILITY, "how visible encounters are"),
  RECIPROCITY(Scope.GLOBAL, "reciprocity", "Reciprocity", Type.NUMBER, Range.NON_NEGATIVE,
      "weight pulling a side's level towards the opponent's last act"),
  STANDOFF_GAIN(Scope.GLOBAL, "standoff_gain", "Standoff gain", Type.NUMBER, Range.PROBABILITY,
      "share of the gain of coercion in a standoff (1 in an interception)"),
  TENSION_FEEDBACK(Scope.GLOBAL, "tension_feedback", "Tension feedback", Type.NUMBER, Range.NON_NEGATIVE,
      "resolve is multiplied by 1 + this x tension");

  /** The type of a live value, as written in a file. */
  public enum Type { NUMBER, INTEGER, BOOLEAN }

  /**
   * Which parts of a scenario a parameter exists for: the source of its placeholders' values,
   * and the path around its key ({@code nations.<code>.posture.} + key, for a nation's posture).
   */
  public enum Scope {
    /** One value for the scenario. */
    GLOBAL("escalation.", ""),
    /** One per nation. */
    NATION("nations.<code>.posture.", ""),
    /** One per nation and agency. */
    NATION_AGENCY("nations.<code>.posture.", ".<agency>"),
    /** One per nation and feature listed in its stakes. */
    STAKE("nations.<code>.posture.", ".<feature>"),
    /** One per entry of a policy's presence list. */
    PRESENCE("policies.<code>.presence.<n>.", ""),
    /** One per entry of a policy's swarms. */
    SWARM("policies.<code>.swarms.<n>.", ""),
    /** One per entry of a policy's blockades. */
    BLOCKADE("policies.<code>.blockades.<n>.", ""),
    /** One per policy with interdiction. */
    INTERDICTION("policies.<code>.interdiction.", ""),
    /** One per policy with an allocation. */
    ALLOCATION("policies.<code>.allocation.", ""),
    /** One per agreement. */
    AGREEMENT("agreements.<id>.", "");

    private final String before;
    private final String after;

    Scope(String before, String after) {
      this.before = before;
      this.after = after;
    }

    /** The path template of a key in this scope. */
    String template(String key) {
      return before + key + after;
    }
  }

  /**
   * The values a parameter may take: {@code min..max}, {@code min} excluded when {@code openMin}.
   *
   * @param words what a value must be, in the words of the records' checks ("a probability
   *     between 0 and 1"), so that a refusal reads the same wherever it is made
   */
  public record Range(double min, double max, boolean openMin, String words) {
    static final Range PROBABILITY = new Range(0, 1, false, "a probability between 0 and 1");
    static final Range LEVEL = new Range(0, EscalationSettings.MAX_LEVEL, false,
        "an escalation level from 0 to " + EscalationSettings.MAX_LEVEL);
    static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY, false, "a number >= 0");
    static final Range POSITIVE = new Range(0, Double.POSITIVE_INFINITY, true, "a number > 0");
    /** A count of ships, within the format's limit ({@link Limits#MAX_VESSELS}). */
    static final Range VESSELS = new Range(0, Limits.MAX_VESSELS, false,
        "a whole number from 0 to " + Shape.Scalar.show(Limits.MAX_VESSELS));
    static final Range ANY_INTEGER = new Range(Integer.MIN_VALUE, Integer.MAX_VALUE, false, "a whole number");
    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, "any value");

    static Range between(double lo, double hi) {
      return new Range(lo, hi, false, "between " + lo + " and " + hi);
    }

    static Range atLeast(int lo) {
      return new Range(lo, Integer.MAX_VALUE, false, "an integer >= " + lo);
    }

    /** Whether {@code v} is a finite value inside the range. */
    public boolean contains(double v) {
      return Double.isFinite(v) && (openMin ? v > min : v >= min) && v <= max;
    }

    /** Whether both ends are finite (a slider can show it). */
    public boolean bounded() {
      return Double.isFinite(min) && Double.isFinite(max) && max - min < Integer.MAX_VALUE;
    }

    /** The range in a few characters, for tables: {@code 0..3}, {@code >= 0}, {@code > 0}. */
    public String text() {
      if (bounded()) {
        return number(min) + ".." + number(max);
      }
      if (Double.isFinite(min) && min > Integer.MIN_VALUE) {
        return (openMin ? "> " : ">= ") + number(min);
      }
      return "any";
    }

    private static String number(double v) {
      return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
  }

  private final Scope scope;
  private final String template;
  private final String label;
  private final Type type;
  private final Range range;
  private final String description;
  private final Pattern pattern;

  LiveParameter(Scope scope, String key, String label, Type type, Range range, String description) {
    this.scope = scope;
    this.template = scope.template(key);
    this.label = label;
    this.type = type;
    this.range = range;
    this.description = description;
    this.pattern = Pattern.compile(regex(template));
  }

  /** The path with placeholders, e.g. {@code policies.<code>.presence.<n>.ships}. */
  public String template() {
    return template;
  }

  /** A short name with the same placeholders, for the GUI, e.g. {@code Resolve <code>}. */
  public String label() {
    return label;
  }

  public Scope scope() {
    return scope;
  }

  public Type type() {
    return type;
  }

  public Range range() {
    return range;
  }

  public String description() {
    return description;
  }

  /** Matches concrete paths; one group per placeholder, in order. */
  Pattern pattern() {
    return pattern;
  }

  /** The regular expression of the concrete paths, anchored, as the JSON Schema uses it. */
  public String regex() {
    return pattern.pattern();
  }

  /** Every template, in registry order (for messages and docs). */
  public static List<String> templates() {
    return Arrays.stream(values()).map(LiveParameter::template).toList();
  }

  /**
   * Checks a number against the range.
   *
   * @param what the name the refusal gives the value
   * @throws IllegalArgumentException naming {@code what} when the value is out of range
   */
  public double check(String what, double v) {
    if (!range.contains(v)) {
      throw new InvalidValueException(what, what + " must be " + range.words() + ", was " + v);
    }
    return v;
  }

  /** Checks a whole number against the range (the refusal shows it without decimals). */
  public int check(String what, int v) {
    if (!range.contains(v)) {
      throw new InvalidValueException(what, what + " must be " + range.words() + ", was " + v);
    }
    return v;
  }

  /**
   * Placeholders become groups: indices are canonical numbers, agencies their file spelling.
   * (Called from the constructor, before any other static field of the enum is set.)
   */
  private static String regex(String template) {
    String agencies = Arrays.stream(Agency.values()).map(Agency::key).collect(Collectors.joining("|"));
    StringBuilder b = new StringBuilder("^");
    for (String seg : template.split("\\.")) {
      if (b.length() > 1) {
        b.append("\\.");
      }
      b.append(switch (seg) {
        case "<n>" -> "(0|[1-9][0-9]*)";
        case "<agency>" -> "(" + agencies + ")";
        case "<code>", "<id>", "<feature>" -> "([^.]+)";
        default -> {
          if (!seg.matches("[a-z_]+")) {
            throw new IllegalStateException("template segment '" + seg + "' is neither a key nor a placeholder");
          }
          yield seg;
        }
      });
    }
    return b.append('$').toString();
  }
}
