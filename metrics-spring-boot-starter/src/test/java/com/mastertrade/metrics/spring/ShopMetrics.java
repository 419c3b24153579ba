package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;

/** A shop's schema, compiled by the processor on the test class path. */
@MetricsSchema(namespace = "shop", maxSeries = 5_000, maxSeriesPerMetric = 1_000)
public interface ShopMetrics {
  @Category(title = "Orders", description = "Orders placed.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed, by country")
    CounterRecorder placed(@MaxValues(2) String country);
  }

  @Category(title = "HTTP", description = "Requests the shop served.", prefix = "http")
  interface Http extends HttpServerMetrics {
    @Override
    @Metric(help = "HTTP requests served, by method, route template and status class")
    CounterRecorder requests(HttpMethod method, @MaxValues(8) String route, HttpStatusClass status);

    @Override
    @Metric(help = "Time to serve an HTTP request", unit = "seconds")
    @Buckets({0.1, 1})
    HistogramRecorder requestDuration(HttpMethod method, @MaxValues(8) String route);

    @Override
    @Metric(help = "Size of HTTP request bodies", unit = "bytes")
    @Buckets({100, 1_000})
    HistogramRecorder requestSize(HttpMethod method, @MaxValues(8) String route);

    @Override
    @Metric(help = "Size of HTTP response bodies", unit = "bytes")
    @Buckets({100, 1_000})
    HistogramRecorder responseSize(HttpMethod method, @MaxValues(8) String route);
  }
}
