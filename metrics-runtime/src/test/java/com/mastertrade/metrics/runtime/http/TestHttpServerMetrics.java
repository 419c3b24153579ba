package com.mastertrade.metrics.runtime.http;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.Recorders;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * A hand-written {@link HttpServerMetrics} on client_java, in the shape the processor generates, so
 * the instrumentation is tested against a real registry without depending on the schema.
 */
final class TestHttpServerMetrics implements HttpServerMetrics {
  private static final String[] STATUS = {"1xx", "2xx", "3xx", "4xx", "5xx"};

  private final Counter requests;
  private final Histogram duration;
  private final Histogram requestSize;
  private final Histogram responseSize;

  TestHttpServerMetrics(PrometheusRegistry registry) {
    requests =
        Counter.builder()
            .name("test_http_requests_total")
            .help("HTTP requests handled")
            .labelNames("method", "route", "status")
            .register(registry);
    duration =
        Histogram.builder()
            .name("test_http_request_duration_seconds")
            .help("HTTP request latency")
            .unit(Unit.SECONDS)
            .labelNames("method", "route")
            .classicOnly()
            .classicUpperBounds(0.005, 0.01, 0.1, 1, 10)
            .register(registry);
    requestSize = sizeHistogram(registry, "test_http_request_size_bytes", "method", "route");
    responseSize = sizeHistogram(registry, "test_http_response_size_bytes", "method", "route");
  }

  private static Histogram sizeHistogram(
      PrometheusRegistry registry, String name, String... labels) {
    return Histogram.builder()
        .name(name)
        .help("HTTP body size")
        .unit(Unit.BYTES)
        .labelNames(labels)
        .classicOnly()
        .classicUpperBounds(100, 1_000, 10_000, 100_000)
        .register(registry);
  }

  @Override
  public CounterRecorder requests(HttpMethod method, String route, HttpStatusClass status) {
    return Recorders.counter(requests.labelValues(method.name(), route, STATUS[status.ordinal()]));
  }

  @Override
  public HistogramRecorder requestDuration(HttpMethod method, String route) {
    return Recorders.histogram(duration.labelValues(method.name(), route));
  }

  @Override
  public HistogramRecorder requestSize(HttpMethod method, String route) {
    return Recorders.histogram(requestSize.labelValues(method.name(), route));
  }

  @Override
  public HistogramRecorder responseSize(HttpMethod method, String route) {
    return Recorders.histogram(responseSize.labelValues(method.name(), route));
  }
}
