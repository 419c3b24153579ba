package com.mastertrade.metrics.evolution.live;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The metrics of {@code live/shop-snapshot.json} registered with client_java, recorded, and written
 * by client_java's own text format and OpenMetrics writers.
 */
final class ShopRegistry {
  final PrometheusRegistry registry = new PrometheusRegistry();
  final Counter requests =
      Counter.builder()
          .name("shop_http_requests")
          .help("HTTP requests served")
          .labelNames("method", "route")
          .register(registry);
  final Histogram duration =
      Histogram.builder()
          .name("shop_http_request_duration_seconds")
          .unit(Unit.SECONDS)
          .help("Time to serve an HTTP request")
          .classicOnly()
          .classicUpperBounds(0.1, 1, 10)
          .labelNames("method")
          .register(registry);
  final Summary value =
      Summary.builder()
          .name("shop_orders_value_usd")
          .unit(new Unit("usd"))
          .help("Value of orders")
          .quantile(0.5, 0.01)
          .quantile(0.99, 0.001)
          .labelNames("side")
          .register(registry);
  final Gauge depth =
      Gauge.builder()
          .name("shop_queues_depth")
          .help("Messages waiting in a queue")
          .labelNames("queue")
          .register(registry);
  final Info build =
      Info.builder()
          .name("shop_build_info")
          .help("The build of the service")
          .labelNames("version")
          .register(registry);

  /** One recording of every metric, with a label value that needs every escape. */
  ShopRegistry recordAll() {
    requests.labelValues("GET", "/a\"b\\c\nd").inc();
    requests.labelValues("POST", "/orders").inc(2);
    duration.labelValues("GET").observe(0.5);
    value.labelValues("sell").observe(42);
    depth.labelValues("orders").set(3);
    build.addLabelValues("1.0");
    return this;
  }

  String text() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }

  /** With created timestamps and exemplars on, as a strict parser must accept. */
  String openMetrics() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new OpenMetricsTextFormatWriter(true, true).write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
