package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Prometheus releases whose PromQL the processor writes and checks: 2.42 (Debian 12's) and the
 * 3.5 long-term-support line. Each has its own grammar and function table; promtool of the same
 * version holds the parser to it.
 */
public enum PrometheusVersion {
  V2_42("2.42"),
  V3_5("3.5");

  private final String label;

  PrometheusVersion(String label) {
    this.label = label;
  }

  /** As a user writes it: {@code 3.5}. */
  public String label() {
    return label;
  }

  /** Whether this version has what {@code other} introduced. */
  public boolean atLeast(PrometheusVersion other) {
    return compareTo(other) >= 0;
  }

  /** Whether the grammar is Prometheus 3's: quoted names, durations as numbers, ... */
  boolean v3() {
    return atLeast(V3_5);
  }

  public static Optional<PrometheusVersion> of(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }

  @Override
  public String toString() {
    return "Prometheus " + label;
  }
}
