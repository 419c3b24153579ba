package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Input series for an alert's rule tests, sampled every minute. The alert must fire with {@code
 * labels} (its severity added) when the series take their {@code firing} values, and stay silent
 * with their {@code quiet} values. Both are evaluated at {@code pendingFor} plus ten minutes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AlertTest {
  TestSeries[] series();

  /**
   * The labels the firing alert carries besides {@code alertname} and severity, as {@code
   * name=value}.
   */
  String[] labels() default {};
}
