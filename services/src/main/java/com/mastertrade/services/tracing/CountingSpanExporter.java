package com.mastertrade.services.tracing;

import com.mastertrade.metrics.schema.MasterTradeLabels.TraceExport;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/**
 * Counts what the exporter did with each batch: exported, or dropped (the backend was down,
 * refused them, or did not answer in time). The exporter does not retry: a trace backend outage
 * loses spans, never requests or metrics.
 */
final class CountingSpanExporter implements SpanExporter {
  private final SpanExporter delegate;
  private final MasterTradeMetrics.ServiceHealth health;

  CountingSpanExporter(SpanExporter delegate, MasterTradeMetrics.ServiceHealth health) {
    this.delegate = delegate;
    this.health = health;
    // At 0 from the start, so a drop rate reads 0 rather than "no data".
    health.traceSpans(TraceExport.EXPORTED);
    health.traceSpans(TraceExport.DROPPED);
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    int count = spans.size();
    CompletableResultCode result;
    try {
      result = delegate.export(spans);
    } catch (RuntimeException e) {
      health.traceSpans(TraceExport.DROPPED).inc(count);
      return CompletableResultCode.ofFailure();
    }
    result.whenComplete(
        () ->
            health
                .traceSpans(result.isSuccess() ? TraceExport.EXPORTED : TraceExport.DROPPED)
                .inc(count));
    return result;
  }

  @Override
  public CompletableResultCode flush() {
    return delegate.flush();
  }

  @Override
  public CompletableResultCode shutdown() {
    return delegate.shutdown();
  }
}
