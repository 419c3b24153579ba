package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Method;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of exemplars on a generated latency histogram: the same histogram declared without
 * exemplars (as every recorder was before), with exemplars and no span current (most recordings
 * outside a traced request), and with a sampled OpenTelemetry span current, as in a traced request.
 * client_java samples at most one exemplar per 90 ms per series; the other recordings read one
 * flag.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExemplarBenchmarks {
  private static final double[] SAMPLES = Samples.logNormalSeconds(1024, 0.04, 1.0, 42);

  public Method method = Method.GET;
  public Route route = Route.ORDERS;

  private int next;
  private BenchMetrics.Recording recording;
  private SdkTracerProvider tracing;

  @Setup
  public void setUp() {
    recording = PrometheusBenchMetrics.register(new PrometheusRegistry()).recording();
    tracing = SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build();
  }

  @TearDown
  public void tearDown() {
    tracing.close();
  }

  /** A span current on the benchmark thread for the whole iteration, as during a request. */
  @State(Scope.Thread)
  public static class InSpan {
    Span span;
    io.opentelemetry.context.Scope scope;

    @Setup(Level.Iteration)
    public void enter(ExemplarBenchmarks benchmarks) {
      span = benchmarks.tracing.get("bench").spanBuilder("request").startSpan();
      scope = span.makeCurrent();
    }

    @TearDown(Level.Iteration)
    public void leave() {
      scope.close();
      span.end();
    }
  }

  @Benchmark
  public void withoutExemplars() {
    recording.latency(method, route).observe(sample());
  }

  @Benchmark
  public void exemplarsNoSpan() {
    recording.latencyExemplars(method, route).observe(sample());
  }

  @Benchmark
  public void exemplarsInSpan(InSpan inSpan) {
    recording.latencyExemplars(method, route).observe(sample());
  }

  private double sample() {
    return SAMPLES[next++ & (SAMPLES.length - 1)];
  }
}
