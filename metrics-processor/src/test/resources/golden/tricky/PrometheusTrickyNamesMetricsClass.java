package com.example.tricky;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.Recorders;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Class metrics (Class): A category named like a keyword.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusTrickyNamesMetricsClass implements TrickyNamesMetrics.Class {
  /**
   * The exposed name of {@link #loaded}.
   */
  public static final String LOADED = "tricky_klass_loaded_total";

  private static final LabelDomain BOOLEAN_VALUES = LabelDomain.of("false", "true");

  private final CounterRecorder[] loaded;

  private PrometheusTrickyNamesMetricsClass(PrometheusRegistry registry) {
    Counter loadedMetric = Counter.builder()
          .name("tricky_klass_loaded")
          .help("Loaded")
          .labelNames("ok")
          .withoutExemplars()
          .register(registry);
    this.loaded = LabelSpace.of(BOOLEAN_VALUES).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(loadedMetric.labelValues(values)));
  }

  /**
   * Registers the Class metrics on {@code registry}.
   */
  public static PrometheusTrickyNamesMetricsClass register(PrometheusRegistry registry) {
    return new PrometheusTrickyNamesMetricsClass(registry);
  }

  @Override
  public CounterRecorder loaded(boolean ok) {
    return loaded[(ok ? 1 : 0)];
  }
}
