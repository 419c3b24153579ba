package com.mastertrade.metrics.http.servlet;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter in a real Jetty 12 servlet container, recording into the generated recorders. */
class HttpMetricsFilterTest {
  private static final String BODY = "{\"id\":\"17\",\"note\":\"grüß\"}";
  private static final int BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8).length;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private TestContainer container;

  @BeforeEach
  void start() throws Exception {
    HttpServerInstrumentation instrumentation =
        new HttpServerInstrumentation(PrometheusAppMetricsHttp.register(registry));
    container =
        new TestContainer()
            .filter(new HttpMetricsFilter(instrumentation))
            .servlet("/orders/*", new OrdersServlet())
            .servlet("/health", new HealthServlet())
            .servlet("/api/*", new FrameworkServlet())
            .servlet("/slow", new AsyncServlet())
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    container.close();
  }

  @Test
  void labelsRequestsWithTheServletMappingNotThePath() throws Exception {
    assertThat(container.get("/orders/17").statusCode()).isEqualTo(200);
    assertThat(container.get("/orders/18").statusCode()).isEqualTo(200);
    assertThat(container.get("/health").statusCode()).isEqualTo(204);

    Map<String, Double> samples = Scrape.of(registry);
    assertThat(samples.get(requests("GET", "/orders/*", "2xx"))).isEqualTo(2.0);
    assertThat(samples.get(requests("GET", "/health", "2xx"))).isEqualTo(1.0);
    assertThat(samples.keySet().stream().noneMatch(s -> s.contains("/orders/17"))).isTrue();
  }

  @Test
  void takesTheFrameworksRouteTemplateWhereItPublishesOne() throws Exception {
    assertThat(container.get("/api/orders/42").statusCode()).isEqualTo(200);
    assertThat(container.get("/api/orders/43").statusCode()).isEqualTo(200);

    assertThat(Scrape.of(registry).get(requests("GET", "/api/orders/{id}", "2xx"))).isEqualTo(2.0);
  }

  @Test
  void countsBodyBytesWrittenThroughTheWriterAndDeclaredOrReadRequestBodies() throws Exception {
    assertThat(container.get("/orders/17").body()).isEqualTo(BODY);
    byte[] upload = "x".repeat(1234).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder declared =
        HttpRequest.newBuilder(container.uri("/orders"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(upload));
    assertThat(container.send(declared).statusCode()).isEqualTo(201);
    // No length: the body is sent chunked and counted as the servlet reads it.
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder(container.uri("/orders"))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(upload)));
    assertThat(container.send(chunked).statusCode()).isEqualTo(201);

    Map<String, Double> samples = Scrape.of(registry);
    String get = "method=\"GET\",route=\"/orders/*\"";
    assertThat(samples.get("app_http_response_size_bytes_sum{" + get + "}"))
        .isEqualTo((double) BODY_BYTES);
    String post = "method=\"POST\",route=\"/orders/*\"";
    assertThat(samples.get("app_http_request_size_bytes_count{" + post + "}")).isEqualTo(2.0);
    assertThat(samples.get("app_http_request_size_bytes_sum{" + post + "}")).isEqualTo(2 * 1234.0);
    // The servlet echoes the upload through the output stream.
    assertThat(samples.get("app_http_response_size_bytes_sum{" + post + "}")).isEqualTo(2 * 1234.0);
  }

  @Test
  void unknownPathsShareTheUnmatchedRouteAndCreateNoSeries() throws Exception {
    assertThat(container.get("/first/unknown").statusCode()).isEqualTo(404);
    Map<String, Double> before = Scrape.of(registry);

    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      String path = "/" + Long.toHexString(random.nextLong()) + "/" + i;
      assertThat(container.get(path).statusCode()).isEqualTo(404);
    }

    Map<String, Double> after = Scrape.of(registry);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(after.get(requests("GET", "unmatched", "4xx"))).isEqualTo(301.0);
  }

  @Test
  void anExceptionFromTheServletIsAServerError() throws Exception {
    assertThat(container.get("/orders/boom").statusCode()).isEqualTo(500);

    assertThat(Scrape.of(registry).get(requests("GET", "/orders/*", "5xx"))).isEqualTo(1.0);
  }

  @Test
  void anAsynchronousRequestIsRecordedWhenItCompletes() throws Exception {
    assertThat(container.get("/slow").statusCode()).isEqualTo(202);
    assertThat(container.get("/slow?original").body()).isEqualTo("done");

    // The container calls the completion listener after the client has the response, and one
    // exchange is recorded metric by metric: the response size is the last, so its count reaching 2
    // means both exchanges are complete in every metric.
    Map<String, Double> samples =
        awaitSample("app_http_response_size_bytes_count{method=\"GET\",route=\"/slow\"}", 2.0);
    assertThat(samples.get(requests("GET", "/slow", "2xx"))).isEqualTo(2.0);
    assertThat(samples.get("app_http_request_duration_seconds_sum{method=\"GET\",route=\"/slow\"}"))
        .isAtLeast(2 * AsyncServlet.DELAY_MILLIS / 1000.0);
    // Counted through the filter's wrapper once, taken from Content-Length once.
    assertThat(samples.get("app_http_response_size_bytes_sum{method=\"GET\",route=\"/slow\"}"))
        .isEqualTo(8.0);
  }

  @Test
  void aCustomResolverDecidesTheRoute() throws Exception {
    PrometheusRegistry own = new PrometheusRegistry();
    HttpServerInstrumentation instrumentation =
        new HttpServerInstrumentation(PrometheusAppMetricsHttp.register(own));
    RouteResolver fixed =
        RouteResolver.firstOf(RouteResolver.requestAttribute("route"), request -> "/other");
    try (TestContainer other =
        new TestContainer()
            .filter(new HttpMetricsFilter(instrumentation, fixed))
            .servlet("/orders/*", new OrdersServlet())
            .start()) {
      other.get("/orders/1");
    }

    assertThat(Scrape.of(own).get(requests("GET", "/other", "2xx"))).isEqualTo(1.0);
  }

  private Map<String, Double> awaitSample(String series, double value) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    Map<String, Double> samples = Scrape.of(registry);
    while (!Double.valueOf(value).equals(samples.get(series)) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      samples = Scrape.of(registry);
    }
    return samples;
  }

  private static String requests(String method, String route, String status) {
    return "app_http_requests_total{method=\""
        + method
        + "\",route=\""
        + route
        + "\",status=\""
        + status
        + "\"}";
  }

  /** GET writes a JSON body through the writer; POST echoes the upload through the stream. */
  private static final class OrdersServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      if (req.getPathInfo().equals("/boom")) {
        throw new IllegalStateException("failing on purpose");
      }
      resp.setContentType("application/json;charset=utf-8");
      resp.getWriter().write(BODY);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      byte[] body = req.getInputStream().readAllBytes();
      resp.setStatus(201);
      resp.getOutputStream().write(body);
    }
  }

  private static final class HealthServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      resp.setStatus(204);
    }
  }

  /** Routes inside one servlet and publishes the matched template as Spring MVC does. */
  private static final class FrameworkServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      req.setAttribute(RouteResolver.SPRING_MVC_PATTERN_ATTRIBUTE, "/api/orders/{id}");
      resp.getWriter().write("ok");
    }
  }

  /**
   * Answers from another thread after a delay, through the response it was given, or with {@code
   * ?original} through the container's own response, which the filter cannot count.
   */
  private static final class AsyncServlet extends HttpServlet {
    static final long DELAY_MILLIS = 200;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      AsyncContext async = req.startAsync();
      HttpServletResponse target =
          req.getQueryString() == null ? resp : (HttpServletResponse) async.getResponse();
      CompletableFuture.delayedExecutor(DELAY_MILLIS, TimeUnit.MILLISECONDS)
          .execute(
              () -> {
                try {
                  target.setStatus(202);
                  target.setContentLength(4);
                  target.getWriter().write("done");
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                } finally {
                  async.complete();
                }
              });
    }
  }
}
