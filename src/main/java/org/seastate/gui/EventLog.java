package org.seastate.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import org.seastate.model.RunListener;
import org.seastate.model.SeaEvent;

/**
 * The run's event log window: every knob change, scenario event and branch, and every incident
 * (an episode that reached level 3 or more) with its date, place, parties and level, so what
 * changed and what followed can be read side by side. Rows arrive on any thread and are added by
 * a Swing timer a few times a second; the newest row is kept in view.
 */
public final class EventLog implements RunListener {
  /** Rows kept; older ones are dropped so a long run cannot grow the table without bound. */
  public static final int MAX_ROWS = 5000;
  private final DefaultTableModel model = new DefaultTableModel(
      new Object[] {"Date", "Hour", "What", "Place", "Parties", "Level / setting"}, 0) {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isCellEditable(int row, int column) {
      return false;
    }
  };
  private final JTable table = new JTable(model);
  private final JFrame frame = new JFrame("Event log");
  private final ConcurrentLinkedQueue<Object[]> queue = new ConcurrentLinkedQueue<>();
  private final Timer timer;
  private final LocalDate start;

  public EventLog(LocalDate start) {
    this.start = start;
    table.setAutoCreateRowSorter(false);
    table.getColumnModel().getColumn(0).setPreferredWidth(80);
    table.getColumnModel().getColumn(1).setPreferredWidth(40);
    table.getColumnModel().getColumn(2).setPreferredWidth(90);
    table.getColumnModel().getColumn(3).setPreferredWidth(150);
    table.getColumnModel().getColumn(4).setPreferredWidth(70);
    table.getColumnModel().getColumn(5).setPreferredWidth(260);
    frame.getContentPane().add(new JScrollPane(table));
    frame.setSize(620, 300);
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    timer = new Timer((int) Throttle.INTERVAL_MS, e -> flush());
    timer.start();
  }

  public JFrame frame() {
    return frame;
  }

  /** Adds a row for something that happened at schedule time {@code hour} (-1: before the first). */
  public void note(long hour, String what, String place, String parties, String detail) {
    long h = Math.max(0, hour);
    queue.add(new Object[] {start.plusDays(h / 24).toString(), String.format("%02d:00", h % 24), what, place,
        parties, detail});
  }

  @Override
  public void event(SeaEvent event) {
    if (event instanceof SeaEvent.Episode e && e.maxLevel() >= 3) {
      int l = Math.min(7, e.maxLevel());
      note(e.tick(), "incident", e.feature(), e.challenger() + " vs " + e.target(),
          "level " + l + " (" + Glyphs.LEVEL_NAMES[l] + ")");
    }
  }

  /** Empties the log (a new run). */
  public void clear() {
    queue.add(new Object[0]);
  }

  /** Adds the queued rows (the timer calls this a few times a second). */
  public void flush() {
    if (queue.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object[] r; (r = queue.poll()) != null; ) {
      if (r.length == 0) {
        rows.clear();
        model.setRowCount(0);
      } else {
        rows.add(r);
      }
    }
    for (Object[] r : rows) {
      model.addRow(r);
    }
    int over = model.getRowCount() - MAX_ROWS;
    for (int i = 0; i < over; i++) {
      model.removeRow(0);
    }
    if (model.getRowCount() > 0) {
      table.scrollRectToVisible(table.getCellRect(model.getRowCount() - 1, 0, true));
    }
  }

  /** The rows as text, oldest first (Swing thread, after {@link #flush()}). */
  public List<String> rows() {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < model.getRowCount(); r++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < model.getColumnCount(); c++) {
        b.append(c == 0 ? "" : " | ").append(model.getValueAt(r, c));
      }
      out.add(b.toString());
    }
    return out;
  }

  public void dispose() {
    timer.stop();
    frame.dispose();
  }
}
