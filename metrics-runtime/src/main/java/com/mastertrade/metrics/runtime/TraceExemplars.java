package com.mastertrade.metrics.runtime;

/**
 * Whether client_java can sample exemplars from the current span in this process: its tracer
 * modules ({@code prometheus-metrics-tracer-initializer} and the tracer it finds) load. Generated
 * recorders of a metric with exemplars keep client_java's exemplar sampler only then. Where a
 * dependency manager left the tracer modules out, the sampler would throw {@link
 * NoClassDefFoundError} out of a recording call, and a metrics call must never fail business code.
 *
 * <p>With the modules present and no span current, a recording costs one volatile read more: the
 * sampler looks for a span at most once per sample interval (90 ms by default), per data point.
 */
public final class TraceExemplars {
  private static final String SPAN_CONTEXT_SUPPLIER =
      "io.prometheus.metrics.tracer.initializer.SpanContextSupplier";

  private static final boolean AVAILABLE = loads(SPAN_CONTEXT_SUPPLIER);

  private TraceExemplars() {}

  /** Whether exemplar sampling can run without failing. */
  public static boolean available() {
    return AVAILABLE;
  }

  static boolean loads(String className) {
    try {
      // Initialized here: a supplier whose tracer detection fails would fail on first sampling.
      Class.forName(className, true, TraceExemplars.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
