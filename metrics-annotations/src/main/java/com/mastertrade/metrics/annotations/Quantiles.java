package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Quantiles a summary metric computes over a sliding time window. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Quantiles {
  /** Quantiles in (0, 1), strictly increasing. */
  double[] value();

  /** Length of the sliding window the quantiles are computed over. */
  long maxAgeSeconds() default 600;
}
