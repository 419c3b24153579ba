package com.mastertrade.metrics.benchmarks.report;

import com.mastertrade.metrics.benchmarks.report.Catalog.Family;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart (JFreeChart) of the fastest iteration's ns/op, a marker at the median and
 * the bytes per operation beside each bar, on a logarithmic axis so that a 3 ns counter and a 200
 * ns builder-per-call stay readable in one picture. Bars are coloured by who wrote the code under
 * test.
 */
final class BarChart {
  private static final int WIDTH = 1060;
  private static final int ROW = 22;
  private static final int MARGINS = 140;
  private static final Map<Family, Color> COLOURS =
      Map.of(
          Family.GENERATED, new Color(0x2E7D32),
          Family.CLIENT_JAVA, new Color(0x1565C0),
          Family.MICROMETER, new Color(0xEF6C00),
          Family.FLOOR, new Color(0x757575));

  private BarChart() {}

  static void write(String title, List<Measurement> rows, Path file) throws IOException {
    DefaultCategoryDataset fastest = new DefaultCategoryDataset();
    DefaultCategoryDataset median = new DefaultCategoryDataset();
    for (Measurement m : rows) {
      String row = rowLabel(m);
      fastest.addValue(m.minNanos(), "fastest", row);
      median.addValue(m.medianNanos(), "median", row);
    }
    CategoryPlot plot = new CategoryPlot(fastest, new CategoryAxis(), nanosAxis(rows), bars(rows));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDataset(1, median);
    plot.setRenderer(1, medianMarkers());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    plot.setFixedLegendItems(legend());
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, MARGINS + rows.size() * ROW);
  }

  /** Catalogue order, with the bytes per operation from {@code -prof gc}. */
  private static String rowLabel(Measurement m) {
    return String.format(Locale.ROOT, "%s  (%d B)", shortName(m.key()), m.roundedBytes());
  }

  private static LogAxis nanosAxis(List<Measurement> rows) {
    double max = rows.stream().mapToDouble(Measurement::medianNanos).max().orElse(10);
    double min = rows.stream().mapToDouble(Measurement::minNanos).min().orElse(1);
    LogAxis axis = new LogAxis("ns/op (log scale)");
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setNumberFormatOverride(
        new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    // Whole decades, so that the grid lines fall on 0.1, 1, 10, 100 ns; the top decade leaves
    // room for the value written after the longest bar.
    axis.setRange(
        Math.pow(10, Math.floor(Math.log10(Math.min(min, 1)))),
        Math.pow(10, Math.ceil(Math.log10(Math.max(max, 10))) + 0.3));
    return axis;
  }

  /** One series, so the paint is chosen per category: the family of the benchmark on that row. */
  private static BarRenderer bars(List<Measurement> rows) {
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int series, int column) {
            return COLOURS.get(Catalog.entry(rows.get(column).key()).family());
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2} ns", new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(8);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    return renderer;
  }

  private static LineAndShapeRenderer medianMarkers() {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesShape(0, new Rectangle(-1, -7, 2, 14));
    return renderer;
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    for (Family family : Family.values()) {
      items.add(
          new LegendItem(
              family.name().toLowerCase(Locale.ROOT).replace('_', ' '), COLOURS.get(family)));
    }
    items.add(new LegendItem("median (marker)", Color.BLACK));
    return items;
  }

  /** {@code Class.method[p]} without the class: the method names are unique across classes. */
  static String shortName(String key) {
    return key.substring(key.indexOf('.') + 1);
  }
}
