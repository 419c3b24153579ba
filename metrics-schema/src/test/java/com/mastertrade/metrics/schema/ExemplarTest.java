package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusProtobufWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated recorders take the current span's trace and span id as an exemplar where the schema
 * declares exemplars, and only when a sampled span is current; the scrape carries them in
 * OpenMetrics and in protobuf. client_java finds the span through the OpenTelemetry API, here
 * backed by the SDK as in the services.
 */
class ExemplarTest {
  private final SdkTracerProvider tracing =
      SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build();
  private final Tracer tracer = tracing.get("exemplar-test");
  private PrometheusRegistry registry;
  private PrometheusMasterTradeMetrics metrics;

  @BeforeEach
  void register() {
    registry = new PrometheusRegistry();
    metrics = PrometheusMasterTradeMetrics.register(registry);
  }

  @AfterEach
  void close() {
    tracing.close();
  }

  @Test
  void latencyHistogramRecordedInASpanCarriesItsIds() {
    Span span = tracer.spanBuilder("GET /api/orders/{id}").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      metrics.http().requestDuration(HttpMethod.GET, "/api/orders/{id}").observe(0.042);
    } finally {
      span.end();
    }
    String traceId = span.getSpanContext().getTraceId();
    String spanId = span.getSpanContext().getSpanId();

    String openMetrics = Exposition.scrapeOpenMetrics(registry);
    assertThat(openMetrics)
        .contains(
            "mastertrade_http_request_duration_seconds_bucket{method=\"GET\","
                + "route=\"/api/orders/{id}\",le=\"0.05\"} 1 # {span_id=\""
                + spanId
                + "\",trace_id=\""
                + traceId
                + "\"} 0.042 ");
    PrometheusProtobufWriter writer = new PrometheusProtobufWriter();
    assertThat(writer.isAvailable()).isTrue();
    String protobuf = writer.toDebugString(registry.scrape(), EscapingScheme.ALLOW_UTF8);
    assertThat(protobuf).contains("value: \"" + traceId + "\"");
    assertThat(protobuf).contains("value: \"" + spanId + "\"");
  }

  @Test
  void noSpanNoExemplar() {
    metrics.http().requestDuration(HttpMethod.GET, "/api/orders/{id}").observe(0.042);

    assertThat(exemplarLines(Exposition.scrapeOpenMetrics(registry))).isEmpty();
  }

  @Test
  void unsampledSpanNoExemplar() {
    SdkTracerProvider never = SdkTracerProvider.builder().setSampler(Sampler.alwaysOff()).build();
    Span span = never.get("exemplar-test").spanBuilder("unsampled").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      metrics.http().requestDuration(HttpMethod.GET, "/api/orders/{id}").observe(0.042);
    } finally {
      span.end();
      never.close();
    }

    assertThat(exemplarLines(Exposition.scrapeOpenMetrics(registry))).isEmpty();
  }

  @Test
  void metricDeclaredWithoutExemplarsHasNoneInASpan() {
    Span span = tracer.spanBuilder("retrain").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      // Declared off: retraining runs outside any request.
      metrics.mlModels().trainingDuration("logreg").observe(1.5);
      // Not a latency histogram: off by default.
      metrics.http().responseSize(HttpMethod.GET, "/api/orders/{id}").observe(512);
    } finally {
      span.end();
    }

    assertThat(exemplarLines(Exposition.scrapeOpenMetrics(registry))).isEmpty();
  }

  private static java.util.List<String> exemplarLines(String openMetrics) {
    return openMetrics.lines().filter(line -> line.contains(" # {")).toList();
  }
}
