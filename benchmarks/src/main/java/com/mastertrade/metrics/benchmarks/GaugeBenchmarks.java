package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import com.mastertrade.metrics.schema.MasterTradeLabels.RiskLimit;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;
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

/** Setting a labelled gauge by hand with client_java: looked up per call, and cached. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class GaugeBenchmarks {
  public double value = 17.5;

  public Route route = Route.ORDERS;

  public RiskLimit limit = RiskLimit.EXPOSURE;

  private BenchMetrics.Recording generated;
  private MasterTradeMetrics.Risk risk;
  private Gauge gauge;
  private GaugeDataPoint cached;

  @Setup
  public void setUp() {
    gauge =
        Gauge.builder()
            .name("queue_depth")
            .help("Queue depth")
            .labelNames("queue")
            .register(new PrometheusRegistry());
    cached = gauge.labelValues("orders");
    generated = PrometheusBenchMetrics.register(new PrometheusRegistry()).recording();
    risk = PrometheusMasterTradeMetrics.register(new PrometheusRegistry()).risk();
  }

  /** The real schema: {@code risk().limitUtilization(limit)}, one enum label, lazy slot. */
  @Benchmark
  public void schemaLimitUtilization() {
    risk.limitUtilization(limit).set(value);
  }

  /** The real schema: {@code risk().drawdown()}, no labels. */
  @Benchmark
  public void schemaDrawdown() {
    risk.drawdown().set(value);
  }

  /** Gauges resolve lazily (no fake zero series): an atomic array read, then the data point. */
  @Benchmark
  public void generatedGauge() {
    generated.depth(route).set(value);
  }

  @Benchmark
  public void gaugeLabelValues() {
    gauge.labelValues("orders").set(value);
  }

  @Benchmark
  public void gaugeCached() {
    cached.set(value);
  }
}
