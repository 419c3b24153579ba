package com.mastertrade.metrics.runtime.http;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;

/**
 * What the HTTP instrumentation records. A schema's HTTP category extends this interface and
 * redeclares each method with its {@code @Metric} annotations, so the generated recorder class is
 * what the instrumentation records into.
 *
 * <p>{@code route} is the route template ({@code /orders/{id}}), or {@link #UNMATCHED} when no
 * route matched. Latency and sizes are not split by status, which keeps the histograms' worst-case
 * series small; the request counter is.
 */
public interface HttpServerMetrics {
  /** The route label of requests that matched no route: unknown paths share this one value. */
  String UNMATCHED = "unmatched";

  CounterRecorder requests(HttpMethod method, String route, HttpStatusClass status);

  HistogramRecorder requestDuration(HttpMethod method, String route);

  HistogramRecorder requestSize(HttpMethod method, String route);

  HistogramRecorder responseSize(HttpMethod method, String route);
}
