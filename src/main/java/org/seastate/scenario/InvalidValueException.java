package org.seastate.scenario;

/**
 * A record refused a value. It names the key the value is read from ({@code cruise_kn},
 * {@code roe_cap.navy}, {@code report_probability[3]}), so the loader can point at that value's
 * line and column without reading the message.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the key of the refused value in the record's mapping, a dotted path for a value
   *     inside a nested mapping; the message begins with it
   * @param message what was expected, and what the value was
   */
  public InvalidValueException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The key of the refused value, as written in a scenario or sweep file. */
  public String key() {
    return key;
  }

  /**
   * The key's first part: the key itself, or the mapping a nested key lies in
   * ({@code roe_cap} of {@code roe_cap.navy}, {@code effect} of {@code effect[2]}).
   */
  public String head() {
    int i = 0;
    while (i < key.length() && (isKeyChar(key.charAt(i)))) {
      i++;
    }
    return key.substring(0, i);
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
