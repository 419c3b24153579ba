package com.mastertrade.metrics.runtime.http;

import java.util.Objects;

/**
 * Records one finished HTTP exchange into an {@link HttpServerMetrics}: its count by method, route
 * template and status class, its latency and request and response sizes by method and route
 * template. It knows no HTTP stack; a thin adapter per stack extracts these values from the stack's
 * own request and response.
 *
 * <p>The route must be the template the stack matched ({@code /orders/{id}}), never the raw path,
 * so a label value names code, not client input. {@code null} means that no route matched; such
 * requests share the one route value {@link HttpServerMetrics#UNMATCHED}, so a flood of random URLs
 * cannot create series.
 *
 * <p>Recording allocates nothing here: method and status class are enum constants, and sizes and
 * durations are primitives.
 */
public final class HttpServerInstrumentation {
  private final HttpServerMetrics metrics;

  public HttpServerInstrumentation(HttpServerMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * Records one exchange.
   *
   * @param route the matched route template, or {@code null} when no route matched
   * @param status the numeric status code, labelled by its class ({@code 2xx})
   * @param durationNanos from the start of the request to the end of the response, in nanoseconds
   * @param requestBytes the request body size; negative when unknown, recorded as 0
   * @param responseBytes the response body size; negative when unknown, recorded as 0
   */
  public void record(
      HttpMethod method,
      String route,
      int status,
      long durationNanos,
      long requestBytes,
      long responseBytes) {
    String routeLabel = route == null ? HttpServerMetrics.UNMATCHED : route;
    HttpStatusClass statusClass = HttpStatusClass.of(status);
    metrics.requests(method, routeLabel, statusClass).inc();
    if (statusClass != HttpStatusClass.SERVER_ERROR) {
      // Resolves the 5xx series of this method and route at 0, so an error ratio reads 0, not "no
      // data", while nothing fails; one bounded series more per route.
      metrics.requests(method, routeLabel, HttpStatusClass.SERVER_ERROR);
    }
    metrics.requestDuration(method, routeLabel).observeNanos(durationNanos);
    metrics.requestSize(method, routeLabel).observe(Math.max(0, requestBytes));
    metrics.responseSize(method, routeLabel).observe(Math.max(0, responseBytes));
  }
}
