package com.example.shop;

import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Exemplars;
import com.mastertrade.metrics.annotations.LabelValue;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Quantiles;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;

@MetricsSchema(namespace = "shop")
public interface ShopMetrics {
  enum Side {
    BUY,
    SELL
  }

  enum Outcome {
    @LabelValue("ok")
    SUCCESS,
    FAILURE
  }

  @Category(title = "Orders", description = "Orders placed by customers.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed")
    CounterRecorder placed(Side side, boolean paper);

    @Metric(help = "Orders placed per symbol")
    CounterRecorder bySymbol(Side side, @MaxValues(2) String symbol);

    @Metric(help = "Open orders")
    GaugeRecorder open(Side side);

    @Metric(help = "Time to fill an order", unit = "seconds")
    @Buckets({0.1, 1})
    HistogramRecorder fillDuration(Outcome outcome);

    @Metric(help = "Order value", name = "order_value_usd", unit = "usd")
    @Quantiles({0.5, 0.99})
    SummaryRecorder value();

    @Metric(help = "Fill attempts, by outcome", exemplars = Exemplars.ON)
    CounterRecorder fills(Outcome outcome);

    @Metric(help = "Revenue from filled orders", unit = "usd")
    CounterRecorder revenue();
  }

  @Category(title = "Build", description = "What is running.")
  interface Build {
    @Metric(help = "Version of the running build")
    InfoRecorder build(@MaxValues(4) String version);
  }
}
