package org.seastate.gui;

import org.seastate.look.NationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seastate.geo.LatLon;
import org.seastate.geo.OffMapEntry;
import org.seastate.geo.Place;
import org.seastate.geo.PlaceKind;
import org.seastate.geo.Theater;

/**
 * The places on the map: a marker per feature, port and base (off-map entries at the map's
 * edge) and labels placed so they avoid every marker and each other. Kept apart from
 * {@link MapRenderer}, which draws the sea, zones and the frame around them.
 */
final class PlaceMarks {
  private final Theater theater;

  PlaceMarks(Theater theater) {
    this.theater = theater;
  }


  /** The label of a place: its name up to the first " (" or " / ". */
  public static String shortName(Place p) {
    String n = p.name();
    int i = n.indexOf(" (");
    if (i > 0) {
      n = n.substring(0, i);
    }
    i = n.indexOf(" / ");
    if (i > 0) {
      n = n.substring(0, i);
    }
    return n;
  }

  private static boolean isEdcaSite(Place p) {
    return p.inGroup("edca") && p.kind() != PlaceKind.PORT;
  }

  /**
   * A label waiting for a free spot beside its marker: the marker's centre and radius in pixels,
   * and whether it is set in the small font.
   */
  private record Label(Place place, String text, double x, double y, double radius, boolean minor) {}

  void draw(Graphics2D g, MapFrame f) {
    double s = Math.max(2, f.pxPerCell());
    List<Rectangle2D> taken = new ArrayList<>();
    List<Place> places = new ArrayList<>(theater.places().all());
    // markers first, so labels avoid every marker
    List<Label> labels = new ArrayList<>();
    for (Place p : places) {
      double x;
      double y;
      String text = shortName(p);
      if (theater.isOffMap(p)) {
        continue; // drawn below, grouped by entry cell
      }
      LatLon pos = p.position();
      x = f.x(pos.lon());
      y = f.y(pos.lat());
      boolean edca = isEdcaSite(p);
      double r = edca ? 1.6 * s : p.kind() == PlaceKind.FEATURE ? 2.6 * s : 2.3 * s;
      Shape m = marker(p.kind(), edca, x, y, r);
      Color fill = p.holder().isEmpty() ? Color.WHITE : NationColors.of(p.holder());
      g.setColor(fill);
      g.fill(m);
      g.setColor(MapRenderer.INK);
      g.setStroke(new BasicStroke(edca ? 0.8f : 1.1f));
      g.draw(m);
      taken.add(m.getBounds2D());
      if (!edca) {
        labels.add(new Label(p, text, x, y, r, p.kind() == PlaceKind.PORT && p.inGroup("edca")));
      }
    }
    java.util.Map<Integer, List<OffMapEntry>> byEntry = new java.util.TreeMap<>();
    for (Place p : places) {
      if (theater.isOffMap(p)) {
        OffMapEntry e = theater.offMapEntry(p);
        byEntry.computeIfAbsent(e.cell(), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<OffMapEntry> group : byEntry.values()) {
      group.sort(java.util.Comparator.comparingDouble(OffMapEntry::distanceNm));
      OffMapEntry first = group.get(0);
      double x = f.x(first.entry().lon());
      double y = f.y(first.entry().lat());
      Shape m = new Ellipse2D.Double(x - 2.2 * s, y - 2.2 * s, 4.4 * s, 4.4 * s);
      g.setStroke(new BasicStroke(1.5f));
      g.setColor(Color.WHITE);
      g.fill(m);
      g.setColor(MapRenderer.INK);
      g.draw(m);
      taken.add(m.getBounds2D());
      StringBuilder text = new StringBuilder("\u2197 ");
      for (int i = 0; i < group.size(); i++) {
        OffMapEntry e = group.get(i);
        text.append(i == 0 ? "" : ", ").append(shortName(e.place()))
            .append(String.format(Locale.ROOT, " %,.0f nm", e.distanceNm()));
      }
      labels.add(new Label(first.place(), text.toString(), x, y, 2.2 * s, true));
    }
    Font big = MapRenderer.font(f, 11, Font.PLAIN);
    Font small = MapRenderer.font(f, 9, Font.PLAIN);
    for (Label l : labels) {
      Place p = l.place();
      String text = l.text();
      double x = l.x();
      double y = l.y();
      double r = l.radius();
      boolean minor = l.minor() || theater.isOffMap(p);
      g.setFont(minor ? small : big);
      FontMetrics fm = g.getFontMetrics();
      double w = fm.stringWidth(text);
      double h = fm.getAscent();
      double[] chosen = null;
      Rectangle2D chosenBox = null;
      int chosenRing = 0;
      double bestOverlap = Double.POSITIVE_INFINITY;
      // rings of candidate spots around the marker; labels on outer rings get a leader line
      search:
      for (int ring = 0; ring < 4; ring++) {
        double gap = r + 2 + ring * (h + 2);
        double d = gap * 0.8;
        double[][] spots = {
          {x + gap, y + h / 2 - 1}, {x - gap - w, y + h / 2 - 1}, {x - w / 2, y - gap - 1},
          {x - w / 2, y + gap + h}, {x + d, y - d}, {x + d, y + d + h - 2},
          {x - d - w, y - d}, {x - d - w, y + d + h - 2}
        };
        for (double[] spot : spots) {
          Rectangle2D box = new Rectangle2D.Double(spot[0] - 1, spot[1] - h, w + 2, h + fm.getDescent());
          if (box.getMinX() < 0 || box.getMaxX() > f.width() || box.getMinY() < 0
              || box.getMaxY() > f.height()) {
            continue;
          }
          double overlap = 0;
          for (Rectangle2D t : taken) {
            Rectangle2D i = box.createIntersection(t);
            if (i.getWidth() > 0 && i.getHeight() > 0) {
              overlap += i.getWidth() * i.getHeight() + 1;
            }
          }
          if (overlap == 0) {
            chosen = spot;
            chosenBox = box;
            chosenRing = ring;
            break search;
          }
          if (ring == 0 && overlap < bestOverlap) {
            bestOverlap = overlap;
            chosen = spot;
            chosenBox = box;
          }
        }
      }
      if (chosen == null) {
        double gap = r + 2;
        chosen = x + gap + w < f.width() ? new double[] {x + gap, y + h / 2 - 1}
            : new double[] {x - gap - w, y + h / 2 - 1};
        chosenBox = new Rectangle2D.Double(chosen[0] - 1, chosen[1] - h, w + 2, h + fm.getDescent());
      }
      if (chosenRing > 0) {
        double lx = Math.max(chosenBox.getMinX(), Math.min(x, chosenBox.getMaxX()));
        double ly = Math.max(chosenBox.getMinY(), Math.min(y, chosenBox.getMaxY()));
        g.setColor(new Color(40, 40, 40, 160));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(x, y, lx, ly));
      }
      taken.add(chosenBox);
      MapRenderer.label(g, text, chosen[0], chosen[1], MapRenderer.INK, fm);
    }
  }

  static Shape marker(PlaceKind kind, boolean edca, double x, double y, double r) {
    if (edca) { // triangle
      Path2D.Double t = new Path2D.Double();
      t.moveTo(x, y - r * 1.2);
      t.lineTo(x + r, y + r * 0.8);
      t.lineTo(x - r, y + r * 0.8);
      t.closePath();
      return t;
    }
    if (kind == PlaceKind.FEATURE) { // diamond
      Path2D.Double d = new Path2D.Double();
      d.moveTo(x, y - r);
      d.lineTo(x + r, y);
      d.lineTo(x, y + r);
      d.lineTo(x - r, y);
      d.closePath();
      return d;
    }
    return new Rectangle2D.Double(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); // square
  }


}
