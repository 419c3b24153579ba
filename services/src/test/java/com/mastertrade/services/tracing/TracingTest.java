package com.mastertrade.services.tracing;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsServiceHealth;
import com.mastertrade.services.access.LoopbackOnlyFilter;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.http.MetricsEndpoint;
import io.javalin.Javalin;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Trace context crosses an HTTP call and a message; the HTTP latency of a traced request carries
 * its trace id as an exemplar on {@code /metrics}; a trace backend that is down costs spans only.
 */
class TracingTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private Tracing tracing;
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
    if (tracing != null) {
      tracing.close();
    }
  }

  @Test
  void aCallAcrossHttpIsOneTraceAndItsLatencyCarriesTheTraceId() throws Exception {
    tracing = Tracing.withExporter(ServiceName.API_GATEWAY, 1.0, spans);
    MasterTradeMetrics.Http http = PrometheusMasterTradeMetricsHttp.register(registry);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  HttpServerTracing.install(config, tracing);
                  JavalinHttpMetrics.install(config, new HttpServerInstrumentation(http));
                  MetricsEndpoint.install(config, registry, new LoopbackOnlyFilter(http));
                  config.routes.get("/orders/{id}", ctx -> ctx.result("{}"));
                  config.routes.post("/orders", ctx -> ctx.status(422).result("{}"));
                })
            .start("127.0.0.1", 0);
    HttpClientTracing client = new HttpClientTracing(tracing);
    HttpClient httpClient = HttpClient.newHttpClient();

    Span caller = tracing.tracer().spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      URI get = URI.create("http://127.0.0.1:" + app.port() + "/orders/7");
      assertThat(
              client
                  .send(httpClient, "GET", get, HttpRequest.newBuilder(get).GET(), body())
                  .statusCode())
          .isEqualTo(200);
      URI post = URI.create("http://127.0.0.1:" + app.port() + "/orders");
      assertThat(
              client
                  .send(
                      httpClient,
                      "POST",
                      post,
                      HttpRequest.newBuilder(post).POST(HttpRequest.BodyPublishers.noBody()),
                      body())
                  .statusCode())
          .isEqualTo(422);
    } finally {
      caller.end();
    }
    String traceId = caller.getSpanContext().getTraceId();
    tracing.flush();

    List<SpanData> finished = spans.getFinishedSpanItems();
    SpanData server = only(finished, SpanKind.SERVER, "GET /orders/{id}");
    SpanData clientSpan = only(finished, SpanKind.CLIENT, "GET");
    assertThat(server.getTraceId()).isEqualTo(traceId);
    assertThat(server.getParentSpanId()).isEqualTo(clientSpan.getSpanId());
    assertThat(clientSpan.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
    // A refused call is an error on the caller's side; the server answered as it should.
    assertThat(only(finished, SpanKind.CLIENT, "POST").getStatus().getStatusCode())
        .isEqualTo(StatusCode.ERROR);
    assertThat(only(finished, SpanKind.SERVER, "POST /orders").getStatus().getStatusCode())
        .isEqualTo(StatusCode.UNSET);

    HttpResponse<String> scrape =
        httpClient.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + MetricsEndpoint.PATH))
                .header("Accept", "application/openmetrics-text; version=1.0.0")
                .build(),
            body());
    assertThat(scrape.body())
        .containsMatch(
            "mastertrade_http_request_duration_seconds_bucket\\{method=\"GET\","
                + "route=\"/orders/\\{id\\}\",le=\"[0-9.]+\"} 1 # \\{span_id=\""
                + server.getSpanId()
                + "\",trace_id=\""
                + traceId
                + "\"}");
    // Scrapes are not traced.
    assertThat(finished.stream().filter(s -> s.getName().contains("metrics")).toList()).isEmpty();
  }

  @Test
  void aConsumedMessageIsAChildOfItsPublishEvenWhenPublishedLaterFromTheOutbox() {
    tracing = Tracing.withExporter(ServiceName.ORDER_EXECUTOR, 1.0, spans);
    MessageTracing messages = new MessageTracing(tracing);
    Span order = tracing.tracer().spanBuilder("POST /orders").startSpan();
    String traceParent;
    try (Scope ignored = order.makeCurrent()) {
      traceParent = TraceParent.current();
    } finally {
      order.end();
    }
    // The relay runs later, on its own thread, with no span current.
    MessageTracing.Publish publish =
        messages.publish(TraceParent.carrier(traceParent), "mastertrade", "fills", "m-1");
    publish.end(null);
    Span process = messages.process(publish.headers(), "risk_manager.fills", "m-1");
    process.end();
    tracing.flush();

    SpanData producer = only(spans.getFinishedSpanItems(), SpanKind.PRODUCER, "publish mastertrade");
    SpanData consumer =
        only(spans.getFinishedSpanItems(), SpanKind.CONSUMER, "process risk_manager.fills");
    assertThat(producer.getTraceId()).isEqualTo(order.getSpanContext().getTraceId());
    assertThat(producer.getParentSpanId()).isEqualTo(order.getSpanContext().getSpanId());
    assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
  }

  @Test
  void aDeadTraceBackendDropsAndCountsSpansAndHoldsNothingUp() throws Exception {
    MasterTradeMetrics.ServiceHealth health =
        PrometheusMasterTradeMetricsServiceHealth.register(registry);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    tracing =
        Tracing.open(
            ServiceName.API_GATEWAY,
            new TracingSettings(
                Optional.of("http://127.0.0.1:" + closedPort + "/api/v2/spans"), 1.0),
            health);
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      tracing.tracer().spanBuilder("request " + i).startSpan().end();
    }
    // Ending spans only queues them: far below the exporter's timeouts.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    tracing.close();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    String scrape = out.toString(StandardCharsets.UTF_8);
    assertThat(scrape).contains("mastertrade_service_trace_spans_total{outcome=\"dropped\"} 20.0");
    assertThat(scrape).contains("mastertrade_service_trace_spans_total{outcome=\"exported\"} 0.0");
  }

  @Test
  void withoutABackendTheServiceIsUntraced() {
    assertThat(TracingSettings.from(Map.of()).zipkinEndpoint()).isEmpty();
    tracing =
        Tracing.open(
            ServiceName.API_GATEWAY,
            TracingSettings.from(Map.of()),
            PrometheusMasterTradeMetricsServiceHealth.register(registry));
    Span span = tracing.tracer().spanBuilder("untraced").startSpan();
    assertThat(span.getSpanContext().isValid()).isFalse();
    span.end();
  }

  private static SpanData only(List<SpanData> spans, SpanKind kind, String name) {
    List<SpanData> matching =
        spans.stream().filter(s -> s.getKind() == kind && s.getName().equals(name)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
