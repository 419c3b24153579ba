package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.schema.Exposition.samples;
import static com.mastertrade.metrics.schema.Exposition.value;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/**
 * An open label keeps its first {@code @MaxValues} values; later values are recorded under {@code
 * __overflow__} and counted, never dropped and never creating series.
 */
class OpenLabelOverflowTest {
  private static final String OVERFLOW_COUNT =
      "mastertrade_label_overflow_total{label=\"symbol\",metric=\"mastertrade_orders_placed_total\"}";

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusMasterTradeMetrics metrics =
      PrometheusMasterTradeMetrics.register(registry);

  @Test
  void valuesBeyondTheBoundGoToOverflowAndAreCounted() {
    // ordersPlaced declares @MaxValues(16) on symbol.
    for (int i = 0; i < 16; i++) {
      metrics.trading().ordersPlaced("SYM" + i, Side.BUY, OrderType.MARKET).inc();
    }
    assertThat(value(registry, OVERFLOW_COUNT)).isEqualTo(0);

    for (int i = 16; i < 1_000; i++) {
      metrics.trading().ordersPlaced("SYM" + i, Side.BUY, OrderType.MARKET).inc();
    }

    assertThat(samples(registry, "mastertrade_orders_placed_total")).hasSize(17);
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"buy\",symbol=\"__overflow__\",type=\"market\"}"))
        .isEqualTo(984);
    assertThat(value(registry, OVERFLOW_COUNT)).isEqualTo(984);
    // Nothing was lost: the series still add up to every recording.
    double total =
        samples(registry, "mastertrade_orders_placed_total").stream()
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .sum();
    assertThat(total).isEqualTo(1_000);
  }

  @Test
  void admittedValuesKeepRecordingAfterOverflow() {
    for (int i = 0; i < 20; i++) {
      metrics.trading().ordersPlaced("SYM" + i, Side.SELL, OrderType.LIMIT).inc();
    }
    metrics.trading().ordersPlaced("SYM3", Side.SELL, OrderType.LIMIT).inc();
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"sell\",symbol=\"SYM3\",type=\"limit\"}"))
        .isEqualTo(2);
  }

  @Test
  void nullIsRecordedAsOverflow() {
    metrics.trading().ordersPlaced(null, Side.BUY, OrderType.MARKET).inc();
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"buy\",symbol=\"__overflow__\",type=\"market\"}"))
        .isEqualTo(1);
    assertThat(value(registry, OVERFLOW_COUNT)).isEqualTo(1);
  }

  /**
   * The recorder keeps the series it resolved last for a repeated call; a series with an overflow
   * value must never be kept, or the same overflowing instance would go uncounted.
   */
  @Test
  void everyRecordingOfTheSameOverflowingInstanceIsCounted() {
    for (int i = 0; i < 16; i++) {
      metrics.trading().ordersPlaced("SYM" + i, Side.BUY, OrderType.MARKET).inc();
    }
    String late = "LATE";
    for (int i = 0; i < 100; i++) {
      metrics.trading().ordersPlaced(late, Side.BUY, OrderType.MARKET).inc();
    }
    // The literal is the very instance the overflow series is labelled with.
    for (int i = 0; i < 3; i++) {
      metrics.trading().ordersPlaced("__overflow__", Side.BUY, OrderType.MARKET).inc();
    }
    assertThat(value(registry, OVERFLOW_COUNT)).isEqualTo(103);
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"buy\",symbol=\"__overflow__\",type=\"market\"}"))
        .isEqualTo(103);
  }

  @Test
  void theOverflowLiteralIsAnOrdinaryValueWhileTheBoundAllows() {
    for (int i = 0; i < 3; i++) {
      metrics.trading().ordersPlaced("__overflow__", Side.BUY, OrderType.MARKET).inc();
    }
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"buy\",symbol=\"_overflow__\",type=\"market\"}"))
        .isEqualTo(3);
    assertThat(value(registry, OVERFLOW_COUNT)).isEqualTo(0);
  }

  @Test
  void aRepeatedCallWithTheSecondOpenLabelOverflowingIsCountedEachTime() {
    // errors(collector, source) declares @MaxValues(4) on source.
    for (int i = 0; i < 4; i++) {
      metrics.dataCollection().errors("binance", "source" + i).inc();
    }
    for (int i = 0; i < 5; i++) {
      metrics.dataCollection().errors("binance", "late").inc();
      metrics.dataCollection().errors("binance", "__overflow__").inc();
      metrics.dataCollection().errors("binance", "source1").inc();
    }
    assertThat(
            value(
                registry,
                "mastertrade_label_overflow_total{label=\"source\","
                    + "metric=\"mastertrade_data_collector_errors_total\"}"))
        .isEqualTo(10);
    assertThat(
            value(
                registry,
                "mastertrade_data_collector_errors_total{collector=\"binance\",source=\"source1\"}"))
        .isEqualTo(6);
  }

  @Test
  void boundsAreKeptPerMetric() {
    for (int i = 0; i < 16; i++) {
      metrics.trading().ordersPlaced("SYM" + i, Side.BUY, OrderType.MARKET).inc();
    }
    // ordersFilled has its own 16 values: the symbols placed do not use them up.
    metrics.trading().ordersFilled("OTHER", Side.BUY, OrderType.MARKET).inc();
    assertThat(
            value(
                registry,
                "mastertrade_orders_filled_total{side=\"buy\",symbol=\"OTHER\",type=\"market\"}"))
        .isEqualTo(1);
  }
}
