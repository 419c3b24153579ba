package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A group of related metrics: a nested interface of a {@link MetricsSchema}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Category {
  /** Human title, used as the heading of the category's documentation page. */
  String title();

  /** One or two sentences on what the category measures. */
  String description();

  /**
   * Prefix put before the names this category derives from its method names, for example {@code
   * http} makes {@code requests()} the metric {@code <namespace>_http_requests_total}.
   */
  String prefix() default "";
}
