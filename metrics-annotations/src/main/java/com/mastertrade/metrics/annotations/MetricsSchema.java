package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a top-level interface as a metrics schema. Each nested interface annotated with {@link
 * Category} declares one category of metrics; the processor generates, next to the schema, a {@code
 * Prometheus<Schema>} entry point and one recorder class per category.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MetricsSchema {
  /**
   * The most label value combinations one metric may have: recorders index them with an {@code
   * int}, in an array no larger than the JVM allocates. The processor rejects a metric beyond it.
   */
  int MAX_LABEL_COMBINATIONS = Integer.MAX_VALUE - 8;

  /** Prefix of every metric name, for example {@code mastertrade}. */
  String namespace();

  /** Upper bound of the worst-case number of series of the whole schema. */
  long maxSeries() default 50_000;

  /** Upper bound of the worst-case number of series of any one metric. */
  long maxSeriesPerMetric() default 5_000;

  /**
   * Bucket layouts of this schema's own domain, which its histograms name in {@code @Buckets(named
   * = ...)}; the general ones are the {@link BucketPreset}s.
   */
  NamedBuckets[] buckets() default {};
}
