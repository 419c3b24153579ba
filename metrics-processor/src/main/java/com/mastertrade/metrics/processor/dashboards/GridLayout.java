package com.mastertrade.metrics.processor.dashboards;

/**
 * Places panels on Grafana's 24-column grid left to right, starting a new row when a panel does not
 * fit; a row is as tall as its tallest panel, so no two panels overlap.
 */
final class GridLayout {
  static final int COLUMNS = 24;

  private int x;
  private int y;
  private int rowHeight;

  /** The position of the next panel, as {x, y, w, h}. */
  int[] place(int width, int height) {
    int w = Math.max(1, Math.min(width, COLUMNS));
    if (x + w > COLUMNS) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    int[] position = {x, y, w, height};
    x += w;
    rowHeight = Math.max(rowHeight, height);
    return position;
  }
}
