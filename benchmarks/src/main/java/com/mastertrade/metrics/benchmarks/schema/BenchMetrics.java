package com.mastertrade.metrics.benchmarks.schema;

import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Exemplars;
import com.mastertrade.metrics.annotations.HistogramKind;
import com.mastertrade.metrics.annotations.LabelValue;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Quantiles;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;

/**
 * A schema whose metrics have exactly the shapes of the hand-written baselines (three labels for
 * the counter, two for the histogram, the same buckets and quantiles), so each generated recorder
 * is compared with the same work done by hand.
 */
@MetricsSchema(namespace = "bench", maxSeries = 100_000, maxSeriesPerMetric = 20_000)
public interface BenchMetrics {
  enum Method {
    GET,
    POST,
    PUT,
    DELETE
  }

  enum Route {
    @LabelValue("/orders")
    ORDERS,
    @LabelValue("/positions")
    POSITIONS,
    @LabelValue("/health")
    HEALTH
  }

  enum Status {
    @LabelValue("200")
    OK,
    @LabelValue("404")
    NOT_FOUND,
    @LabelValue("500")
    ERROR
  }

  enum Side {
    BUY,
    SELL
  }

  enum Venue {
    BINANCE,
    COINBASE,
    KRAKEN
  }

  /** One metric per recorder shape the benchmarks compare. */
  @Category(title = "Recording", description = "Recorders compared with client_java by hand.")
  interface Recording {
    @Metric(help = "HTTP requests")
    CounterRecorder requests(Method method, Route route, Status status);

    @Metric(help = "Orders placed")
    CounterRecorder orders(Side side, Venue venue, boolean paper);

    @Metric(help = "Trades per symbol")
    CounterRecorder trades(Side side, Venue venue, @MaxValues(100) String symbol);

    @Metric(help = "Events")
    CounterRecorder events();

    // Without exemplars, as every generated recorder was before they could be declared: the
    // baseline the exemplar benchmarks compare with.
    @Metric(help = "HTTP request latency", unit = "seconds", exemplars = Exemplars.OFF)
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
    HistogramRecorder latency(Method method, Route route);

    @Metric(help = "HTTP request latency, with exemplars (the default)", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
    HistogramRecorder latencyExemplars(Method method, Route route);

    @Metric(help = "HTTP request latency, with a native histogram", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY, kind = HistogramKind.BOTH)
    HistogramRecorder latencyNative(Method method, Route route);

    @Metric(help = "Order fill time", unit = "seconds")
    @Quantiles({0.5, 0.9, 0.99})
    SummaryRecorder fill(Method method, Route route);

    @Metric(help = "Queue depth")
    GaugeRecorder depth(Route route);
  }

  /** A large open label, filled to the number of series a scrape benchmark needs. */
  @Category(title = "Scrape", description = "Series for the scrape benchmark.")
  interface Scrape {
    @Metric(help = "Orders by instrument")
    CounterRecorder instrumentOrders(@MaxValues(10_000) String instrument);
  }
}
