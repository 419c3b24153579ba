package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Grafana dashboard, declared on an empty interface: nested in the schema, or a file of its own
 * that names the schema ({@link #schema}). Its panels refer to metrics as {@code {Category.method}}
 * (see {@link Panel#expr()}), so the processor checks every query against the schema and a renamed
 * metric is a compile error, not an empty panel.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Dashboard {
  /** Grafana's uid: stable across regenerations, so links and provisioning keep working. */
  String uid();

  String title();

  String description() default "";

  String[] tags() default {};

  /** Template variables for closed labels, offered with the label's values. */
  Variable[] variables() default {};

  /** The panels, laid out left to right, top to bottom, in this order. */
  Panel[] panels();

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
