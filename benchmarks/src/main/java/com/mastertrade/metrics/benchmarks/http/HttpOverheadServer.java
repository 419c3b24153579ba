package com.mastertrade.metrics.benchmarks.http;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * A Javalin server with one templated route, with or without the HTTP instrumentation, to measure
 * what the instrumentation adds per request under a load tool such as wrk. Run by hand: {@code java
 * -cp ... HttpOverheadServer <port> instrumented|plain}.
 */
public final class HttpOverheadServer {
  private HttpOverheadServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    boolean instrumented = args[1].equals("instrumented");
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.compressionStrategy = CompressionStrategy.NONE;
              if (instrumented) {
                JavalinHttpMetrics.install(
                    config,
                    new HttpServerInstrumentation(
                        PrometheusMasterTradeMetricsHttp.register(new PrometheusRegistry())));
              } else {
                // The same request logger hook, doing nothing: isolates the instrumentation.
                config.requestLogger.http((ctx, ms) -> {});
              }
              config.routes.get(
                  "/orders/{id}",
                  ctx -> ctx.contentType("application/json").result("{\"status\":\"FILLED\"}"));
            })
        .start("127.0.0.1", port);
  }
}
