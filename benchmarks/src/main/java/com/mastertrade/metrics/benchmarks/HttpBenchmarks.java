package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the HTTP instrumentation records per request, through the schema's generated HTTP category:
 * method and status class from the wire values, then the request count, latency and both sizes, the
 * route an open label bounded to 20 templates.
 *
 * <p>{@code HttpServerInstrumentation.record} is not on main yet; {@link #schemaHttpPerRequest} is
 * the same sequence of calls as its {@code record} method, so it measures the same work. When it
 * lands, call it here instead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HttpBenchmarks {
  public String method = "GET";
  public String route = "/orders/{id}";
  public int status = 200;
  public long durationNanos = 3_200_000L;
  public long requestBytes = 0;
  public long responseBytes = 1_450;

  private HttpServerMetrics http;
  private HttpServerInstrumentation instrumentation;
  private Counter requests;
  private Histogram duration;
  private Histogram requestSize;
  private Histogram responseSize;

  @Setup
  public void setUp() {
    http = PrometheusMasterTradeMetrics.register(new PrometheusRegistry()).http();
    instrumentation =
        new HttpServerInstrumentation(
            PrometheusMasterTradeMetrics.register(new PrometheusRegistry()).http());
    PrometheusRegistry registry = new PrometheusRegistry();
    requests =
        Counter.builder()
            .name("http_requests")
            .help("requests")
            .labelNames("method", "route", "status")
            .register(registry);
    duration =
        histogram(
            registry,
            "http_request_duration_seconds",
            0.005,
            0.01,
            0.025,
            0.05,
            0.075,
            0.1,
            0.25,
            0.5,
            0.75,
            1,
            2.5,
            5,
            7.5,
            10);
    requestSize = histogram(registry, "http_request_size_bytes", 100, 1e3, 1e4, 1e5, 1e6);
    responseSize = histogram(registry, "http_response_size_bytes", 100, 1e3, 1e4, 1e5, 1e6);
  }

  /**
   * The HTTP instrumentation itself, per request: what every service pays. Method parsing from the
   * wire string is included, as an adapter does it per request.
   */
  @Benchmark
  public void instrumentedRequest() {
    instrumentation.record(
        HttpMethod.of(method), route, status, durationNanos, requestBytes, responseBytes);
  }

  /**
   * A request Jetty rejected before routing (a malformed URI: no method, 400), as the Javalin
   * adapter records it from Jetty's request log: the route {@code unmatched}, the status class 4xx.
   * It must cost what a routed request costs.
   */
  @Benchmark
  public void rejectedBeforeRouting() {
    instrumentation.record(HttpMethod.of("BAD"), null, 400, durationNanos, 0, 0);
  }

  /** The calls of {@code HttpServerInstrumentation.record}, on the generated HTTP category. */
  @Benchmark
  public void schemaHttpPerRequest() {
    HttpMethod m = HttpMethod.of(method);
    String routeLabel = route == null ? HttpServerMetrics.UNMATCHED : route;
    http.requests(m, routeLabel, HttpStatusClass.of(status)).inc();
    http.requestDuration(m, routeLabel).observeNanos(durationNanos);
    http.requestSize(m, routeLabel).observe(Math.max(0, requestBytes));
    http.responseSize(m, routeLabel).observe(Math.max(0, responseBytes));
  }

  /** The same recordings by hand with client_java's {@code labelValues(..)} per call. */
  @Benchmark
  public void handHttpPerRequest() {
    String statusClass = (status / 100) + "xx";
    requests.labelValues(method, route, statusClass).inc();
    duration.labelValues(method, route).observe(durationNanos / 1e9);
    requestSize.labelValues(method, route).observe(Math.max(0, requestBytes));
    responseSize.labelValues(method, route).observe(Math.max(0, responseBytes));
  }

  private static Histogram histogram(PrometheusRegistry registry, String name, double... bounds) {
    return Histogram.builder()
        .name(name)
        .help(name)
        .classicOnly()
        .classicUpperBounds(bounds)
        .labelNames("method", "route")
        .register(registry);
  }
}
