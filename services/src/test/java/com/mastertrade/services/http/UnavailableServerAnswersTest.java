package com.mastertrade.services.http;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.services.common.Database;
import io.javalin.Javalin;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** A request that failed on an unreachable server is answered 503 with Retry-After, and counted. */
class UnavailableServerAnswersTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private Javalin app;

  @BeforeEach
  void start() {
    HttpServerInstrumentation instrumentation =
        new HttpServerInstrumentation(PrometheusMasterTradeMetricsHttp.register(registry));
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  JavalinHttpMetrics.install(config, instrumentation);
                  UnavailableServerAnswers.install(config);
                  config.routes.post(
                      "/alertmanager",
                      ctx -> {
                        throw new Database.DatabaseException(
                            "INSERT on alerts failed",
                            new SQLTransientConnectionException("Connection is not available"));
                      });
                  config.routes.get(
                      "/prices",
                      ctx -> {
                        throw new JedisConnectionException("Connection refused");
                      });
                  config.routes.get(
                      "/broken",
                      ctx -> {
                        throw new IllegalStateException("a bug");
                      });
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void anUnreachableDatabaseOrCacheIsA503WithRetryAfter() throws Exception {
    HttpResponse<String> database = send("POST", "/alertmanager");
    HttpResponse<String> cache = send("GET", "/prices");

    for (HttpResponse<String> answer : List.of(database, cache)) {
      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(answer.body()).contains("unavailable");
    }
    assertThat(exposition())
        .contains(
            "mastertrade_http_requests_total{method=\"POST\",route=\"/alertmanager\","
                + "status=\"5xx\"} 1");
  }

  @Test
  void anyOtherFailureStaysA500() throws Exception {
    assertThat(send("GET", "/broken").statusCode()).isEqualTo(500);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String exposition() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
