package com.mastertrade.metrics.processor.model;

import com.mastertrade.metrics.annotations.HistogramKind;

/**
 * Which histogram a histogram metric keeps, and its native histogram's parameters.
 *
 * @param kind classic buckets, a native histogram, or both
 * @param nativeInitialSchema the native histogram's initial resolution, -4 to 8
 * @param nativeMaxBuckets the most native buckets before the resolution is halved, 0 for no limit
 * @param schemaWritten whether the schema's author wrote {@code nativeInitialSchema}
 * @param maxBucketsWritten whether the schema's author wrote {@code nativeMaxBuckets}
 */
public record HistogramModel(
    HistogramKind kind,
    int nativeInitialSchema,
    int nativeMaxBuckets,
    boolean schemaWritten,
    boolean maxBucketsWritten) {
  /** client_java's defaults. */
  public static final int DEFAULT_SCHEMA = 5;

  public static final int DEFAULT_MAX_BUCKETS = 160;

  /** What a metric without {@code @Buckets} (not a histogram) has. */
  public static final HistogramModel NONE =
      new HistogramModel(
          HistogramKind.CLASSIC, DEFAULT_SCHEMA, DEFAULT_MAX_BUCKETS, false, false);

  /** The lowest and highest resolution of a native histogram. */
  public static final int MIN_SCHEMA = -4;

  public static final int MAX_SCHEMA = 8;
}
