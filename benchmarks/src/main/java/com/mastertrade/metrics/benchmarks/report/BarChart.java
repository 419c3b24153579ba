package com.mastertrade.metrics.benchmarks.report;

import com.mastertrade.metrics.benchmarks.report.Catalog.Family;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of the fastest iteration's ns/op with a whisker to the median, on a
 * logarithmic axis so that a 3 ns counter and a 200 ns builder-per-call stay readable in one
 * picture. Plain Java2D: no tool to install.
 */
final class BarChart {
  private static final int LABEL_WIDTH = 330;
  private static final int PLOT_WIDTH = 560;
  private static final int ROW = 22;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;
  private static final Map<Family, Color> COLOURS =
      Map.of(
          Family.GENERATED, new Color(0x2E7D32),
          Family.CLIENT_JAVA, new Color(0x1565C0),
          Family.MICROMETER, new Color(0xEF6C00),
          Family.FLOOR, new Color(0x757575));

  private BarChart() {}

  static void write(String title, List<Measurement> rows, Path file) throws IOException {
    int height = TOP + rows.size() * ROW + BOTTOM;
    BufferedImage image =
        new BufferedImage(LABEL_WIDTH + PLOT_WIDTH + 170, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, 10, 25);
    double max = rows.stream().mapToDouble(Measurement::medianNanos).max().orElse(10);
    LogAxis axis = new LogAxis(1, Math.pow(10, Math.ceil(Math.log10(max))), PLOT_WIDTH);
    drawGrid(g, axis, height);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < rows.size(); i++) {
      drawRow(g, axis, rows.get(i), TOP + i * ROW);
    }
    drawLegend(g, height - 22);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static void drawGrid(Graphics2D g, LogAxis axis, int height) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double tick = axis.min; tick <= axis.max; tick *= 10) {
      int x = LABEL_WIDTH + axis.x(tick);
      g.setColor(new Color(0xDDDDDD));
      g.drawLine(x, TOP - 5, x, height - BOTTOM + 5);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.0f ns", tick), x - 12, height - BOTTOM + 20);
    }
  }

  private static void drawRow(Graphics2D g, LogAxis axis, Measurement m, int y) {
    Catalog.Entry entry = Catalog.entry(m.key());
    g.setColor(Color.BLACK);
    g.drawString(shortName(m.key()), 10, y + 15);
    int end = axis.x(m.minNanos());
    g.setColor(COLOURS.get(entry.family()));
    g.fillRect(LABEL_WIDTH, y + 4, Math.max(end, 1), ROW - 8);
    int low = axis.x(m.minNanos());
    int high = axis.x(m.medianNanos());
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.2f));
    g.drawLine(LABEL_WIDTH + low, y + ROW / 2, LABEL_WIDTH + high, y + ROW / 2);
    g.drawLine(LABEL_WIDTH + high, y + 6, LABEL_WIDTH + high, y + ROW - 6);
    String text =
        String.format(
            Locale.ROOT,
            "%.1f ns (med %.1f), %d B",
            m.minNanos(),
            m.medianNanos(),
            m.roundedBytes());
    g.drawString(text, LABEL_WIDTH + high + 6, y + 15);
  }

  private static void drawLegend(Graphics2D g, int y) {
    int x = 10;
    for (Family family : Family.values()) {
      g.setColor(COLOURS.get(family));
      g.fillRect(x, y - 10, 12, 12);
      g.setColor(Color.BLACK);
      String name = family.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      g.drawString(name, x + 16, y);
      x += 30 + g.getFontMetrics().stringWidth(name);
    }
  }

  /** {@code Class.method[p]} without the class: the method names are unique across classes. */
  static String shortName(String key) {
    return key.substring(key.indexOf('.') + 1);
  }

  /** Maps a value in [min, max] to a pixel offset on a log10 scale. */
  private static final class LogAxis {
    final double min;
    final double max;
    final int width;

    LogAxis(double min, double max, int width) {
      this.min = min;
      this.max = Math.max(max, min * 10);
      this.width = width;
    }

    int x(double value) {
      double clamped = Math.min(Math.max(value, min), max);
      return (int) Math.round(width * Math.log(clamped / min) / Math.log(max / min));
    }
  }
}
