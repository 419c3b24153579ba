package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Prometheus rule group, declared on an empty interface nested in the schema: alerting rules, and
 * recording rules for expressions that dashboards and alerts evaluate often.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AlertGroup {
  /** The group name, also the rule file name. */
  String name();

  RecordingRule[] records() default {};

  Alert[] alerts();
}
