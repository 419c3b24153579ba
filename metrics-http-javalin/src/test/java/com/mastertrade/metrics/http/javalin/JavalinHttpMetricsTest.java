package com.mastertrade.metrics.http.javalin;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
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

  @Test
  void requestsJettyRejectsBeforeRoutingAreCountedAsUnmatched() throws Exception {
    assertThat(rawStatusLine("GET /orders/%zz HTTP/1.1")).contains(" 400 ");
    assertThat(rawStatusLine("GET /" + "a".repeat(9_000) + " HTTP/1.1")).contains(" 414 ");
    assertThat(rawStatusLine("G@T /orders/17 HTTP/1.1")).contains(" 400 ");
    assertThat(rawStatusLine("GET /orders/17 HTTP/1.1\r\nX-Big: " + "b".repeat(9_000)))
        .contains(" 431 ");
    assertThat(get("/orders/17")).isEqualTo(200);

    Map<String, Double> samples = eventually(4);
    // A request Jetty cannot parse has no method for it ("BAD"): OTHER. The one whose headers
    // are too large was parsed up to its method.
    assertThat(
            samples.get(
                "web_http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"4xx\"}"))
        .isEqualTo(3.0);
    assertThat(
            samples.get(
                "web_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"}"))
        .isEqualTo(1.0);
    // Each request counted once: the routed one by Javalin only.
    assertThat(
            samples.get(
                "web_http_requests_total{method=\"GET\",route=\"/orders/{id}\",status=\"2xx\"}"))
        .isEqualTo(1.0);
    assertThat(
            samples.get(
                "web_http_request_duration_seconds_count{method=\"OTHER\",route=\"unmatched\"}"))
        .isEqualTo(3.0);
  }

  @Test
  void aSkippedServletBesideJavalinIsNotCounted() throws Exception {
    app.stop();
    PrometheusRegistry own = new PrometheusRegistry();
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  JavalinHttpMetrics.install(
                      config,
                      new HttpServerInstrumentation(PrometheusWebMetricsHttp.register(own)));
                  config.jetty.modifyServletContextHandler(
                      handler ->
                          handler.addServlet(
                              new ServletHolder(
                                  new HttpServlet() {
                                    @Override
                                    protected void doGet(
                                        HttpServletRequest request, HttpServletResponse response) {
                                      JavalinHttpMetrics.skip(request);
                                      response.setStatus(200);
                                    }
                                  }),
                              "/metrics"));
                })
            .start("127.0.0.1", 0);
    for (int i = 0; i < 3; i++) {
      assertThat(get("/metrics")).isEqualTo(200);
    }
    assertThat(get("/unknown")).isEqualTo(404);
    Thread.sleep(200);

    double total = 0;
    for (Map.Entry<String, Double> sample : scrape(own).entrySet()) {
      if (sample.getKey().startsWith("web_http_requests_total{")) {
        total += sample.getValue();
      }
    }
    assertThat(total).isEqualTo(1.0);
  }

  /** Jetty logs a request after its response is complete, so a scrape may need to wait a bit. */
  private Map<String, Double> eventually(int expectedUnmatched) throws Exception {
    Map<String, Double> samples = scrape();
    for (int i = 0; i < 50; i++) {
      double unmatched = 0;
      for (Map.Entry<String, Double> sample : samples.entrySet()) {
        if (sample.getKey().startsWith("web_http_requests_total{")
            && sample.getKey().contains("route=\"unmatched\"")) {
          unmatched += sample.getValue();
        }
      }
      if (unmatched >= expectedUnmatched) {
        return samples;
      }
      Thread.sleep(100);
      samples = scrape();
    }
    return samples;
  }

  /** Sends {@code requestLine} (and any header lines after it) as raw bytes: no client fixes it. */
  private String rawStatusLine(String requestLine) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.substring(0, answer.indexOf('\r'));
    }
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
    return scrape(registry);
  }

  private static Map<String, Double> scrape(PrometheusRegistry registry) throws Exception {
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
