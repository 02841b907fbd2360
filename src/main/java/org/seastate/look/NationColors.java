package org.seastate.look;

import java.awt.Color;
import java.util.Map;

/**
 * One colour per nation, used by the map and by charts so a nation looks the same everywhere.
 * The main actors take the Okabe–Ito palette (distinguishable with the common forms of colour
 * blindness); further nations take colours from Paul Tol's muted palette.
 */
public final class NationColors {

  private static final Map<String, Color> COLORS = Map.ofEntries(
      Map.entry("CN", new Color(0xD55E00)), // vermillion
      Map.entry("PH", new Color(0x0072B2)), // blue
      Map.entry("VN", new Color(0xE69F00)), // orange
      Map.entry("MY", new Color(0x009E73)), // bluish green
      Map.entry("ID", new Color(0xCC79A7)), // reddish purple
      Map.entry("TW", new Color(0xF0E442)), // yellow
      Map.entry("JP", new Color(0x56B4E9)), // sky blue
      Map.entry("US", new Color(0x332288)), // indigo
      Map.entry("AU", new Color(0x117733)), // green
      Map.entry("BN", new Color(0x882255)), // wine
      Map.entry("TH", new Color(0xDDCC77)), // sand
      Map.entry("KH", new Color(0x88CCEE)), // cyan
      Map.entry("SG", new Color(0xAA4499)), // purple
      Map.entry("MM", new Color(0x999933))); // olive

  /** Colour for nations without an assigned colour. */
  public static final Color OTHER = new Color(0xBBBBBB);

  private NationColors() {}

  /** The colour of a nation code ({@code CN}, {@code PH}, ...), {@link #OTHER} if unknown. */
  public static Color of(String nation) {
    return nation == null ? OTHER : COLORS.getOrDefault(nation, OTHER);
  }

  /** Whether the nation has its own colour. */
  public static boolean has(String nation) {
    return COLORS.containsKey(nation);
  }

  /** {@code base} moved towards {@code tint} by {@code amount} (0 = base, 1 = tint). */
  public static Color blend(Color base, Color tint, double amount) {
    double a = Math.max(0, Math.min(1, amount));
    return new Color(
        (int) Math.round(base.getRed() + (tint.getRed() - base.getRed()) * a),
        (int) Math.round(base.getGreen() + (tint.getGreen() - base.getGreen()) * a),
        (int) Math.round(base.getBlue() + (tint.getBlue() - base.getBlue()) * a));
  }
}
