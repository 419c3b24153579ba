package com.mastertrade.metrics.http.servlet;

import com.mastertrade.metrics.annotations.BucketPreset;
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

/** The HTTP category as an application declares it; the processor generates its recorders. */
@MetricsSchema(namespace = "app", maxSeries = 20_000, maxSeriesPerMetric = 5_000)
public interface AppMetrics {
  @Category(title = "HTTP", description = "Requests served by the test app.", prefix = "http")
  interface Http extends HttpServerMetrics {
    @Override
    @Metric(help = "HTTP requests served, by method, route template and status class")
    CounterRecorder requests(
        HttpMethod method, @MaxValues(20) String route, HttpStatusClass status);

    @Override
    @Metric(help = "Time to serve an HTTP request, from receipt to the last byte", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
    HistogramRecorder requestDuration(HttpMethod method, @MaxValues(20) String route);

    @Override
    @Metric(help = "Size of HTTP request bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000, 100_000})
    HistogramRecorder requestSize(HttpMethod method, @MaxValues(20) String route);

    @Override
    @Metric(help = "Size of HTTP response bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000, 100_000})
    HistogramRecorder responseSize(HttpMethod method, @MaxValues(20) String route);
  }
}
