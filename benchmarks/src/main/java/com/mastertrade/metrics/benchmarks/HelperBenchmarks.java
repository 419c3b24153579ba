package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import com.mastertrade.metrics.schema.tracking.CacheCalls;
import com.mastertrade.metrics.schema.tracking.CollectionRuns;
import com.mastertrade.metrics.schema.tracking.DatabaseQueries;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
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
 * The schema's timing helpers against the same code written by hand around client_java. The timed
 * call does nothing, so the figures are the helpers' overhead alone: two {@code nanoTime} reads and
 * the recordings. Each hand-written version exists twice: with data points cached in fields (the
 * fastest possible, but only for label values known in advance) and with {@code labelValues(..)}
 * per call (what one writes when the table or collector name is a variable).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HelperBenchmarks {
  public QueryType queryType = QueryType.SELECT;
  public String table = "orders";
  public String cache = "prices";
  public String collector = "binance";
  public String source = "rest";
  public Integer result = 42;

  // Created once: a lambda capturing the benchmark would otherwise be allocated on every call.
  private TimedCall<Integer, RuntimeException> call;

  private DatabaseQueries queries;
  private CacheCalls cacheCalls;
  private CollectionRuns collectionRuns;

  private HandWritten hand;

  @Setup
  public void setUp() {
    call = () -> result;
    PrometheusMasterTradeMetrics metrics =
        PrometheusMasterTradeMetrics.register(new PrometheusRegistry());
    queries = new DatabaseQueries(metrics.database());
    cacheCalls = new CacheCalls(metrics.redisCache());
    collectionRuns = new CollectionRuns(metrics.dataCollection());
    hand = new HandWritten(new PrometheusRegistry());
  }

  @Benchmark
  public Integer helperDatabaseQuery() {
    return queries.time(queryType, table, call);
  }

  /** {@code DatabaseQueries.time} by hand, data points cached. */
  @Benchmark
  public Integer handDatabaseQuery() {
    long start = System.nanoTime();
    try {
      return call.call();
    } catch (RuntimeException | Error e) {
      hand.queryErrorsCached.inc();
      throw e;
    } finally {
      hand.queryDurationCached.observe((System.nanoTime() - start) / 1e9);
    }
  }

  /** {@code DatabaseQueries.time} by hand, labels looked up per call. */
  @Benchmark
  public Integer handDatabaseQueryLabelValues() {
    long start = System.nanoTime();
    try {
      return call.call();
    } catch (RuntimeException | Error e) {
      hand.queryErrors.labelValues("select", table).inc();
      throw e;
    } finally {
      hand.queryDuration.labelValues("select", table).observe((System.nanoTime() - start) / 1e9);
    }
  }

  @Benchmark
  public Integer helperCacheOperation() {
    return cacheCalls.lookup(cache, call);
  }

  /** {@code CacheCalls.lookup} by hand, data points cached. */
  @Benchmark
  public Integer handCacheOperation() {
    long start = System.nanoTime();
    Integer value;
    try {
      value = call.call();
    } catch (RuntimeException | Error e) {
      hand.cacheErrorsCached.inc();
      throw e;
    } finally {
      hand.cacheDurationCached.observe((System.nanoTime() - start) / 1e9);
    }
    (value == null ? hand.cacheMissesCached : hand.cacheHitsCached).inc();
    return value;
  }

  /** {@code CacheCalls.lookup} by hand, labels looked up per call. */
  @Benchmark
  public Integer handCacheOperationLabelValues() {
    long start = System.nanoTime();
    Integer value;
    try {
      value = call.call();
    } catch (RuntimeException | Error e) {
      hand.cacheErrors.labelValues("get").inc();
      throw e;
    } finally {
      hand.cacheDuration.labelValues("get").observe((System.nanoTime() - start) / 1e9);
    }
    hand.cacheLookups.labelValues(cache, value == null ? "miss" : "hit").inc();
    return value;
  }

  @Benchmark
  public Integer helperDataCollection() {
    return collectionRuns.run(collector, source, call);
  }

  /** {@code CollectionRuns.run} by hand, data points cached. */
  @Benchmark
  public Integer handDataCollection() {
    long start = System.nanoTime();
    try {
      Integer value = call.call();
      hand.healthCached.set(1);
      hand.lastSuccessCached.set(System.currentTimeMillis() / 1000.0);
      return value;
    } catch (RuntimeException | Error e) {
      hand.healthCached.set(0);
      hand.collectionErrorsCached.inc();
      throw e;
    } finally {
      hand.collectionDurationCached.observe((System.nanoTime() - start) / 1e9);
    }
  }

  /** {@code CollectionRuns.run} by hand, labels looked up per call. */
  @Benchmark
  public Integer handDataCollectionLabelValues() {
    long start = System.nanoTime();
    try {
      Integer value = call.call();
      hand.health.labelValues(collector, source).set(1);
      hand.lastSuccess.labelValues(collector, source).set(System.currentTimeMillis() / 1000.0);
      return value;
    } catch (RuntimeException | Error e) {
      hand.health.labelValues(collector, source).set(0);
      hand.collectionErrors.labelValues(collector, source).inc();
      throw e;
    } finally {
      hand.collectionDuration
          .labelValues(collector, source)
          .observe((System.nanoTime() - start) / 1e9);
    }
  }

  /** The metrics the helpers record, declared by hand with client_java's builders. */
  static final class HandWritten {
    final Counter queryErrors;
    final Histogram queryDuration;
    final CounterDataPoint queryErrorsCached;
    final DistributionDataPoint queryDurationCached;
    final Counter cacheErrors;
    final Histogram cacheDuration;
    final Counter cacheLookups;
    final CounterDataPoint cacheErrorsCached;
    final DistributionDataPoint cacheDurationCached;
    final CounterDataPoint cacheHitsCached;
    final CounterDataPoint cacheMissesCached;
    final Gauge health;
    final Gauge lastSuccess;
    final Counter collectionErrors;
    final Histogram collectionDuration;
    final GaugeDataPoint healthCached;
    final GaugeDataPoint lastSuccessCached;
    final CounterDataPoint collectionErrorsCached;
    final DistributionDataPoint collectionDurationCached;

    HandWritten(PrometheusRegistry registry) {
      queryErrors = counter(registry, "db_query_errors", "operation", "table");
      queryDuration =
          histogram(
              registry,
              "db_query_duration_seconds",
              BucketPreset.DATABASE_QUERY.upperBounds(),
              "operation",
              "table");
      queryErrorsCached = queryErrors.labelValues("select", "orders");
      queryDurationCached = queryDuration.labelValues("select", "orders");
      cacheErrors = counter(registry, "cache_operation_errors", "operation");
      cacheDuration =
          histogram(
              registry,
              "cache_operation_duration_seconds",
              new double[] {0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5},
              "operation");
      cacheLookups = counter(registry, "cache_lookups", "cache", "result");
      cacheErrorsCached = cacheErrors.labelValues("get");
      cacheDurationCached = cacheDuration.labelValues("get");
      cacheHitsCached = cacheLookups.labelValues("prices", "hit");
      cacheMissesCached = cacheLookups.labelValues("prices", "miss");
      health = gauge(registry, "data_collector_health", "collector", "source");
      lastSuccess =
          gauge(registry, "data_collector_last_success_timestamp_seconds", "collector", "source");
      collectionErrors = counter(registry, "data_collector_errors", "collector", "source");
      collectionDuration =
          histogram(
              registry,
              "data_collector_duration_seconds",
              new double[] {0.1, 0.5, 1, 5, 10, 30, 60},
              "collector",
              "source");
      healthCached = health.labelValues("binance", "rest");
      lastSuccessCached = lastSuccess.labelValues("binance", "rest");
      collectionErrorsCached = collectionErrors.labelValues("binance", "rest");
      collectionDurationCached = collectionDuration.labelValues("binance", "rest");
    }

    private static Counter counter(PrometheusRegistry registry, String name, String... labels) {
      return Counter.builder().name(name).help(name).labelNames(labels).register(registry);
    }

    private static Gauge gauge(PrometheusRegistry registry, String name, String... labels) {
      return Gauge.builder().name(name).help(name).labelNames(labels).register(registry);
    }

    private static Histogram histogram(
        PrometheusRegistry registry, String name, double[] buckets, String... labels) {
      return Histogram.builder()
          .name(name)
          .help(name)
          .classicOnly()
          .classicUpperBounds(buckets)
          .labelNames(labels)
          .register(registry);
    }
  }
}
