package com.mastertrade.metrics.benchmarks.prototype;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.LazyRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The generated Redis cache category as it would be with {@link LastHitLabelValues} for its one
 * open label, {@code cache}: same names, labels, buckets and bounds; closed labels pre-resolved as
 * the generator does today.
 */
public final class LastHitRedisCache implements MasterTradeMetrics.RedisCache {
  private static final LabelDomain OPERATIONS = LabelDomain.of("get", "set", "delete");

  private final LastHitLabelValues caches;
  private final LazyRecorders<CounterRecorder> lookups;
  private final HistogramRecorder[] operationDuration;
  private final CounterRecorder[] operationErrors;

  public LastHitRedisCache(PrometheusRegistry registry) {
    Counter lookupsMetric =
        Counter.builder()
            .name("mastertrade_cache_lookups")
            .help("Cache lookups, by cache and result (hit or miss)")
            .labelNames("cache", "result")
            .register(registry);
    caches =
        new LastHitLabelValues(
            8,
            LabelOverflowCounter.forLabel(
                registry,
                "mastertrade_label_overflow",
                "mastertrade_cache_lookups_total",
                "cache"));
    lookups =
        new LazyRecorders<>(
            LabelSpace.of(caches, LabelDomain.of("hit", "miss")),
            v -> Recorders.counter(lookupsMetric.labelValues(v)));
    Histogram duration =
        Histogram.builder()
            .name("mastertrade_cache_operation_duration_seconds")
            .help("Time of a Redis operation")
            .unit(Unit.SECONDS)
            .labelNames("operation")
            .classicUpperBounds(0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5)
            .classicOnly()
            .register(registry);
    operationDuration =
        LabelSpace.of(OPERATIONS)
            .resolveAll(
                HistogramRecorder[]::new, v -> Recorders.histogram(duration.labelValues(v)));
    Counter errors =
        Counter.builder()
            .name("mastertrade_cache_operation_errors")
            .help("Redis operations that failed")
            .labelNames("operation")
            .register(registry);
    operationErrors =
        LabelSpace.of(OPERATIONS)
            .resolveAll(CounterRecorder[]::new, v -> Recorders.counter(errors.labelValues(v)));
  }

  @Override
  public CounterRecorder lookups(String cache, MasterTradeMetrics.CacheResult result) {
    return lookups.get(caches.indexOf(cache) * 2 + result.ordinal());
  }

  @Override
  public HistogramRecorder operationDuration(MasterTradeMetrics.CacheOperation operation) {
    return operationDuration[operation.ordinal()];
  }

  @Override
  public CounterRecorder operationErrors(MasterTradeMetrics.CacheOperation operation) {
    return operationErrors[operation.ordinal()];
  }
}
