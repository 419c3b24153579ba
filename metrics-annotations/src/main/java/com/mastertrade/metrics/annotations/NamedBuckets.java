package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bucket layout a schema declares once, in {@link MetricsSchema#buckets}, for the histograms of
 * its own domain to share by name: {@code @Buckets(named = "ml_training")}. The general layouts are
 * the {@link BucketPreset}s.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface NamedBuckets {
  /** The name histograms refer to it by, unique within the schema. */
  String name();

  /** Upper bounds, finite and strictly increasing; {@code +Inf} is implicit. */
  double[] value();
}
