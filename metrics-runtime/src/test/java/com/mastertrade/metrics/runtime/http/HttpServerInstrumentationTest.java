package com.mastertrade.metrics.runtime.http;

import static com.google.common.truth.Truth.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HttpServerInstrumentationTest {
  /** A stand-in for a stack's router: known paths map to their template, others to null. */
  private static final Map<String, String> ROUTES =
      Map.of("/orders/17", "/orders/{id}", "/orders/18", "/orders/{id}", "/health", "/health");

  private static final String UNMATCHED_404 =
      "test_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"}";

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final HttpServerInstrumentation instrumentation =
      new HttpServerInstrumentation(new TestHttpServerMetrics(registry));

  @Test
  void recordsCountLatencyAndSizesByMethodAndRouteTemplate() {
    instrumentation.record(
        HttpMethod.GET, ROUTES.get("/orders/17"), 200, TimeUnit.MILLISECONDS.toNanos(3), 0, 420);
    instrumentation.record(
        HttpMethod.GET, ROUTES.get("/orders/18"), 201, TimeUnit.MILLISECONDS.toNanos(50), 0, 80);
    instrumentation.record(HttpMethod.POST, ROUTES.get("/orders/17"), 404, 1_000, 2_000, -1);

    Scrape scrape = Scrape.of(registry);
    String get = "method=\"GET\",route=\"/orders/{id}\"";
    assertThat(scrape.value("test_http_requests_total{" + get + ",status=\"2xx\"}")).isEqualTo(2.0);
    assertThat(
            scrape.value(
                "test_http_requests_total{method=\"POST\",route=\"/orders/{id}\",status=\"4xx\"}"))
        .isEqualTo(1.0);
    assertThat(scrape.value("test_http_request_duration_seconds_count{" + get + "}"))
        .isEqualTo(2.0);
    assertThat(scrape.value("test_http_request_duration_seconds_sum{" + get + "}"))
        .isWithin(1e-9)
        .of(0.053);
    assertThat(scrape.value("test_http_request_duration_seconds_bucket{" + get + ",le=\"0.005\"}"))
        .isEqualTo(1.0);
    assertThat(scrape.value("test_http_response_size_bytes_sum{" + get + "}")).isEqualTo(500.0);
    String post = "method=\"POST\",route=\"/orders/{id}\"";
    assertThat(scrape.value("test_http_request_size_bytes_sum{" + post + "}")).isEqualTo(2000.0);
    // An unknown response size is recorded as 0 bytes, not as a negative observation.
    assertThat(scrape.value("test_http_response_size_bytes_sum{" + post + "}")).isEqualTo(0.0);
  }

  @Test
  void serverErrorSeriesExistsAtZeroOnceARouteIsServed() {
    String serverErrors =
        "test_http_requests_total{method=\"GET\",route=\"/health\",status=\"5xx\"}";
    assertThat(Scrape.of(registry).value(serverErrors)).isNull();

    instrumentation.record(HttpMethod.GET, ROUTES.get("/health"), 200, 1_000, 0, 2);
    assertThat(Scrape.of(registry).value(serverErrors)).isEqualTo(0.0);

    instrumentation.record(HttpMethod.GET, ROUTES.get("/health"), 503, 1_000, 0, 2);
    assertThat(Scrape.of(registry).value(serverErrors)).isEqualTo(1.0);
  }

  @Test
  void unknownPathsShareTheUnmatchedRoute() {
    instrumentation.record(HttpMethod.GET, ROUTES.get("/no/such/path"), 404, 1_000, 0, 9);

    assertThat(Scrape.of(registry).value(UNMATCHED_404)).isEqualTo(1.0);
  }

  @Test
  void aFloodOfRandomUnknownPathsLeavesTheSeriesUnchanged() {
    instrumentation.record(HttpMethod.GET, ROUTES.get("/health"), 200, 1_000, 0, 2);
    instrumentation.record(HttpMethod.GET, ROUTES.get("/first-unknown"), 404, 1_000, 0, 9);
    Set<String> before = Scrape.of(registry).series();

    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      String path = "/" + Long.toHexString(random.nextLong()) + "/" + random.nextInt();
      instrumentation.record(HttpMethod.GET, ROUTES.get(path), 404, 1_000, 0, 9);
    }

    Scrape after = Scrape.of(registry);
    assertThat(after.series()).isEqualTo(before);
    assertThat(after.value(UNMATCHED_404)).isEqualTo(10_001.0);
  }
}
