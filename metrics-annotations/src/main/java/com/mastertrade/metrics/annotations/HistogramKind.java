package com.mastertrade.metrics.annotations;

/** Which histogram a histogram metric keeps. */
public enum HistogramKind {
  /**
   * Classic buckets only ({@code _bucket} series with an {@code le} label): what every Prometheus
   * reads, and the cheapest to record (about 10 ns and 0 B on a cached data point).
   */
  CLASSIC,
  /**
   * A native (sparse, exponential) histogram only: one series per label set, resolution from
   * {@link Buckets#nativeInitialSchema()}; Prometheus scrapes it over protobuf with its native
   * histogram feature on, and queries use {@code histogram_quantile} and {@code
   * histogram_fraction} on the series itself.
   */
  NATIVE,
  /**
   * Both: classic buckets for dashboards and rules written for them, and the native histogram
   * for finer quantiles. Costs about three times a classic observation.
   */
  BOTH;

  /** Whether classic buckets are kept. */
  public boolean classic() {
    return this != NATIVE;
  }

  /** Whether a native histogram is kept. */
  public boolean nativeHistogram() {
    return this != CLASSIC;
  }
}
