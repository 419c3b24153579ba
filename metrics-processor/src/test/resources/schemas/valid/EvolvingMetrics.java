package com.example.evolving;

import com.mastertrade.metrics.annotations.AcceptedBreak;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.DeprecatedMetric;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.Label;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.annotations.SchemaChange;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;

/** A schema with a history: a renamed metric and label, deprecations, an accepted break. */
@MetricsSchema(namespace = "evolving")
@AcceptedBreak(
    change = SchemaChange.LABEL_ADDED,
    element = "evolving_orders_placed{channel}",
    reason = "orders are split by channel; the order rate panels sum it away")
public interface EvolvingMetrics {
  enum Side {
    BUY,
    SELL,
    @DeprecatedMetric(since = "2.0", reason = "short selling is closed", replacement = "SELL")
    SHORT
  }

  enum Channel {
    WEB,
    API
  }

  @Category(title = "Orders", description = "Orders placed.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed", formerly = "orders_created")
    CounterRecorder placed(
        Side side, @Label(formerly = "ticker") @MaxValues(8) String symbol, Channel channel);

    @Metric(help = "Open orders")
    @DeprecatedMetric(since = "2.0", reason = "the exchange reports open orders")
    GaugeRecorder open(Side side);
  }

  @Dashboard(
      uid = "evolving-orders",
      title = "Evolving / Orders",
      description = "Orders.",
      panels = {
        @Panel(
            title = "Orders placed",
            expr = "sum by (side) (rate({Orders.placed}[$__rate_interval]))"),
        @Panel(title = "Open orders", expr = "sum({Orders.open})")
      })
  interface OrdersDashboard {}

  @ExampleQueries(
      @Query(
          name = "Short orders",
          description = "Short orders per second.",
          expr = "sum(rate({Orders.placed}{side=\"short\"}[5m]))"))
  interface Queries {}
}
