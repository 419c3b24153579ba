package com.example.shop;

import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.DeprecatedMetric;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;

/** The released schema: the baseline. */
@MetricsSchema(namespace = "shop")
public interface Shop {
  enum Side {
    BUY,
    SELL
  }

  @Category(title = "Orders", description = "Orders placed.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed")
    CounterRecorder placed(Side side, @MaxValues(8) String symbol);

    @Metric(help = "Time to fill an order", unit = "seconds")
    @Buckets({0.1, 1, 10})
    HistogramRecorder fillDuration(Side side);

    @Metric(help = "Open orders")
    @DeprecatedMetric(since = "1.0", reason = "the exchange reports open orders")
    GaugeRecorder open();
  }

  @Dashboard(
      uid = "shop-orders",
      title = "Shop / Orders",
      description = "Orders.",
      panels = {
        @Panel(
            title = "Orders by side",
            expr = "sum by (side) (rate({Orders.placed}[$__rate_interval]))"),
        @Panel(
            title = "Fill time p95",
            expr =
                "histogram_quantile(0.95, sum by (le) "
                    + "(rate({Orders.fillDuration:bucket}[$__rate_interval])))")
      })
  interface OrdersDashboard {}

  @ExampleQueries(
      @Query(
          name = "Sell orders",
          description = "Sell orders per second.",
          expr = "sum(rate({Orders.placed}{side=\"sell\"}[5m]))"))
  interface Queries {}
}
