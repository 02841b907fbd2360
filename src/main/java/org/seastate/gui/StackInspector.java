package org.seastate.gui;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.seastate.model.Vessel;
import sim.display.GUIState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The one inspector a stack opens: its members counted by nation, agency, state and mission,
 * and a list of their names; double-click a name (or press "Inspect vessel") to open that
 * vessel's own inspector in a window. Refreshed at most a few times a second ({@link Throttle}).
 */
public final class StackInspector extends Inspector {
  private static final long serialVersionUID = 1L;
  private final StackView stack;
  private final GUIState gui;
  private final JLabel summary = new JLabel();
  private final DefaultListModel<String> names = new DefaultListModel<>();
  private final JList<String> list = new JList<>(names);
  private List<Vessel> shown = List.of();

  public StackInspector(StackView stack, GUIState gui) {
    this.stack = stack;
    this.gui = gui;
    setTitle(stack.title());
    setLayout(new BorderLayout(4, 4));
    add(summary, BorderLayout.NORTH);
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(8);
    list.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        if (e.getClickCount() == 2) {
          inspectSelected();
        }
      }
    });
    add(new JScrollPane(list), BorderLayout.CENTER);
    JButton inspect = new JButton("Inspect vessel");
    inspect.addActionListener(e -> inspectSelected());
    JPanel south = new JPanel(new BorderLayout());
    south.add(inspect, BorderLayout.EAST);
    add(south, BorderLayout.SOUTH);
    updateInspector();
  }

  @Override
  public Steppable getUpdateSteppable() {
    return Throttle.updates(this);
  }

  @Override
  public void updateInspector() {
    List<Vessel> m = stack.members();
    StringBuilder b = new StringBuilder("<html><b>").append(esc(stack.title())).append("</b><table>");
    row(b, "Nation", stack.countBy(v -> v.hull().nation()));
    row(b, "Agency", stack.countBy(v -> v.hull().agency().key().replace('_', ' ')));
    row(b, "State", stack.countBy(v -> v.state().name().toLowerCase(java.util.Locale.ROOT)));
    row(b, "Mission", stack.countBy(missionType()));
    b.append("</table></html>");
    summary.setText(b.toString());
    if (m != shown) {
      shown = m;
      names.clear();
      for (Vessel v : m) {
        names.addElement(v.hull().name());
      }
    }
  }

  private static Function<Vessel, String> missionType() {
    return v -> v.mission() == null ? "none" : v.mission().tasking().type().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void row(StringBuilder b, String what, Map<String, Integer> counts) {
    b.append("<tr><td>").append(what).append("</td><td>");
    StringBuilder cell = new StringBuilder();
    counts.forEach((k, n) -> cell.append(cell.length() == 0 ? "" : ", ").append(esc(k)).append(" ").append(n));
    b.append(cell).append("</td></tr>");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  /** Opens the selected vessel's inspector in its own window. */
  void inspectSelected() {
    int i = list.getSelectedIndex();
    if (i < 0 || i >= shown.size()) {
      return;
    }
    VesselView view = new VesselView(shown.get(i), stack.sim());
    Inspector inner = new SimpleInspector(view, gui, view.toString(), 100);
    Inspector vi = Throttle.wrap(inner, view.toString());
    Stoppable stopper = gui.scheduleRepeatingImmediatelyAfter(vi.getUpdateSteppable());
    JFrame f = vi.createFrame(stopper);
    f.setTitle(view.toString());
    f.setLocationRelativeTo(this);
    f.setVisible(true);
  }
}
