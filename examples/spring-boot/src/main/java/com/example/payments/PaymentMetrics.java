package com.example.payments;

import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;

/** The payments service's own metrics; the starter registers them at /actuator/prometheus. */
@MetricsSchema(namespace = "payments", maxSeries = 5_000, maxSeriesPerMetric = 2_000)
public interface PaymentMetrics {
  enum Outcome {
    STORED,
    REJECTED
  }

  @Category(title = "Payments", description = "Payments taken from customers.", prefix = "payment")
  interface Payments {
    @Metric(help = "Payments taken, by outcome and currency")
    CounterRecorder taken(Outcome outcome, @MaxValues(3) String currency);
  }

  @Category(title = "HTTP", description = "Requests the service answered.", prefix = "http")
  interface Http extends HttpServerMetrics {
    @Override
    @Metric(help = "HTTP requests served, by method, route template and status class")
    CounterRecorder requests(HttpMethod method, @MaxValues(10) String route, HttpStatusClass status);

    @Override
    @Metric(help = "Time to serve an HTTP request", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
    HistogramRecorder requestDuration(HttpMethod method, @MaxValues(10) String route);

    @Override
    @Metric(help = "Size of HTTP request bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000})
    HistogramRecorder requestSize(HttpMethod method, @MaxValues(10) String route);

    @Override
    @Metric(help = "Size of HTTP response bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000})
    HistogramRecorder responseSize(HttpMethod method, @MaxValues(10) String route);
  }

  /** Prometheus scrapes the actuator's endpoint, not /metrics. */
  @ScrapeConfig(
      targets = @ScrapeTarget(job = "payments", port = 8080, path = "/actuator/prometheus"))
  interface PaymentScrape {}
}
