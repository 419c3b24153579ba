package com.mastertrade.services.http;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.services.access.LoopbackOnlyFilter;
import io.javalin.Javalin;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /metrics} served beside Javalin, outside the HTTP instrumentation. */
class MetricsEndpointTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private Javalin app;

  @BeforeEach
  void start() {
    MasterTradeMetrics.Http http = PrometheusMasterTradeMetricsHttp.register(registry);
    HttpServerInstrumentation instrumentation = new HttpServerInstrumentation(http);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  JavalinHttpMetrics.install(config, instrumentation);
                  MetricsEndpoint.install(config, registry, new LoopbackOnlyFilter(http));
                  config.routes.get("/orders/{id}", ctx -> ctx.result("{}"));
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void servesTheRegistryAndScrapesAreNotCountedAsApiRequests() throws Exception {
    assertThat(get("/orders/1").statusCode()).isEqualTo(200);
    get(MetricsEndpoint.PATH);
    HttpResponse<String> scrape = get(MetricsEndpoint.PATH);

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains(
            "mastertrade_http_requests_total{method=\"GET\",route=\"/orders/{id}\",status=\"2xx\"}"
                + " 1");
    assertThat(scrape.body()).doesNotContain("route=\"/metrics\"");
    assertThat(scrape.body()).doesNotContain("route=\"unmatched\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
