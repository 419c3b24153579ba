package com.mastertrade.services.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} of the current span, to keep with an event written now and published
 * later (the outbox), and the carrier it becomes again at publish time.
 */
public final class TraceParent {
  private static final String HEADER = "traceparent";

  private TraceParent() {}

  /** The current span's {@code traceparent}, or null when no span is current. */
  public static String current() {
    Map<String, String> carrier = new HashMap<>(2);
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return carrier.get(HEADER);
  }

  /** A carrier holding {@code traceParent}; empty for null. */
  public static Map<String, String> carrier(String traceParent) {
    return traceParent == null ? Map.of() : Map.of(HEADER, traceParent);
  }
}
