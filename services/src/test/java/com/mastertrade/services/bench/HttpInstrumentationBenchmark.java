package com.mastertrade.services.bench;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
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
 * The per-request cost of the HTTP instrumentation: one {@code record} of a finished exchange into
 * the generated HTTP recorders (a counter and three classic histograms). Run by hand, with the
 * allocation profiler: {@code java -cp ... org.openjdk.jmh.Main HttpInstrumentationBenchmark -prof
 * gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HttpInstrumentationBenchmark {
  private HttpServerInstrumentation instrumentation;
  private long nanos;

  @Setup
  public void setUp() {
    instrumentation =
        new HttpServerInstrumentation(
            PrometheusMasterTradeMetricsHttp.register(new PrometheusRegistry()));
  }

  /** A matched route: the route template's label index is found in the bounded value map. */
  @Benchmark
  public void matchedRoute() {
    instrumentation.record(
        HttpMethod.GET, "/orders/{id}", 200, 1_234_567 + (nanos++ & 1023), 0, 512);
  }

  /** An unknown path, as in a flood of random URLs. */
  @Benchmark
  public void unmatchedRoute() {
    instrumentation.record(HttpMethod.GET, null, 404, 234_567 + (nanos++ & 1023), 0, 48);
  }
}
