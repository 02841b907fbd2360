package org.seastate.scenario;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ..." for misspelt keys and ids, by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The nearest candidate, or null if none is close enough to be a likely typo. */
  static String nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    int shorter = Math.min(word.length(), best.length());
    int limit = shorter <= 3 ? 1 : Math.max(2, shorter / 3);
    boolean prefix = best.startsWith(w) || w.startsWith(best.toLowerCase(Locale.ROOT));
    return bestD <= limit || (prefix && Math.min(w.length(), best.length()) >= 3) ? best : null;
  }

  /** " (did you mean 'x'?)" or "". */
  static String hint(String word, Collection<String> candidates) {
    String n = nearest(word, candidates);
    return n == null ? "" : "; did you mean '" + n + "'?";
  }

  /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
