package org.seastate.gui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The Console's Run tab: the speed in simulated days per second, "Branch here…" (fork the run
 * into a counterfactual with one knob set differently), whether the next run keeps this run's
 * knob settings, and buttons that bring the charts and the event log forward.
 */
final class RunPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private final SeaStateGui gui;
  final JComboBox<String> speed = new JComboBox<>();
  final JLabel branchState = new JLabel("no branch");

  RunPanel(SeaStateGui gui, Pacer pacer) {
    super(new BorderLayout());
    this.gui = gui;
    JPanel p = new JPanel(new GridBagLayout());
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(4, 6, 4, 6);
    c.anchor = GridBagConstraints.WEST;
    c.gridy = 0;
    p.add(new JLabel("Speed"), c);
    for (double d : Pacer.SPEEDS) {
      speed.addItem(Pacer.name(d));
    }
    speed.setSelectedItem(Pacer.name(pacer.getDaysPerSecond()));
    speed.addActionListener(e -> pacer.setDaysPerSecond(Pacer.SPEEDS[speed.getSelectedIndex()]));
    p.add(speed, c);
    c.gridy++;
    JButton branch = new JButton("Branch here\u2026");
    branch.setToolTipText("Fork the run: a second run with the same seed and the same knob history, "
        + "one setting changed from now on; drawn as ghosts on the map and dashed on the charts");
    branch.addActionListener(e -> askBranch());
    p.add(branch, c);
    p.add(branchState, c);
    c.gridy++;
    c.gridwidth = 2;
    JCheckBox keep = new JCheckBox("Keep knob settings for the next run");
    keep.setToolTipText("Off: a new run starts from the scenario's values");
    keep.addActionListener(e -> gui.knobs().setKeepForNextRun(keep.isSelected()));
    p.add(keep, c);
    c.gridy++;
    c.gridwidth = 1;
    JButton charts = new JButton("Charts");
    charts.addActionListener(e -> front(gui.charts().frame()));
    p.add(charts, c);
    JButton log = new JButton("Event log");
    log.addActionListener(e -> front(gui.eventLog().frame()));
    p.add(log, c);
    add(p, BorderLayout.NORTH);
    add(new JLabel("<html><p style='padding:6px'>Double-click a vessel stack, encounter, incident or "
        + "feature on the map to inspect it. The Model tab's knobs act from the next hour; each change "
        + "is marked on the charts and in the event log.</p></html>"), BorderLayout.CENTER);
  }

  private static void front(javax.swing.JFrame f) {
    f.setVisible(true);
    f.toFront();
  }

  /** Asks which knob the branch sets differently, then forks. */
  private void askBranch() {
    ModelKnobs knobs = gui.knobs();
    List<String> paths = knobs.paths();
    JComboBox<String> which = new JComboBox<>();
    for (String path : paths) {
      which.addItem(knobs.labelOf(path));
    }
    JTextField value = new JTextField(8);
    Runnable suggest = () -> {
      Object v = knobs.get(paths.get(which.getSelectedIndex()));
      value.setText(v instanceof Boolean b ? String.valueOf(!b) : String.valueOf(v));
    };
    which.addActionListener(e -> suggest.run());
    suggest.run();
    JPanel form = new JPanel(new BorderLayout(4, 4));
    form.add(which, BorderLayout.NORTH);
    form.add(new JLabel("value in the branch: "), BorderLayout.WEST);
    form.add(value, BorderLayout.CENTER);
    if (JOptionPane.showConfirmDialog(this, form, "Branch here", JOptionPane.OK_CANCEL_OPTION)
        != JOptionPane.OK_OPTION) {
      return;
    }
    String path = paths.get(which.getSelectedIndex());
    Object current = knobs.get(path);
    Object v = current instanceof Boolean ? (Object) Boolean.parseBoolean(value.getText().trim())
        : current instanceof Integer ? (Object) Integer.parseInt(value.getText().trim())
        : (Object) Double.parseDouble(value.getText().trim());
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put(path, v);
    branchState.setText("replaying\u2026");
    gui.branch(changes, knobs.labelOf(path) + " = " + v)
        .whenComplete((b, err) -> javax.swing.SwingUtilities.invokeLater(() ->
            branchState.setText(err != null ? "failed: " + err.getMessage() : "branch: " + b.label())));
  }
}
