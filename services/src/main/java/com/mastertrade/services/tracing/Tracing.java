package com.mastertrade.services.tracing;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.ServiceName;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The traces of one service process: the OpenTelemetry SDK with W3C trace context, a sampler
 * that follows the caller's decision and samples new traces at {@link TracingSettings#sampleRatio},
 * and a batch exporter to Zipkin. Without a Zipkin endpoint the service runs untraced (no-op API,
 * no spans, no cost). A trace backend that is down or slow never holds up a request: spans queue
 * in memory and the exporter drops what it cannot deliver, counting it.
 */
public final class Tracing implements AutoCloseable {
  private static final String INSTRUMENTATION = "com.mastertrade.services";
  private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

  private final OpenTelemetry openTelemetry;
  private final SdkTracerProvider provider;
  private final Tracer tracer;

  private Tracing(OpenTelemetry openTelemetry, SdkTracerProvider provider) {
    this.openTelemetry = openTelemetry;
    this.provider = provider;
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
  }

  /** No spans at all: the API's no-op implementation. */
  public static Tracing disabled() {
    return new Tracing(OpenTelemetry.noop(), null);
  }

  /**
   * The tracing of {@code service} as {@code settings} say; its exporter counts exported and
   * dropped spans into {@code health}.
   */
  public static Tracing open(
      ServiceName service, TracingSettings settings, MasterTradeMetrics.ServiceHealth health) {
    if (settings.zipkinEndpoint().isEmpty()) {
      return disabled();
    }
    SpanExporter zipkin =
        ZipkinSpanExporter.builder()
            .setEndpoint(settings.zipkinEndpoint().get())
            .setReadTimeout(Duration.ofSeconds(2))
            .build();
    return withExporter(service, settings.sampleRatio(), new CountingSpanExporter(zipkin, health));
  }

  /** Tracing that hands finished spans to {@code exporter}; for tests, an in-memory one. */
  public static Tracing withExporter(ServiceName service, double sampleRatio, SpanExporter exporter) {
    SdkTracerProvider provider =
        SdkTracerProvider.builder()
            .setResource(Resource.create(Attributes.of(SERVICE_NAME, service.id())))
            .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(sampleRatio)))
            .addSpanProcessor(
                BatchSpanProcessor.builder(exporter)
                    .setScheduleDelay(Duration.ofMillis(500))
                    .setExporterTimeout(Duration.ofSeconds(3))
                    .build())
            .build();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(provider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    return new Tracing(sdk, provider);
  }

  public OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  public Tracer tracer() {
    return tracer;
  }

  public TextMapPropagator propagator() {
    return openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** {@code dataSource} with a span per statement and per transaction. */
  public DataSource wrap(DataSource dataSource) {
    if (provider == null) {
      return dataSource;
    }
    return JdbcTelemetry.builder(openTelemetry)
        .setTransactionInstrumenterEnabled(true)
        .build()
        .wrap(dataSource);
  }

  /**
   * The W3C trace context of the current span ({@code traceparent} and, if any, {@code
   * tracestate}), to carry it where no header goes, such as an outbox row; empty without a span.
   */
  public Map<String, String> currentContext() {
    Map<String, String> carrier = new HashMap<>();
    propagator().inject(Context.current(), carrier, Map::put);
    return carrier;
  }

  /** Hands the spans ended so far to the exporter and waits for it, at most a second. */
  void flush() {
    if (provider != null) {
      provider.forceFlush().join(1, TimeUnit.SECONDS);
    }
  }

  /** Sends the spans still queued, waiting at most a second: at shutdown. */
  @Override
  public void close() {
    if (provider != null) {
      provider.shutdown().join(1, TimeUnit.SECONDS);
    }
  }
}
