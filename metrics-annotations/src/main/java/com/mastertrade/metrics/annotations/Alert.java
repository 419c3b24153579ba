package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An alerting rule. Its expression is a template, as in {@link Panel#expr()}; annotations may use
 * {@code {{ $labels.name }}}. Every alert carries a {@link AlertTest}: the processor turns it into
 * a {@code promtool test rules} case that fires and one that does not.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Alert {
  /** The alert name, in UpperCamelCase. */
  String name();

  String expr();

  /**
   * How long the condition must hold before the alert fires, e.g. {@code 5m}; {@code 0s} at once.
   */
  String pendingFor() default "0s";

  Severity severity();

  String summary();

  String description();

  AlertTest test();
}
