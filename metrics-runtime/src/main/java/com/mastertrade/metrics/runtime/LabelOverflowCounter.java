package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The counter {@code <namespace>_label_overflow_total{metric, label}}: recordings whose open label
 * value went to {@link BoundedLabelValues#OVERFLOW}. One per registry and name, shared by all
 * categories of a schema registered there. The name comes from the generated code: the processor
 * derives it from the schema's namespace, and validates it against the schema's own metrics.
 *
 * <p>Built without exemplars, like every generated metric: client_java's exemplar sampler asks
 * {@code prometheus-metrics-tracer-initializer} for the span on every increment, and that module
 * is absent where client_java comes through Micrometer's Prometheus registry, which excludes it.
 * With the sampler, the first overflowing recording would throw {@code NoClassDefFoundError} into
 * the caller.
 */
public final class LabelOverflowCounter {
  private static final Map<PrometheusRegistry, Map<String, Counter>> COUNTERS = new WeakHashMap<>();

  private LabelOverflowCounter() {}

  /**
   * The overflow data point of one open label of one metric.
   *
   * @param counterName the overflow counter's name, without {@code _total}
   */
  public static CounterDataPoint forLabel(
      PrometheusRegistry registry, String counterName, String metric, String label) {
    return counter(registry, counterName).labelValues(metric, label);
  }

  private static synchronized Counter counter(PrometheusRegistry registry, String counterName) {
    return COUNTERS
        .computeIfAbsent(registry, r -> new HashMap<>())
        .computeIfAbsent(
            counterName,
            name ->
                Counter.builder()
                    .name(name)
                    .help(
                        "Recordings whose open label value exceeded the label's declared bound and"
                            + " were recorded under __overflow__")
                    .labelNames("metric", "label")
                    .withoutExemplars()
                    .register(registry));
  }
}
