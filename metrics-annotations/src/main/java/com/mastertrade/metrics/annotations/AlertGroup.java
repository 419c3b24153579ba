package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Prometheus rule group, declared on an empty interface (nested in the schema, or a file of its
 * own that names the schema, see {@link #schema}): alerting rules, and recording rules for
 * expressions that dashboards and alerts evaluate often.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AlertGroup {
  /** The group name, also the rule file name. */
  String name();

  RecordingRule[] records() default {};

  Alert[] alerts();

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
