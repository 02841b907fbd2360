package org.seastate.gui;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seastate.geo.Place;
import org.seastate.geo.TheaterGrid;
import org.seastate.model.DayReport;
import org.seastate.model.Encounter;
import org.seastate.model.FeaturePresence;
import org.seastate.model.SeaEvent;
import org.seastate.model.RunListener;
import org.seastate.model.SeaStateSim;
import org.seastate.model.Vessel;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * What is drawn over the map, kept in MASON {@link Continuous2D} fields in raster-cell units
 * (x east from the west edge, y south from the north edge, one unit per cell): vessels at sea,
 * open encounters, recent incident marks and the contested features. {@link #update()} brings
 * the fields in line with the simulation; the GUI calls it after every tick and the headless
 * snapshot once, and both draw the fields with {@link Glyphs}.
 *
 * <p>Vessels that share a cell are drawn as one glyph per nation and agency with a count, the
 * glyphs fanned out around the cell so that rivals at one shoal stay visible. The field holds
 * one {@link StackView} per glyph, so a click on a stack hits one object, however many vessels.
 */
public final class Scene implements RunListener {
  private final SeaStateSim sim;
  private final TheaterGrid grid;
  public final Continuous2D vessels;
  public final Continuous2D encounters;
  public final Continuous2D incidents;
  public final Continuous2D features;
  /** The stacks on the map by cell and nation/agency, reused hour to hour. */
  private final Map<String, StackView> stacks = new HashMap<>();
  private final Map<Integer, EncounterView> encounterViews = new HashMap<>();
  private final List<IncidentMark> marks = new ArrayList<>();
  private final List<FeatureView> featureViews = new ArrayList<>();
  private long lastObservedHour = Long.MIN_VALUE;

  /**
   * Creates the scene and registers it as a listener of {@code sim} (for incident marks, and the
   * day reports' presence counts the feature views show).
   */
  public Scene(SeaStateSim sim) {
    this.sim = sim;
    this.grid = sim.context().theater().grid();
    double w = grid.cols();
    double h = grid.rows();
    vessels = new Continuous2D(8, w, h);
    encounters = new Continuous2D(8, w, h);
    incidents = new Continuous2D(8, w, h);
    features = new Continuous2D(8, w, h);
    sim.addListener(this);
  }

  /** Field x of a longitude. */
  public double fx(double lon) {
    return (lon - grid.west()) * grid.cellsPerDegree();
  }

  /** Field y of a latitude. */
  public double fy(double lat) {
    return (grid.north() - lat) * grid.cellsPerDegree();
  }

  /** Clears everything; call after {@code sim.start()} (a new run). */
  public synchronized void reset() {
    vessels.clear();
    encounters.clear();
    incidents.clear();
    features.clear();
    stacks.clear();
    encounterViews.clear();
    marks.clear();
    featureViews.clear();
    lastObservedHour = Long.MIN_VALUE;
    for (Place p : sim.context().presenceFeatures()) {
      FeatureView fv = new FeatureView(p, sim.context().scenario().metrics().presenceRadiusOf(p.id()));
      featureViews.add(fv);
      features.setObjectLocation(fv, new Double2D(fx(p.position().lon()), fy(p.position().lat())));
    }
  }

  @Override
  public synchronized void event(SeaEvent event) {
    if (!(event instanceof SeaEvent.Episode incident) || incident.maxLevel() < 3) {
      return;
    }
    IncidentMark m = new IncidentMark(incident, Math.max(0, sim.now()));
    marks.add(m);
    incidents.setObjectLocation(m, new Double2D(fx(incident.lon()), fy(incident.lat())));
  }

  /** A day ended: the feature views take the model's presence counts as of its end. */
  @Override
  public synchronized void day(DayReport report) {
    for (FeatureView f : featureViews) {
      f.showCounts(report.presence());
    }
  }

  /** Brings the fields in line with the simulation's current hour. */
  public synchronized void update() {
    long now = sim.now();
    if (sim.vessels() == null || now > (long) sim.context().days() * 24) {
      return; // no run yet, or it has ended (MASON's clock then reads infinity): keep the last view
    }
    // encounters: which vessels are engaged, at what level
    Map<Vessel, Encounter> engaged = new IdentityHashMap<>();
    Set<Integer> open = new LinkedHashSet<>();
    for (Encounter e : sim.openEncounters()) {
      open.add(e.getId());
      for (Vessel v : e.challengers()) {
        engaged.put(v, e);
      }
      for (Vessel v : e.targets()) {
        engaged.put(v, e);
      }
      EncounterView ev = encounterViews.computeIfAbsent(e.getId(), k -> new EncounterView(e));
      encounters.setObjectLocation(ev, new Double2D(fx(e.lon()), fy(e.lat())));
    }
    encounterViews.entrySet().removeIf(en -> {
      if (!open.contains(en.getKey())) {
        encounters.remove(en.getValue());
        return true;
      }
      return false;
    });
    // incident marks fade out
    marks.removeIf(m -> {
      if (m.ageHours(now) >= Glyphs.INCIDENT_FADE_HOURS) {
        incidents.remove(m);
        return true;
      }
      return false;
    });
    // vessels at sea, grouped by cell, then by nation and agency: one StackView per group
    Map<Integer, Map<String, List<Vessel>>> byCell = new LinkedHashMap<>();
    for (Vessel v : sim.vessels()) {
      if (!v.state().atSea() || !grid.contains(v.lat(), v.lon())) {
        continue;
      }
      int cell = grid.cellOf(v.lat(), v.lon());
      byCell.computeIfAbsent(cell, k -> new LinkedHashMap<>())
          .computeIfAbsent(v.hull().nation() + "/" + v.hull().agency().key(), k -> new ArrayList<>()).add(v);
    }
    Set<String> live = new java.util.HashSet<>();
    for (Map.Entry<Integer, Map<String, List<Vessel>>> c : byCell.entrySet()) {
      int cell = c.getKey();
      double cx = grid.col(cell) + 0.5;
      double cy = grid.row(cell) + 0.5;
      int n = c.getValue().size();
      int k = 0;
      for (Map.Entry<String, List<Vessel>> group : c.getValue().entrySet()) {
        List<Vessel> stack = group.getValue();
        double x = cx;
        double y = cy;
        if (n > 1) {
          double radius = Glyphs.FAN_CELLS * Math.max(1.0, n / 6.0);
          double a = -Math.PI / 2 + 2 * Math.PI * k / n;
          x += Math.cos(a) * radius;
          y += Math.sin(a) * radius;
        } else {
          // a lone vessel sits where it is within its cell
          x = fx(stack.get(0).lon());
          y = fy(stack.get(0).lat());
        }
        int ring = -1;
        int encId = -1;
        for (Vessel v : stack) {
          Encounter e = engaged.get(v);
          if (e != null && e.getCurrentLevel() > ring) {
            ring = e.getCurrentLevel();
            encId = e.getId();
          }
        }
        String key = cell + ":" + group.getKey();
        live.add(key);
        StackView view = stacks.computeIfAbsent(key, kk -> new StackView(kk, sim, stack.get(0)));
        view.setMembers(stack);
        view.ringLevel = ring;
        view.encounterId = encId;
        vessels.setObjectLocation(view, new Double2D(x, y));
        k++;
      }
    }
    stacks.entrySet().removeIf(en -> {
      if (!live.contains(en.getKey())) {
        vessels.remove(en.getValue());
        return true;
      }
      return false;
    });
    observePresence(now);
  }

  /** Once an hour: who is present at each feature now, as the model counts presence. */
  private void observePresence(long now) {
    if (now < 0 || now == lastObservedHour) {
      return;
    }
    lastObservedHour = now;
    List<FeaturePresence.Present> present = sim.presentAtFeatures();
    for (FeatureView f : featureViews) {
      f.showPresentNow(present);
    }
  }

  public SeaStateSim sim() {
    return sim;
  }

  /** The vessel stacks currently on the map (one glyph each). */
  public synchronized List<StackView> stacks() {
    List<StackView> out = new ArrayList<>();
    Bag all = vessels.getAllObjects();
    for (int i = 0; i < all.numObjs; i++) {
      out.add((StackView) all.objs[i]);
    }
    return out;
  }

  /** The last hour the scene showed (the run's last hour once it has ended), or -1. */
  public synchronized long lastHour() {
    return lastObservedHour == Long.MIN_VALUE ? -1 : lastObservedHour;
  }

  public synchronized List<FeatureView> featureViews() {
    return List.copyOf(featureViews);
  }

  public synchronized List<IncidentMark> incidentMarks() {
    return List.copyOf(marks);
  }

  /** Where a view is drawn, in field units. */
  public Double2D location(Object view) {
    for (Continuous2D f : List.of(vessels, encounters, incidents, features)) {
      Double2D d = f.getObjectLocation(view);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The scene as map layers for {@link MapRenderer}: incident marks, open encounters, then
   * vessels, drawn exactly as the GUI's portrayals draw them.
   */
  public MapLayer layer() {
    return (g, f) -> {
      synchronized (this) {
        double unit = f.pxPerCell();
        long now = sim.now();
        drawAll(g, incidents, unit, o -> {
          IncidentMark m = (IncidentMark) o;
          return (gg, x, y) -> Glyphs.drawIncident(gg, x, y, unit, m.incident().maxLevel(), m.ageHours(now), false);
        });
        drawAll(g, encounters, unit, o -> {
          EncounterView e = (EncounterView) o;
          return (gg, x, y) -> Glyphs.drawEncounter(gg, x, y, unit, e.encounter().getCurrentLevel(), false);
        });
        drawAll(g, vessels, unit, o -> {
          StackView v = (StackView) o;
          return (gg, x, y) -> Glyphs.drawVessel(gg, x, y, unit, v.getNation(), v.agency(),
              v.course(), v.count(), v.ringLevel(), false);
        });
      }
    };
  }

  private interface Painter {
    void paint(Graphics2D g, double x, double y);
  }

  private static void drawAll(Graphics2D g, Continuous2D field, double unit,
      java.util.function.Function<Object, Painter> how) {
    Bag all = field.getAllObjects();
    List<Object> sorted = new ArrayList<>();
    for (int i = 0; i < all.numObjs; i++) {
      sorted.add(all.objs[i]);
    }
    sorted.sort(java.util.Comparator.comparing(Object::toString));
    for (Object o : sorted) {
      Painter p = how.apply(o);
      if (p != null) {
        Double2D d = field.getObjectLocation(o);
        p.paint(g, d.x * unit, d.y * unit);
      }
    }
  }
}
