package com.mastertrade.metrics.http.javalin;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Javalin adapter on a real Jetty, recording into the recorders generated from {@link
 * WebMetrics}.
 */
class JavalinHttpMetricsTest {
  private static final String BODY = "{\"id\":\"17\",\"status\":\"FILLED\"}";

  private final HttpClient client = HttpClient.newHttpClient();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private Javalin app;

  @BeforeEach
  void start() {
    HttpServerInstrumentation instrumentation =
        new HttpServerInstrumentation(PrometheusWebMetricsHttp.register(registry));
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.http.compressionStrategy = CompressionStrategy.NONE;
                  JavalinHttpMetrics.install(config, instrumentation);
                  config.routes.get("/orders/{id}", ctx -> ctx.result(BODY));
                  config.routes.post("/orders", ctx -> ctx.status(201).result(ctx.body()));
                  config.routes.get(
                      "/boom",
                      ctx -> {
                        throw new IllegalStateException("failing on purpose");
                      });
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void recordsTheRouteTemplateStatusClassAndBodySizes() throws Exception {
    assertThat(get("/orders/17")).isEqualTo(200);
    assertThat(get("/orders/18")).isEqualTo(200);
    assertThat(post("/orders", "x".repeat(1234))).isEqualTo(201);
    assertThat(get("/boom")).isEqualTo(500);

    Map<String, Double> samples = scrape();
    String getOrders = "method=\"GET\",route=\"/orders/{id}\"";
    assertThat(samples.get("web_http_requests_total{" + getOrders + ",status=\"2xx\"}"))
        .isEqualTo(2.0);
    assertThat(samples.get("web_http_response_size_bytes_sum{" + getOrders + "}"))
        .isEqualTo(2.0 * BODY.length());
    assertThat(samples.get("web_http_request_duration_seconds_count{" + getOrders + "}"))
        .isEqualTo(2.0);
    assertThat(samples.get("web_http_request_duration_seconds_sum{" + getOrders + "}"))
        .isGreaterThan(0.0);
    String postOrders = "method=\"POST\",route=\"/orders\"";
    assertThat(samples.get("web_http_request_size_bytes_sum{" + postOrders + "}"))
        .isEqualTo(1234.0);
    assertThat(samples.get("web_http_response_size_bytes_sum{" + postOrders + "}"))
        .isEqualTo(1234.0);
    assertThat(
            samples.get("web_http_requests_total{method=\"GET\",route=\"/boom\",status=\"5xx\"}"))
        .isEqualTo(1.0);
  }

  @Test
  void randomUnknownPathsShareOneRouteAndCreateNoSeries() throws Exception {
    assertThat(get("/first/unknown")).isEqualTo(404);
    Map<String, Double> before = scrape();

    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      assertThat(get("/" + Long.toHexString(random.nextLong()) + "/" + i)).isEqualTo(404);
    }
    // An unknown method on a known path is no route either.
    assertThat(send(HttpRequest.newBuilder(uri("/orders/17")).DELETE())).isEqualTo(404);

    Map<String, Double> after = scrape();
    assertThat(after.keySet()).containsAtLeastElementsIn(before.keySet());
    for (String series : after.keySet()) {
      if (!before.containsKey(series)) {
        assertThat(series).contains("route=\"unmatched\"");
        assertThat(series).contains("method=\"DELETE\"");
      }
    }
    assertThat(
            after.get("web_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"}"))
        .isEqualTo(501.0);
  }

  private int get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private int post(String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private int send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  private Map<String, Double> scrape() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    Map<String, Double> samples = new TreeMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return samples;
  }
}
