package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classic histogram buckets of a histogram metric: explicit upper bounds, a general {@link
 * BucketPreset}, or a layout the schema declares in {@link MetricsSchema#buckets} and names here.
 * Exactly one of the three.
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
   * Also keep a native (sparse) histogram. Off by default: it costs about three times the classic
   * observation (see the benchmarks report), and needs Prometheus' native histogram feature.
   */
  boolean nativeHistogram() default false;
}
