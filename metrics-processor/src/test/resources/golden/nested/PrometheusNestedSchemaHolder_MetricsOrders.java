package com.example.nested;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.Recorders;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Orders metrics (Orders): Orders placed.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusNestedSchemaHolder_MetricsOrders implements NestedSchemaHolder.Metrics.Orders {
  /**
   * The exposed name of {@link #placed}.
   */
  public static final String PLACED = "nested_placed_total";

  private static final LabelDomain SIDE_VALUES = LabelDomain.of("buy", "sell");

  private final CounterRecorder[] placed;

  private PrometheusNestedSchemaHolder_MetricsOrders(PrometheusRegistry registry) {
    Counter placedMetric = Counter.builder()
          .name("nested_placed")
          .help("Orders placed")
          .labelNames("side")
          .withoutExemplars()
          .register(registry);
    this.placed = LabelSpace.of(SIDE_VALUES).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(placedMetric.labelValues(values)));
  }

  /**
   * Registers the Orders metrics on {@code registry}.
   */
  public static PrometheusNestedSchemaHolder_MetricsOrders register(PrometheusRegistry registry) {
    return new PrometheusNestedSchemaHolder_MetricsOrders(registry);
  }

  @Override
  public CounterRecorder placed(NestedSchemaHolder.Side side) {
    return placed[side.ordinal()];
  }
}
