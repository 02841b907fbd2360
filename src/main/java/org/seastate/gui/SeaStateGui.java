package org.seastate.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import org.seastate.geo.Theater;
import org.seastate.model.SeaStateSim;
import org.seastate.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The MASON GUI of one scenario: a Console (play, pause, step, seed, speed, the About and Model
 * tabs), a Display2D of the theater with vessels, encounters, incident marks and clickable
 * features, and three live charts. The model knows nothing of it: the GUI reads the model after
 * each tick and turns knobs through {@link ModelKnobs}.
 */
public class SeaStateGui extends GUIState {
  /** Pixels per raster cell of the display at zoom 1 (whole pixels keep cells crisp). */
  public static final int PX_PER_CELL = 2;

  private final SeaStateSim sim;
  private final Scene scene;
  private final ModelKnobs knobs;
  private final MapRenderer renderer;
  private final ScenePortrayals.MapPortrayal mapPortrayal;
  private final ContinuousPortrayal2D vesselPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D encounterPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D incidentPortrayal = new ContinuousPortrayal2D();
  private final ContinuousPortrayal2D featurePortrayal = new ContinuousPortrayal2D();
  private final ScenePortrayals.ClockPortrayal clock;
  /** The display's layers in drawing order. */
  private final java.util.List<FieldPortrayal2D> layers;
  private Display2D display;
  private JFrame displayFrame;
  private LiveCharts charts;

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
    lastScenario = sim.scenario();
    this.scene = new Scene(sim);
    this.knobs = new ModelKnobs(sim);
    this.renderer = new MapRenderer(sim.theater())
        .titled("seastate \u00b7 " + sim.scenario().name(), sim.scenario().description().isBlank()
            ? null : firstLine(sim.scenario().description()));
    this.mapPortrayal = new ScenePortrayals.MapPortrayal(renderer, sim.theater().grid().cols());
    this.clock = new ScenePortrayals.ClockPortrayal(sim);
    this.layers = java.util.List.of(mapPortrayal, featurePortrayal, incidentPortrayal, encounterPortrayal,
        vesselPortrayal, clock);
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

  @Override
  public Inspector getInspector() {
    Inspector i = super.getInspector();
    if (i != null) {
      i.setVolatile(true); // dated scenario events change the knobs too
    }
    return i;
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

  @Override
  public void start() {
    super.start();
    knobs.applyTo(sim.parameters());
    setup();
  }

  @Override
  public void load(SimState state) {
    super.load(state);
    setup();
  }

  private void setup() {
    scene.reset();
    scene.update();
    if (charts != null) {
      charts.clear();
    }
    scheduleRepeatingImmediatelyAfter(s -> scene.update());
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

  @Override
  public void init(Controller c) {
    super.init(c);
    int w = sim.theater().grid().cols() * PX_PER_CELL;
    int h = sim.theater().grid().rows() * PX_PER_CELL;
    display = new Display2D(w, h, this);
    display.setBackdrop(new Color(0xE6F0F7));
    display.attach(mapPortrayal, "Map");
    display.attach(featurePortrayal, "Features");
    display.attach(incidentPortrayal, "Incidents (3 days)");
    display.attach(encounterPortrayal, "Open encounters");
    display.attach(vesselPortrayal, "Vessels");
    display.attach(clock, "Date");
    displayFrame = display.createFrame();
    displayFrame.setTitle("Theater");
    c.registerFrame(displayFrame);
    displayFrame.setVisible(true);
    charts = new LiveCharts();
    sim.addListener(charts);
    int y = 0;
    for (JFrame f : charts.frames()) {
      c.registerFrame(f);
      f.setLocation(Math.min(1200, displayFrame.getWidth() + 20), y);
      y += f.getHeight() + 10;
      f.setVisible(true);
    }
  }

  @Override
  public void quit() {
    super.quit();
    if (displayFrame != null) {
      displayFrame.dispose();
    }
    if (charts != null) {
      for (JFrame f : charts.frames()) {
        f.dispose();
      }
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
    int w = (int) Math.round(sim.theater().grid().cols() * PX_PER_CELL * scale);
    int h = (int) Math.round(sim.theater().grid().rows() * PX_PER_CELL * scale);
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
