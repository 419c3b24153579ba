package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Method;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
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
 * The hand-written ways to observe one duration with two labels: client_java histograms (default
 * classic+native and classic-only), a client_java summary with quantiles, and a Micrometer timer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DistributionBenchmarks {
  /** The HTTP latency buckets of the Python metrics module, the same the schema's preset uses. */
  static final double[] BUCKETS = {
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10
  };

  /**
   * Observed values cycle through 1,024 latencies drawn once from a log-normal distribution (median
   * 40 ms), so observations spread over the buckets as real latencies do. A constant value is not
   * only unrealistic: client_java's summary (CKMS quantiles) degrades badly when every observation
   * is equal, which would measure a pathology instead of the recorder.
   */
  private static final double[] SAMPLES = Samples.logNormalSeconds(1024, 0.04, 1.0, 42);

  private int next;

  public Method method = Method.GET;
  public Route route = Route.ORDERS;

  public CacheOperation cacheOperation = CacheOperation.GET;
  public Side side = Side.BUY;

  private BenchMetrics.Recording generated;
  private MasterTradeMetrics.RedisCache cache;
  private MasterTradeMetrics.Trading trading;
  private Histogram defaultHistogram;
  private DistributionDataPoint defaultCached;
  private DistributionDataPoint classicOnlyCached;
  private DistributionDataPoint summaryCached;
  private Timer micrometerTimer;

  @Setup
  public void setUp() {
    PrometheusRegistry registry = new PrometheusRegistry();
    defaultHistogram =
        Histogram.builder()
            .name("default_duration_seconds")
            .help("Default histogram")
            .classicUpperBounds(BUCKETS)
            .labelNames("method", "route")
            .register(registry);
    defaultCached = defaultHistogram.labelValues("GET", "/orders");
    classicOnlyCached =
        Histogram.builder()
            .name("classic_duration_seconds")
            .help("Classic-only histogram")
            .classicOnly()
            .classicUpperBounds(BUCKETS)
            .labelNames("method", "route")
            .register(registry)
            .labelValues("GET", "/orders");
    summaryCached =
        Summary.builder()
            .name("summary_duration_seconds")
            .help("Summary with quantiles")
            .quantile(0.5)
            .quantile(0.9)
            .quantile(0.99)
            .maxAgeSeconds(600)
            .labelNames("method", "route")
            .register(registry)
            .labelValues("GET", "/orders");
    micrometerTimer =
        Timer.builder("http.duration")
            .tags("method", "GET", "route", "/orders")
            .register(new SimpleMeterRegistry());
    generated = PrometheusBenchMetrics.register(new PrometheusRegistry()).recording();
    PrometheusMasterTradeMetrics schema =
        PrometheusMasterTradeMetrics.register(new PrometheusRegistry());
    cache = schema.redisCache();
    trading = schema.trading();
  }

  /** The real schema: {@code redisCache().operationDuration(op)}, one enum label, 8 buckets. */
  @Benchmark
  public void schemaCacheOperationDuration() {
    cache.operationDuration(cacheOperation).observe(sample());
  }

  /** The real schema: {@code trading().tradeValue(side)}, a histogram of 10 buckets. */
  @Benchmark
  public void schemaTradeValue() {
    trading.tradeValue(side).observe(sample());
  }

  @Benchmark
  public void generatedHistogram() {
    generated.latency(method, route).observe(sample());
  }

  @Benchmark
  public void generatedNativeHistogram() {
    generated.latencyNative(method, route).observe(sample());
  }

  @Benchmark
  public void generatedSummary() {
    generated.fill(method, route).observe(sample());
  }

  /** The next sample: an array read and a mask, the same small cost in every benchmark here. */
  private double sample() {
    return SAMPLES[next++ & (SAMPLES.length - 1)];
  }

  @Benchmark
  public void histogramDefaultLabelValues() {
    defaultHistogram.labelValues("GET", "/orders").observe(sample());
  }

  @Benchmark
  public void histogramDefaultCached() {
    defaultCached.observe(sample());
  }

  @Benchmark
  public void histogramClassicOnlyCached() {
    classicOnlyCached.observe(sample());
  }

  @Benchmark
  public void summaryCached() {
    summaryCached.observe(sample());
  }

  @Benchmark
  public void micrometerTimerCached() {
    micrometerTimer.record((long) (sample() * 1e9), TimeUnit.NANOSECONDS);
  }
}
