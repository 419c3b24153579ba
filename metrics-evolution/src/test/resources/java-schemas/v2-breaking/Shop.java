package com.example.shop;

import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;

/** A sell side removed and the fill buckets changed, neither acknowledged. */
@MetricsSchema(namespace = "shop")
public interface Shop {
  enum Side {
    BUY
  }

  @Category(title = "Orders", description = "Orders placed.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed")
    CounterRecorder placed(Side side, @MaxValues(8) String symbol);

    @Metric(help = "Time to fill an order", unit = "seconds")
    @Buckets({0.05, 0.1, 1, 10})
    HistogramRecorder fillDuration(Side side);
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

}
