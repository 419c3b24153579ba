package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The counter {@code <namespace>_label_overflow_total{metric, label}}: recordings whose open label
 * value went to {@link BoundedLabelValues#OVERFLOW}. One per registry and namespace, shared by all
 * categories registered there.
 */
public final class LabelOverflowCounter {
  private static final Map<PrometheusRegistry, Map<String, Counter>> COUNTERS = new WeakHashMap<>();

  private LabelOverflowCounter() {}

  /** The name of the overflow counter of {@code namespace}, without {@code _total}. */
  public static String name(String namespace) {
    return namespace + "_label_overflow";
  }

  /** The overflow data point of one open label of one metric. */
  public static CounterDataPoint forLabel(
      PrometheusRegistry registry, String namespace, String metric, String label) {
    return counter(registry, namespace).labelValues(metric, label);
  }

  private static synchronized Counter counter(PrometheusRegistry registry, String namespace) {
    return COUNTERS
        .computeIfAbsent(registry, r -> new HashMap<>())
        .computeIfAbsent(
            namespace,
            ns ->
                Counter.builder()
                    .name(name(ns))
                    .help(
                        "Recordings whose open label value exceeded the label's declared bound and"
                            + " were recorded under __overflow__")
                    .labelNames("metric", "label")
                    .register(registry));
  }
}
