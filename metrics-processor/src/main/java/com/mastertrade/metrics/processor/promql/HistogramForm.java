package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.syntax.PrometheusVersion;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;

/**
 * Which series of a histogram the generated PromQL reads. Prometheus 3.5 scrapes a metric's native
 * histogram (the generated scrape config asks for it), so the generated rules read it there with
 * the native functions; Prometheus 2.42 runs without native histograms, so they read the classic
 * {@code _bucket} and {@code _count} series, which a native-only metric does not have.
 */
public enum HistogramForm {
  /** The {@code _bucket} series by {@code le}, and {@code _count}. */
  CLASSIC,
  /** The metric's own series, a native histogram, read with {@code histogram_count} and kin. */
  NATIVE;

  /** The form the generated rules read {@code metric} in on {@code target}. */
  public static HistogramForm read(MetricModel metric, PromqlTarget target) {
    return metric.nativeHistogram() && target.version().atLeast(PrometheusVersion.V3_5)
        ? NATIVE
        : CLASSIC;
  }
}
