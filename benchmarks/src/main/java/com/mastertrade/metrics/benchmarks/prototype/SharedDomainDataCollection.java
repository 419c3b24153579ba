package com.mastertrade.metrics.benchmarks.prototype;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.LazyRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * What the generated Data collection category would be with the two proposed generator changes: one
 * open-label domain per (category, label) shared by every metric that has that label, each a {@link
 * BoundedLabelValues} (which keeps its last hit). Same metric names, labels, buckets and bounds as
 * the generated class. {@code CollectionRuns.run} then resolves {@code collector} and {@code
 * source} by identity instead of six hash lookups.
 */
public final class SharedDomainDataCollection implements MasterTradeMetrics.DataCollection {
  private static final String NS = "mastertrade";
  private static final String CATEGORY = "mastertrade_data_collector";
  private static final LabelDomain DATA_TYPES =
      LabelDomain.of("ticks", "candles", "order_book", "sentiment");

  private final BoundedLabelValues collectors;
  private final BoundedLabelValues sources;
  private final LazyRecorders<GaugeRecorder> health;
  private final LazyRecorders<CounterRecorder> pointsCollected;
  private final LazyRecorders<CounterRecorder> errors;
  private final LazyRecorders<HistogramRecorder> duration;
  private final LazyRecorders<GaugeRecorder> lastSuccessTime;

  public SharedDomainDataCollection(PrometheusRegistry registry) {
    // Shared domains count overflow per category and label, not per metric.
    collectors =
        new BoundedLabelValues(
            8, LabelOverflowCounter.forLabel(registry, NS, CATEGORY, "collector"));
    sources =
        new BoundedLabelValues(4, LabelOverflowCounter.forLabel(registry, NS, CATEGORY, "source"));
    LabelSpace pair = LabelSpace.of(collectors, sources);
    Gauge healthMetric = gauge(registry, "mastertrade_data_collector_health", null);
    health = new LazyRecorders<>(pair, v -> Recorders.gauge(healthMetric.labelValues(v)));
    Counter points =
        Counter.builder()
            .name("mastertrade_data_points_collected")
            .help("Data points collected")
            .labelNames("collector", "source", "data_type")
            .register(registry);
    pointsCollected =
        new LazyRecorders<>(
            LabelSpace.of(collectors, sources, DATA_TYPES),
            v -> Recorders.counter(points.labelValues(v)));
    Counter errorsMetric =
        Counter.builder()
            .name("mastertrade_data_collector_errors")
            .help("Collection runs that failed")
            .labelNames("collector", "source")
            .register(registry);
    errors = new LazyRecorders<>(pair, v -> Recorders.counter(errorsMetric.labelValues(v)));
    Histogram durationMetric =
        Histogram.builder()
            .name("mastertrade_data_collector_duration_seconds")
            .help("Time of a collection run")
            .unit(Unit.SECONDS)
            .labelNames("collector", "source")
            .classicUpperBounds(0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0)
            .classicOnly()
            .register(registry);
    duration = new LazyRecorders<>(pair, v -> Recorders.histogram(durationMetric.labelValues(v)));
    Gauge last =
        gauge(registry, "mastertrade_data_collector_last_success_timestamp_seconds", Unit.SECONDS);
    lastSuccessTime = new LazyRecorders<>(pair, v -> Recorders.gauge(last.labelValues(v)));
  }

  private static Gauge gauge(PrometheusRegistry registry, String name, Unit unit) {
    Gauge.Builder builder = Gauge.builder().name(name).help(name).labelNames("collector", "source");
    return (unit == null ? builder : builder.unit(unit)).register(registry);
  }

  @Override
  public GaugeRecorder health(String collector, String source) {
    return health.get(collectors.indexOf(collector) * 5 + sources.indexOf(source));
  }

  @Override
  public CounterRecorder pointsCollected(
      String collector, String source, MasterTradeMetrics.DataType dataType) {
    return pointsCollected.get(
        (collectors.indexOf(collector) * 5 + sources.indexOf(source)) * 4 + dataType.ordinal());
  }

  @Override
  public CounterRecorder errors(String collector, String source) {
    return errors.get(collectors.indexOf(collector) * 5 + sources.indexOf(source));
  }

  @Override
  public HistogramRecorder duration(String collector, String source) {
    return duration.get(collectors.indexOf(collector) * 5 + sources.indexOf(source));
  }

  @Override
  public GaugeRecorder lastSuccessTime(String collector, String source) {
    return lastSuccessTime.get(collectors.indexOf(collector) * 5 + sources.indexOf(source));
  }
}
