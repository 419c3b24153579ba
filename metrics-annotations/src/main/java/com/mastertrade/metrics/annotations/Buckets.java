package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classic histogram buckets of a histogram metric: either explicit upper bounds or a {@link
 * BucketPreset}. Exactly one of the two.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Buckets {
  /** Upper bounds, finite and strictly increasing; {@code +Inf} is implicit. */
  double[] value() default {};

  BucketPreset preset() default BucketPreset.NONE;

  /**
   * Also keep a native (sparse) histogram. Off by default: it costs about three times the classic
   * observation (see the benchmarks report), and needs Prometheus' native histogram feature.
   */
  boolean nativeHistogram() default false;
}
