package com.mastertrade.metrics.processor.promql.syntax;

/**
 * The Prometheus an expression is written for: its version, and whether its experimental PromQL
 * functions are enabled ({@code --enable-feature=promql-experimental-functions}), which Prometheus
 * 3 requires for {@code double_exponential_smoothing}, {@code sort_by_label}, {@code limitk} and
 * the like.
 */
public record PromqlTarget(PrometheusVersion version, boolean experimentalFunctions) {
  /** The processor's default: Prometheus 3.5 LTS as it starts, experimental functions off. */
  public static final PromqlTarget DEFAULT = new PromqlTarget(PrometheusVersion.V3_5, false);

  public static PromqlTarget of(PrometheusVersion version) {
    return new PromqlTarget(version, false);
  }

  boolean v3() {
    return version.v3();
  }

  @Override
  public String toString() {
    return version + (experimentalFunctions ? " with experimental functions" : "");
  }
}
