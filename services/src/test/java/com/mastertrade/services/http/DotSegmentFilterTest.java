package com.mastertrade.services.http;

import static com.google.common.truth.Truth.assertWithMessage;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.services.access.LoopbackOnlyFilter;
import io.javalin.Javalin;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A path with a dot-segment, plain or percent-encoded, never reaches a servlet: sent as a client
 * sends it on the wire, unnormalized, it is a 400 whatever its method.
 */
class DotSegmentFilterTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private Javalin app;

  @BeforeEach
  void start() {
    MasterTradeMetrics.Http http = PrometheusMasterTradeMetricsHttp.register(registry);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  JavalinHttpMetrics.install(config, new HttpServerInstrumentation(http));
                  DotSegmentFilter.install(config);
                  MetricsEndpoint.install(config, registry, new LoopbackOnlyFilter(http));
                  config.routes.get("/api/orders/{id}", ctx -> ctx.result("{}"));
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void dotSegmentsPlainOrEncodedAreRefusedBeforeAnyServlet() throws Exception {
    for (String request :
        new String[] {
          "FOO /api/%2e%2e/metrics",
          "GET /api/%2e%2e/metrics",
          "GET /api/%2E%2E/metrics",
          "GET /api/.%2e/metrics",
          "GET /api/../metrics",
          "GET /api/./orders/1",
          "GET /api/orders/%2e",
          "GET /api/x;p=1/..;q=2/metrics",
          "GET /api/orders/..%2Fmetrics",
          "GET /api/orders/..%5Cmetrics",
        }) {
      assertWithMessage(request).that(status(request)).isEqualTo(400);
    }
  }

  @Test
  void pathsWithoutDotSegmentsAreServedAsBefore() throws Exception {
    assertWithMessage("an API route").that(status("GET /api/orders/1")).isEqualTo(200);
    assertWithMessage("the metrics").that(status("GET /metrics")).isEqualTo(200);
    assertWithMessage("dots inside a name").that(status("GET /api/orders/1..2")).isEqualTo(200);
  }

  /** The status of {@code requestLine} sent as is, byte for byte. */
  private int status(String requestLine) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
          .findFirst()
          .orElseThrow();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }
}
