package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The buckets of a histogram metric: which histogram it keeps ({@link #kind()}: classic, native or
 * both); classic upper bounds as explicit bounds, a general {@link BucketPreset}, or a layout the
 * schema declares in {@link MetricsSchema#buckets} and names here (exactly one of the three, none
 * for a native-only histogram); and the native histogram's resolution and bucket limit.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Buckets {
  /** Upper bounds, finite and strictly increasing; {@code +Inf} is implicit. */
  double[] value() default {};

  BucketPreset preset() default BucketPreset.NONE;

  /** The name of one of the schema's {@link NamedBuckets}. */
  String named() default "";

  /**
   * Classic buckets, a native (sparse) histogram, or both. Classic by default: a native histogram
   * costs about three times the classic observation (see the benchmarks report), and needs
   * Prometheus' native histogram feature.
   */
  HistogramKind kind() default HistogramKind.CLASSIC;

  /**
   * The native histogram's initial resolution, -4 to 8: bucket boundaries grow by a factor of
   * 2^(2^-schema), so 5 (client_java's default) makes buckets about 2% wide. client_java lowers it
   * when {@link #nativeMaxBuckets()} is reached.
   */
  int nativeInitialSchema() default 5;

  /**
   * The most native buckets per data point before client_java halves the resolution; 0 for no
   * limit. 160 is client_java's default.
   */
  int nativeMaxBuckets() default 160;
}
