package org.seastate.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.seastate.geo.Theater;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;
import org.seastate.scenario.ScenarioEvent;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The MASON GUI of one scenario: a Console (play, pause, step, seed, the About, Model and Run
 * tabs), a display of the theater with vessels, encounters, incident marks, clickable features
 * and the ghosts of a counterfactual branch, a chart window and an event log, all placed to fit
 * the screen. The model knows nothing of it: the GUI reads the model after each tick, turns
 * knobs through {@link ModelKnobs}, and redraws at most a few times a second whatever the speed.
 */
public class SeaStateGui extends GUIState {
  /** Pixels per raster cell of the display at zoom 1 (whole pixels keep cells crisp). */
  public static final int PX_PER_CELL = 2;
  /** The speed a GUI starts at, in simulated days per second. */
  public static final double DEFAULT_SPEED = 5;
  /** Longest wall time of model hours run for one Console step (see {@link #step()}). */
  public static final long BATCH_MS = 40;

  private final SeaStateSim sim;
  private final Scene scene;
  private final ModelKnobs knobs;
  private final ScenePortrayals.MapPortrayal mapPortrayal;
  private final ContinuousPortrayal2D vesselPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D ghostPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D encounterPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D incidentPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D featurePortrayal = new ContinuousPortrayal2D();
  private final ScenePortrayals.ClockPortrayal clock;
  private final Pacer pacer = new Pacer(DEFAULT_SPEED);
  /** The display's layers in drawing order. */
  private final List<FieldPortrayal2D> layers;
  private Display2D display;
  private JFrame displayFrame;
  private LiveCharts charts;
  private EventLog eventLog;
  private volatile Branch branch;
  private int index = -1;

  /** The scenario of the last GUI opened in this program, for the Console's File > New. */
  private static volatile Scenario lastScenario;

  public SeaStateGui(Scenario scenario, long seed) {
    this(new SeaStateSim(scenario, Theater.standard(), seed));
  }

  /** Another run of the scenario last opened (the Console's File > New uses this). */
  public SeaStateGui() {
    this(requireLast(), System.currentTimeMillis());
  }

  private static Scenario requireLast() {
    Scenario s = lastScenario;
    if (s == null) {
      throw new IllegalStateException("open a scenario with 'seastate gui SCENARIO'");
    }
    return s;
  }

  public SeaStateGui(SeaStateSim sim) {
    super(sim);
    this.sim = sim;
    lastScenario = sim.context().scenario();
    this.scene = new Scene(sim);
    this.knobs = new ModelKnobs(sim);
    MapRenderer renderer = new MapRenderer(sim.context().theater())
        .titled("seastate \u00b7 " + sim.context().scenario().name(), sim.context().scenario().description().isBlank()
            ? null : firstLine(sim.context().scenario().description()));
    this.mapPortrayal = new ScenePortrayals.MapPortrayal(renderer, sim.context().theater().grid().cols());
    this.clock = new ScenePortrayals.ClockPortrayal(sim, scene);
    this.layers = List.of(mapPortrayal, featurePortrayal, incidentPortrayal, encounterPortrayal,
        ghostPortrayal, vesselPortrayal, clock);
    ghostPortrayal.setField(emptyField());
    ghostPortrayal.setPortrayalForAll(new ScenePortrayals.GhostPortrayal());
  }

  private Continuous2D emptyField() {
    return new Continuous2D(8, sim.context().theater().grid().cols(), sim.context().theater().grid().rows());
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int i = t.indexOf('\n');
    t = i < 0 ? t : t.substring(0, i);
    return t.length() > 110 ? t.substring(0, 107) + "..." : t;
  }

  public static String getName() {
    return "seastate: South China Sea";
  }

  /** The About tab: {@code index.html} next to this class. */
  public static Object getInfo() {
    java.net.URL url = SeaStateGui.class.getResource("index.html");
    return url != null ? url : "<html><body><p>seastate</p></body></html>";
  }

  @Override
  public Object getSimulationInspectedObject() {
    return knobs;
  }

  /**
   * The Model tab: every knob on one page, refreshed a few times a second at most, and only when
   * shown and a value changed (refreshing a hundred fields every hour cost most of a run's time).
   */
  @Override
  public Inspector getInspector() {
    Inspector inner = new SimpleInspector(knobs, this, null, 1000);
    Inspector outer = Throttle.wrap(inner, "Model", knobs::version);
    outer.setVolatile(true); // dated scenario events change the knobs too
    return outer;
  }

  public SeaStateSim sim() {
    return sim;
  }

  public Scene scene() {
    return scene;
  }

  public ModelKnobs knobs() {
    return knobs;
  }

  public Display2D display() {
    return display;
  }

  public LiveCharts charts() {
    return charts;
  }

  public EventLog eventLog() {
    return eventLog;
  }

  public Pacer pacer() {
    return pacer;
  }

  /** The clock's text as the display shows it. */
  public String clockText() {
    return clock.text();
  }

  /** The counterfactual branch, or null. */
  public Branch branch() {
    return branch;
  }

  @Override
  public void start() {
    super.start();
    knobs.applyTo(sim.parameters());
    setup();
    if (charts != null) {
      for (ScenarioEvent e : sim.context().scenario().events()) {
        long day = ChronoUnit.DAYS.between(sim.context().scenario().horizon().start(), e.date());
        if (day >= 0 && day < sim.context().days()) {
          charts.mark(day * 24, e.description().isBlank() ? "scenario event" : e.description(), false);
          eventLog.note(day * 24, "scenario", "", "", e.description() + " " + e.set());
        }
      }
      for (ModelKnobs.Change c : knobs.history()) {
        eventLog.note(0, "setting", "", "", c.label());
      }
    }
  }

  /**
   * While the Console plays, runs model hours in batches of up to {@link #BATCH_MS} of wall time
   * per Console step: MASON's Console waits for the Swing thread after every step it makes, and
   * that round trip, not the model, was what held a playing run to a few simulated days a second.
   * Batches stop at the Console's pause and end steps; the Step button (on the Swing thread)
   * still steps one hour.
   */
  @Override
  public boolean step() {
    long limit = 1;
    if (controller instanceof Console c && !SwingUtilities.isEventDispatchThread()) {
      long steps = state.schedule.getSteps();
      limit = Long.MAX_VALUE;
      for (long at : new long[] {c.getWhenShouldPause(), c.getWhenShouldEnd()}) {
        if (at != Long.MAX_VALUE && at > steps) {
          limit = Math.min(limit, at - steps);
        }
      }
    }
    long until = System.nanoTime() + BATCH_MS * 1_000_000L;
    for (long n = 0; n < limit; n++) {
      if (!super.step()) {
        return false;
      }
      if (System.nanoTime() >= until || sim.isFinished()) {
        break;
      }
    }
    return true;
  }

  @Override
  public void load(SimState state) {
    super.load(state);
    setup();
  }

  @Override
  public void finish() {
    super.finish();
    knobs.endRun();
  }

  private void setup() {
    branch = null;
    ghostPortrayal.setField(emptyField());
    scene.reset();
    scene.update();
    if (charts != null) {
      charts.clear();
      eventLog.clear();
    }
    scheduleRepeatingImmediatelyAfter(s -> {
      scene.update();
      Branch b = branch;
      if (b != null) {
        b.catchUp((long) sim.schedule.getTime());
      }
    });
    scheduleRepeatingImmediatelyAfter(pacer);
    vesselPortrayal.setField(scene.vessels);
    vesselPortrayal.setPortrayalForAll(new ScenePortrayals.VesselPortrayal());
    encounterPortrayal.setField(scene.encounters);
    encounterPortrayal.setPortrayalForAll(new ScenePortrayals.EncounterPortrayal());
    incidentPortrayal.setField(scene.incidents);
    incidentPortrayal.setPortrayalForAll(new ScenePortrayals.IncidentPortrayal(sim));
    featurePortrayal.setField(scene.features);
    featurePortrayal.setPortrayalForAll(new ScenePortrayals.FeaturePortrayal());
    if (display != null) {
      display.reset();
      display.repaint();
    }
  }

  /**
   * Forks the run here into a counterfactual branch ({@link Branch}) with {@code changes}; the
   * replay runs off the simulation thread, then the branch runs beside the main run. Its charts
   * are dashed, its vessels ghosts, and the branch point is marked on both.
   */
  public CompletableFuture<Branch> branch(Map<String, Object> changes, String label) {
    List<ModelKnobs.Change> history;
    long hour;
    synchronized (sim.schedule) {
      history = knobs.history();
      hour = (long) sim.schedule.getTime();
    }
    return CompletableFuture.supplyAsync(() -> {
      List<org.seastate.model.RunListener> ls = charts == null ? List.of() : List.of(charts.branchListener("branch"));
      Branch b = Branch.fork(sim, history, hour, changes, label, ls);
      synchronized (sim.schedule) {
        ghostPortrayal.setField(b.scene().vessels);
        branch = b;
      }
      if (charts != null) {
        charts.mark(hour, "branch: " + label, true);
        eventLog.note(hour, "branch", "", "", label);
      }
      return b;
    });
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    index = WindowLayout.opened();
    int w = sim.context().theater().grid().cols() * PX_PER_CELL;
    int h = sim.context().theater().grid().rows() * PX_PER_CELL;
    display = new SeaDisplay(w, h, this);
    display.setBackdrop(new Color(0xE6F0F7));
    display.attach(mapPortrayal, "Map");
    display.attach(featurePortrayal, "Features");
    display.attach(incidentPortrayal, "Incidents (3 days)");
    display.attach(encounterPortrayal, "Open encounters");
    display.attach(ghostPortrayal, "Branch (ghosts)");
    display.attach(vesselPortrayal, "Vessels");
    display.attach(clock, "Date");
    displayFrame = display.createFrame();
    displayFrame.setTitle("Theater");
    c.registerFrame(displayFrame);
    charts = new LiveCharts(sim.context().scenario().horizon().start());
    eventLog = new EventLog(sim.context().scenario().horizon().start());
    sim.addListener(charts);
    sim.addListener(eventLog);
    knobs.addListener(ch -> {
      if (ch.hour() >= 0) {
        charts.mark(ch.hour() + 1, ch.label(), false);
      }
      eventLog.note(ch.hour() + 1, "setting", "", "", ch.label());
    });
    c.registerFrame(charts.frame());
    c.registerFrame(eventLog.frame());
    WindowLayout.Plan plan = WindowLayout.plan(WindowLayout.screen(), index);
    WindowLayout.apply(plan, null, displayFrame, charts.frame(), eventLog.frame());
    display.setScale(WindowLayout.fitScale(plan.theater(), w, h));
    displayFrame.setVisible(true);
    charts.frame().setVisible(true);
    eventLog.frame().setVisible(true);
    if (c instanceof Console console) {
      // after the Console has built and placed itself
      SwingUtilities.invokeLater(() -> {
        console.getTabPane().addTab("Run", new RunPanel(this, pacer));
        WindowLayout.apply(plan, console, null, null, null);
      });
    }
  }

  @Override
  public void quit() {
    super.quit();
    if (displayFrame != null) {
      displayFrame.dispose();
    }
    if (charts != null) {
      charts.dispose();
      eventLog.dispose();
    }
    if (index >= 0) {
      WindowLayout.closed();
      index = -1;
    }
    displayFrame = null;
    display = null;
  }

  /**
   * What the display shows, rendered off screen in full (not only the part scrolled into view)
   * at a zoom: every layer attached to the display, drawn by the display's own portrayals in
   * attachment order. The camera button saves the visible part the same way.
   */
  public BufferedImage renderContent(double scale) {
    int w = (int) Math.round(sim.context().theater().grid().cols() * PX_PER_CELL * scale);
    int h = (int) Math.round(sim.context().theater().grid().rows() * PX_PER_CELL * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      java.awt.geom.Rectangle2D.Double all = new java.awt.geom.Rectangle2D.Double(0, 0, w, h);
      synchronized (state.schedule) {
        for (FieldPortrayal2D p : layers) {
          p.draw(p.getField(), g, new DrawInfo2D(this, p, all, all));
        }
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Opens the Console on a scenario. Fails with a clear message if there is no display. */
  public static Console launch(Scenario scenario, long seed) {
    if (GraphicsEnvironment.isHeadless()) {
      throw new java.awt.HeadlessException("no display: the GUI needs a graphical session (DISPLAY)");
    }
    SeaStateGui gui = new SeaStateGui(scenario, seed);
    Console console = new Console(gui);
    console.setVisible(true);
    return console;
  }
}
