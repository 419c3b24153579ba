package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deprecates a metric (on its method) or a label value (on its enum constant). The docs and the
 * schema snapshot mark it; a dashboard panel, alert, recording rule or query that uses it is a
 * compile warning. Removing it is accepted by the compatibility check once a baseline schema has
 * carried the deprecation: deprecate in one release, remove in the next.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface DeprecatedMetric {
  /** The release that deprecates it, for example {@code "2.3"}. */
  String since();

  /** Why, in one sentence, for the people who read its dashboards. */
  String reason();

  /** What to use instead, for example a metric name or {@code Category.method}; empty if none. */
  String replacement() default "";
}
